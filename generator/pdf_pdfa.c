/*
 * pdf_pdfa.c: the document-level parts of PDF/A-1b: XMP metadata, the
 * sRGB output intent with its ICC profile, PDF 1.4, the trailer's /ID.
 *
 * libharu 2.3's own PDF/A support (hpdf_pdfa.c) is used only where it
 * is right.  HPDF_PDFA_SetPDFAConformance is not: it reads the Info
 * values as C strings (dubao writes them as UTF-16BE, which makes it
 * fail the whole document with "unexpected type"), does not escape them
 * for XML, names the stream's /Subtype "SubType", and derives /ID from
 * the clock.  So the XMP is written here, from the Info dictionary as
 * libharu will write it, so that the two agree by construction, and
 * /ID is a digest of the file.  HPDF_PDFA_AppendOutputIntents is used,
 * with the one key it misspells ("DestOutputProfile ") put right.
 */
#include "pdf_pdfa.h"

#include <string.h>

#include <hpdf_doc.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <lcms2.h>

#define ICC_NAME "sRGB IEC61966-2.1"
#define ID_LEN 16

/* An Info value in UTF-8, or NULL if info has no such key.  dubao's
 * own values are UTF-16BE with a byte order mark (pdf_write.c); the
 * others are libharu's ASCII (Producer, the dates). */
static char *
info_value(HPDF_Dict info, const char *key)
{
	for (HPDF_UINT i = 0; info != NULL && i < info->list->count; i++) {
		HPDF_DictElement el = HPDF_List_ItemAt(info->list, i);
		const HPDF_Obj_Header *h = el->value;

		if (strcmp(el->key, key) != 0)
			continue;
		if ((h->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_BINARY) {
			const HPDF_Binary b = el->value;
			if (b->len < 2 || b->value[0] != 0xFE || b->value[1] != 0xFF)
				return NULL;
			glong n = (glong)(b->len - 2) / 2;
			gunichar2 *u = g_new(gunichar2, n + 1);
			for (glong k = 0; k < n; k++)
				u[k] = (gunichar2)(b->value[2 + 2 * k] << 8 | b->value[3 + 2 * k]);
			char *s = g_utf16_to_utf8(u, n, NULL, NULL, NULL);
			g_free(u);
			return s;
		}
		if ((h->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_STRING) {
			const HPDF_String s = el->value;
			/* PDFDocEncoding agrees with Latin-1 on everything
			 * libharu puts in a plain string. */
			return g_convert((const char *)s->value, (gssize)s->len, "UTF-8",
			    "ISO-8859-1", NULL, NULL, NULL);
		}
		return NULL;
	}
	return NULL;
}

/* A PDF date, D:YYYYMMDDHHmmSS followed by Z, +HH'mm' or -HH'mm' (what
 * HPDF_SetInfoDateAttr writes), as an XMP date; NULL if it is not one. */
static char *
xmp_date(const char *d)
{
	if (d == NULL || strlen(d) < 16 || strncmp(d, "D:", 2) != 0)
		return NULL;
	for (int i = 2; i < 16; i++)
		if (!g_ascii_isdigit(d[i]))
			return NULL;
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2s", d + 2, d + 6, d + 8,
	    d + 10, d + 12, d + 14);
	const char *z = d + 16;
	if ((z[0] == '+' || z[0] == '-') && strlen(z) >= 6)
		g_string_append_printf(s, "%c%.2s:%.2s", z[0], z + 1, z + 4);
	else
		g_string_append_c(s, 'Z');
	return g_string_free(s, FALSE);
}

/* The XMP value types ISO 19005-1 gives the properties written here. */
enum xmp_type {
	XMP_TEXT,
	XMP_ALT,                /* a language alternative: the x-default one */
	XMP_SEQ,                /* an ordered list: one item */
};

/* <name>value</name>, escaped, in the form of its type; nothing if
 * value is NULL.  Frees value. */
static void
property(GString *x, const char *name, enum xmp_type type, char *value)
{
	static const char *const open[] = {"", "<rdf:Alt><rdf:li xml:lang=\"x-default\">",
		"<rdf:Seq><rdf:li>"};
	static const char *const close[] = {"", "</rdf:li></rdf:Alt>", "</rdf:li></rdf:Seq>"};

	if (value == NULL)
		return;
	char *esc = g_markup_escape_text(value, -1);
	g_string_append_printf(x, "   <%s>%s%s%s</%s>\n", name, open[type], esc, close[type],
	    name);
	g_free(esc);
	g_free(value);
}

/* The XMP packet: the Info dictionary's values under the names
 * ISO 19005-1 (6.7.3) pairs them with, and the PDF/A identification. */
static char *
xmp_packet(HPDF_Dict info)
{
	/* begin: U+FEFF in UTF-8, saying the packet's encoding. */
	GString *x = g_string_new("<?xpacket begin=\"\xEF\xBB\xBF\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

	g_string_append(x, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
	property(x, "dc:title", XMP_ALT, info_value(info, "Title"));
	property(x, "dc:creator", XMP_SEQ, info_value(info, "Author"));
	property(x, "dc:description", XMP_ALT, info_value(info, "Subject"));
	g_string_append(x, "  </rdf:Description>\n");

	g_string_append(x, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
	property(x, "pdf:Keywords", XMP_TEXT, info_value(info, "Keywords"));
	property(x, "pdf:Producer", XMP_TEXT, info_value(info, "Producer"));
	g_string_append(x, "  </rdf:Description>\n");

	g_string_append(x, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
	property(x, "xmp:CreatorTool", XMP_TEXT, info_value(info, "Creator"));
	char *d = info_value(info, "CreationDate");
	property(x, "xmp:CreateDate", XMP_TEXT, xmp_date(d));
	g_free(d);
	d = info_value(info, "ModDate");
	property(x, "xmp:ModifyDate", XMP_TEXT, xmp_date(d));
	g_free(d);
	g_string_append(x, "  </rdf:Description>\n");

	g_string_append(x, "  <rdf:Description rdf:about=\"\" "
	    "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
	    "   <pdfaid:part>1</pdfaid:part>\n"
	    "   <pdfaid:conformance>B</pdfaid:conformance>\n"
	    "  </rdf:Description>\n"
	    " </rdf:RDF>\n"
	    "</x:xmpmeta>\n"
	    "<?xpacket end=\"w\"?>");
	return g_string_free(x, FALSE);
}

/* lcms2's sRGB as an ICC version 2 profile (PDF 1.4, and so PDF/A-1,
 * knows no later one), its creation date fixed: lcms stamps the time
 * of saving, and the same document must give the same bytes. */
static guint8 *
srgb_profile(cmsUInt32Number *len)
{
	static const guint8 created[12] = {0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0};
	cmsHPROFILE p = cmsCreate_sRGBProfile();
	guint8 *buf = NULL;

	*len = 0;
	if (p == NULL)
		return NULL;
	cmsSetProfileVersion(p, 2.1);
	if (cmsSaveProfileToMem(p, NULL, len) && *len > 36) {
		buf = g_malloc(*len);
		if (cmsSaveProfileToMem(p, buf, len))
			memcpy(buf + 24, created, sizeof created);  /* dateTimeNumber */
		else {
			g_free(buf);
			buf = NULL;
		}
	}
	cmsCloseProfile(p);
	return buf;
}

static bool
output_intent(HPDF_Doc pdf)
{
	cmsUInt32Number len;
	guint8 *icc = srgb_profile(&len);
	HPDF_Dict profile;

	if (icc == NULL)
		return false;
	profile = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	if (profile == NULL) {
		g_free(icc);
		return false;
	}
	profile->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	HPDF_Dict_AddNumber(profile, "N", 3);
	HPDF_Stream_Write(profile->stream, icc, len);
	g_free(icc);
	if (HPDF_PDFA_AppendOutputIntents(pdf, ICC_NAME, profile) != HPDF_OK)
		return false;

	HPDF_Array intents = HPDF_Dict_GetItem(pdf->catalog, "OutputIntents",
	    HPDF_OCLASS_ARRAY);
	HPDF_Dict intent = intents != NULL && intents->list->count > 0 ?
	    HPDF_Array_GetItem(intents, intents->list->count - 1, HPDF_OCLASS_DICT) : NULL;
	if (intent == NULL)
		return false;
	HPDF_Dict_RemoveElement(intent, "DestOutputProfile ");
	return HPDF_Dict_Add(intent, "DestOutputProfile", profile) == HPDF_OK;
}

bool
pdfa_prepare(HPDF_Doc pdf, GError **err)
{
	const char *what = "metadata";

	pdf->pdf_version = HPDF_VER_14;
	HPDF_Dict meta = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	if (meta != NULL) {
		char *xmp = xmp_packet(pdf->info);
		/* Unfiltered, so that tools that know nothing of PDF can find
		 * it (ISO 19005-1, 6.7.2). */
		HPDF_Dict_AddName(meta, "Type", "Metadata");
		HPDF_Dict_AddName(meta, "Subtype", "XML");
		HPDF_Stream_WriteStr(meta->stream, xmp);
		g_free(xmp);
		HPDF_Dict_Add(pdf->catalog, "Metadata", meta);
		what = "output intent";
	}
	if (meta != NULL && output_intent(pdf)) {
		/* A placeholder of the right length: pdfa_set_id replaces it
		 * in the saved bytes, where nothing follows it but the end of
		 * the trailer, so no offset moves. */
		static const HPDF_BYTE zero[ID_LEN];
		HPDF_Array id = HPDF_Array_New(pdf->mmgr);
		what = "ID";
		if (id != NULL && HPDF_Dict_Add(pdf->trailer, "ID", id) == HPDF_OK &&
		    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero, ID_LEN)) ==
		    HPDF_OK &&
		    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)zero, ID_LEN)) ==
		    HPDF_OK)
			return true;
	}
	g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
	    "cannot make the PDF/A %s (libharu error 0x%04lX)", what,
	    (unsigned long)HPDF_GetError(pdf));
	return false;
}

/* The last occurrence of the n bytes of needle in the len bytes of hay. */
static guint8 *
find_last(guint8 *hay, gsize len, const char *needle, gsize n)
{
	for (gsize i = len >= n ? len - n + 1 : 0; i-- > 0;)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

bool
pdfa_set_id(guint8 *buf, gsize len)
{
	char zeros[2 * ID_LEN + 3];
	guint8 *trailer = find_last(buf, len, "\ntrailer", 8);
	guint8 *at[2];

	zeros[0] = '<';
	memset(zeros + 1, '0', 2 * ID_LEN);
	zeros[2 * ID_LEN + 1] = '>';
	zeros[2 * ID_LEN + 2] = '\0';
	if (trailer == NULL)
		return false;
	gsize tail = len - (gsize)(trailer - buf);
	at[1] = find_last(trailer, tail, zeros, sizeof zeros - 1);
	at[0] = at[1] != NULL ? find_last(trailer, (gsize)(at[1] - trailer), zeros,
	    sizeof zeros - 1) : NULL;
	if (at[0] == NULL)
		return false;

	GChecksum *md5 = g_checksum_new(G_CHECKSUM_MD5);
	guint8 digest[ID_LEN];
	gsize dlen = sizeof digest;
	g_checksum_update(md5, buf, (gssize)len);
	g_checksum_get_digest(md5, digest, &dlen);
	g_checksum_free(md5);
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < ID_LEN; i++) {
			static const char hex[] = "0123456789ABCDEF";
			at[k][1 + 2 * i] = (guint8)hex[digest[i] >> 4];
			at[k][2 + 2 * i] = (guint8)hex[digest[i] & 15];
		}
	return true;
}
