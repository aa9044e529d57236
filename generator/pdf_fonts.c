/*
 * pdf_fonts.c: HarfBuzz subsetting and libharu embedding of the faces of
 * a document, the ToUnicode CMap libharu gets wrong, and the font
 * descriptor entries PDF/A-1 asks for that libharu leaves out.
 */
#define _GNU_SOURCE
#include "pdf_fonts.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hpdf_objects.h>
#include <pango/pangofc-font.h>

struct face {
	char *key;              /* "index:file", the order faces are loaded in */
	hb_face_t *hb;          /* referenced */
	GHashTable *chars;      /* of GUINT_TO_POINTER(c), BMP only; after
	                           loading, c -> its code in the subset */
	HPDF_Font font;
	hb_font_t *outline;     /* made on demand */
	int fd;                 /* the memfd libharu reads the subset from */
};

struct pdf_fonts {
	HPDF_Doc pdf;
	GHashTable *faces;      /* key -> struct face * */
	GHashTable *by_font;    /* PangoFont * (referenced) -> struct face * */
};

static void
face_free(gpointer p)
{
	struct face *f = p;

	g_free(f->key);
	hb_face_destroy(f->hb);
	g_hash_table_destroy(f->chars);
	if (f->outline != NULL)
		hb_font_destroy(f->outline);
	if (f->fd >= 0)
		close(f->fd);
	g_free(f);
}

struct pdf_fonts *
pdf_fonts_new(HPDF_Doc pdf)
{
	struct pdf_fonts *pf = g_new0(struct pdf_fonts, 1);

	pf->pdf = pdf;
	pf->faces = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, face_free);
	pf->by_font = g_hash_table_new_full(g_direct_hash, g_direct_equal, g_object_unref, NULL);
	return pf;
}

void
pdf_fonts_free(struct pdf_fonts *pf)
{
	if (pf == NULL)
		return;
	g_hash_table_destroy(pf->by_font);
	g_hash_table_destroy(pf->faces);
	g_free(pf);
}

static struct face *
face_of(struct pdf_fonts *pf, PangoFont *font)
{
	struct face *f = g_hash_table_lookup(pf->by_font, font);
	FcChar8 *file = NULL;
	int index = 0;
	char *key;

	if (f != NULL)
		return f;
	FcPattern *pat = pango_fc_font_get_pattern(PANGO_FC_FONT(font));
	FcPatternGetString(pat, FC_FILE, 0, &file);
	FcPatternGetInteger(pat, FC_INDEX, 0, &index);
	key = g_strdup_printf("%d:%s", index, file != NULL ? (const char *)file : "?");
	f = g_hash_table_lookup(pf->faces, key);
	if (f == NULL) {
		f = g_new0(struct face, 1);
		f->key = key;
		f->hb = hb_face_reference(hb_font_get_face(pango_font_get_hb_font(font)));
		f->chars = g_hash_table_new(g_direct_hash, g_direct_equal);
		f->fd = -1;
		g_hash_table_insert(pf->faces, f->key, f);
	} else
		g_free(key);
	g_hash_table_insert(pf->by_font, g_object_ref(font), f);
	return f;
}

void
pdf_fonts_use(struct pdf_fonts *pf, PangoFont *font, const char *text, int len)
{
	struct face *f = face_of(pf, font);

	for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		/* libharu's UTF-8 encoder covers the BMP; beyond it glyphs are
		 * drawn as outlines from the original face (pdf_text.c). */
		if (c > 0x20 && c <= 0xFFFF)
			g_hash_table_add(f->chars, GUINT_TO_POINTER(c));
	}
}

static gint
by_key(gconstpointer a, gconstpointer b)
{
	return strcmp((*(struct face *const *)a)->key, (*(struct face *const *)b)->key);
}

static gint
by_code(gconstpointer a, gconstpointer b)
{
	guint x = *(const guint *)a, y = *(const guint *)b;

	return (x > y) - (x < y);
}

/* The face cut down to chars: no hinting (PDF viewers ignore it), no
 * bitmaps, no layout tables (pango has shaped already).  Caller
 * destroys. */
static hb_face_t *
subset(struct face *f, GArray *codes)
{
	static const char *const drop[] = {"EBDT", "EBLC", "EBSC", "GSUB", "GPOS",
		"GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG", "kern", "gasp", "DSIG",
		"hdmx", "LTSH", "VDMX", "morx", "mort"};
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	hb_face_t *sub;

	if (in == NULL)
		return NULL;
	hb_set_t *unicodes = hb_subset_input_unicode_set(in);
	for (guint i = 0; i < codes->len; i++)
		hb_set_add(unicodes, g_array_index(codes, guint, i));
	hb_set_t *tables = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	for (size_t i = 0; i < G_N_ELEMENTS(drop); i++)
		hb_set_add(tables, hb_tag_from_string(drop[i], -1));
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	sub = hb_subset_or_fail(f->hb, in);
	hb_subset_input_destroy(in);
	return sub;
}

/* The code a character gets in the embedded face: the n-th character
 * used is U+0100 + n (skipping the surrogates).  libharu builds its
 * width array and CIDToGIDMap over every code up to the highest, and
 * looks each of the 65,536 BMP codes up in the cmap: with the used
 * characters packed at the bottom in one range, both stay small. */
#define CODE_BASE 0x0100

static guint
code_of_index(guint i)
{
	guint c = CODE_BASE + i;

	return c >= 0xD800 ? c + 0x800 : c;
}

static void
put16(GByteArray *b, guint v)
{
	guint8 x[2] = {(guint8)(v >> 8), (guint8)v};

	g_byte_array_append(b, x, 2);
}

/* A cmap table (3,1) in format 4 mapping the codes of gids in order:
 * code_of_index(i) -> gids[i], and nothing else. */
static hb_blob_t *
compact_cmap(const guint16 *gids, guint n)
{
	GByteArray *b = g_byte_array_new();
	/* Segments: [base, 0xD7FF], [0xE000, …] if the codes reach the
	 * surrogates, and the final 0xFFFF. */
	guint split = n;
	for (guint i = 0; i < n; i++)
		if (code_of_index(i) >= 0xE000) {
			split = i;
			break;
		}
	guint nseg = (split > 0 ? 1 : 0) + (split < n ? 1 : 0) + 1;
	guint start[3], end[3], first[3], k = 0;
	if (split > 0) {
		start[k] = code_of_index(0);
		end[k] = code_of_index(split - 1);
		first[k++] = 0;
	}
	if (split < n) {
		start[k] = code_of_index(split);
		end[k] = code_of_index(n - 1);
		first[k++] = split;
	}
	start[k] = end[k] = 0xFFFF;
	first[k] = 0;

	guint search = 2, selector = 0;
	while (search * 2 <= nseg * 2) {
		search *= 2;
		selector++;
	}
	guint length = 16 + 8 * nseg + 2 * n;
	put16(b, 0);            /* cmap version */
	put16(b, 1);            /* one encoding record */
	put16(b, 3);            /* Windows */
	put16(b, 1);            /* Unicode BMP */
	put16(b, 0);
	put16(b, 12);           /* offset of the subtable */
	put16(b, 4);
	put16(b, length);
	put16(b, 0);            /* language */
	put16(b, 2 * nseg);
	put16(b, search);
	put16(b, selector);
	put16(b, 2 * nseg - search);
	for (guint i = 0; i < nseg; i++)
		put16(b, end[i]);
	put16(b, 0);            /* reserved pad */
	for (guint i = 0; i < nseg; i++)
		put16(b, start[i]);
	for (guint i = 0; i < nseg; i++)
		put16(b, i + 1 == nseg ? 1 : 0);        /* idDelta */
	for (guint i = 0; i < nseg; i++)
		/* From this word to the segment's first glyph id. */
		put16(b, i + 1 == nseg ? 0 : 2 * (nseg - i) + 2 * first[i]);
	for (guint i = 0; i < n; i++)
		put16(b, gids[i]);
	gsize len = b->len;
	char *data = (char *)g_byte_array_free(b, FALSE);
	/* HarfBuzz hands the destroy function its user data: the buffer. */
	return hb_blob_create(data, (unsigned)len, HB_MEMORY_MODE_WRITABLE, data, g_free);
}

/* The subset face with its cmap replaced by the compact one. */
static hb_blob_t *
with_compact_cmap(hb_face_t *subset_face, GArray *codes)
{
	/* The face hb_subset returns is a builder, which cannot list its
	 * tables; the font file it makes can. */
	hb_blob_t *file = hb_face_reference_blob(subset_face);
	hb_face_t *sub = hb_face_create(file, 0);
	hb_font_t *font = hb_font_create(sub);
	guint16 *gids = g_new0(guint16, codes->len + 1);
	hb_face_t *builder = hb_face_builder_create();
	hb_tag_t tags[64];
	unsigned count = G_N_ELEMENTS(tags);
	hb_blob_t *blob;

	for (guint i = 0; i < codes->len; i++) {
		hb_codepoint_t gid = 0;
		hb_font_get_nominal_glyph(font, g_array_index(codes, guint, i), &gid);
		gids[i] = (guint16)gid;
	}
	hb_face_get_table_tags(sub, 0, &count, tags);
	for (unsigned t = 0; t < count; t++) {
		if (tags[t] == HB_TAG('c', 'm', 'a', 'p'))
			continue;
		hb_blob_t *table = hb_face_reference_table(sub, tags[t]);
		hb_face_builder_add_table(builder, tags[t], table);
		hb_blob_destroy(table);
	}
	hb_blob_t *cmap = compact_cmap(gids, codes->len);
	hb_face_builder_add_table(builder, HB_TAG('c', 'm', 'a', 'p'), cmap);
	hb_blob_destroy(cmap);
	/* libharu 2.3 rewrites the face in 4096-byte blocks, 'prep' last;
	 * an empty 'prep' (hinting is dropped) then starts at the very end,
	 * and when that end falls on a block boundary, seeking to it fails
	 * (HPDF_MemStream_SeekFunc: no such block) and so does the PDF.  A
	 * 'prep' of one instruction that does nothing, NPUSHB 0, is never
	 * empty. */
	static const char prep[] = {0x40, 0x00};
	hb_blob_t *noop = hb_blob_create(prep, sizeof prep, HB_MEMORY_MODE_READONLY, NULL, NULL);
	hb_face_builder_add_table(builder, HB_TAG('p', 'r', 'e', 'p'), noop);
	hb_blob_destroy(noop);
	blob = hb_face_reference_blob(builder);
	hb_face_destroy(builder);
	hb_font_destroy(font);
	hb_face_destroy(sub);
	hb_blob_destroy(file);
	g_free(gids);
	return blob;
}

/* libharu 2.3 writes its UTF-8 fonts' ToUnicode CMap with
 * begincidrange, which is not a ToUnicode operator: poppler warns and
 * PDFBox extracts nothing.  With the UTF-8 encoder a CID is the code
 * libharu was given, here a compact code: the right CMap maps each code
 * back to its character, in bfchar blocks of at most 100. */
static void
fix_to_unicode(HPDF_Font font, GArray *codes)
{
	HPDF_Dict cmap = HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT);
	GString *s;

	if (cmap == NULL || cmap->stream == NULL)
		return;
	s = g_string_new("/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\nbegincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
	for (guint i = 0; i < codes->len; i += 100) {
		guint n = MIN(100, codes->len - i);
		g_string_append_printf(s, "%u beginbfchar\n", n);
		for (guint k = i; k < i + n; k++)
			g_string_append_printf(s, "<%04X> <%04X>\n", code_of_index(k),
			    g_array_index(codes, guint, k));
		g_string_append(s, "endbfchar\n");
	}
	g_string_append(s, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
	HPDF_MemStream_FreeData(cmap->stream);
	HPDF_Stream_WriteStr(cmap->stream, s->str);
	g_string_free(s, TRUE);
}

static bool
load_face(struct pdf_fonts *pf, struct face *f, GError **err)
{
	GArray *codes = g_array_new(FALSE, FALSE, sizeof(guint));
	GHashTableIter it;
	gpointer key;
	hb_blob_t *blob = NULL;
	unsigned len = 0;
	const char *data;
	const char *name;
	char path[64];
	bool ok = false;

	g_hash_table_iter_init(&it, f->chars);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		guint c = GPOINTER_TO_UINT(key);
		g_array_append_val(codes, c);
	}
	g_array_sort(codes, by_code);
	hb_face_t *sub = subset(f, codes);
	if (sub == NULL) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
		    "HarfBuzz cannot subset the font %s", f->key);
		goto out;
	}
	blob = with_compact_cmap(sub, codes);
	hb_face_destroy(sub);
	for (guint i = 0; i < codes->len; i++)
		g_hash_table_insert(f->chars, GUINT_TO_POINTER(g_array_index(codes, guint, i)),
		    GUINT_TO_POINTER(code_of_index(i)));
	data = hb_blob_get_data(blob, &len);
	/* libharu 2.3 reads fonts from files only, and again when it saves:
	 * a memory file, open until the PDF is written, and never on disk. */
	f->fd = memfd_create("dubao-font", MFD_CLOEXEC);
	if (f->fd < 0 || write(f->fd, data, len) != (ssize_t)len) {
		g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(errno),
		    "cannot hold the font %s in memory: %s", f->key, g_strerror(errno));
		goto out;
	}
	g_snprintf(path, sizeof path, "/proc/self/fd/%d", f->fd);
	name = HPDF_LoadTTFontFromFile(pf->pdf, path, HPDF_TRUE);
	if (name != NULL)
		f->font = HPDF_GetFont(pf->pdf, name, "UTF-8");
	if (f->font == NULL) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
		    "libharu cannot embed the font %s (error 0x%04lX)", f->key,
		    (unsigned long)HPDF_GetError(pf->pdf));
		goto out;
	}
	fix_to_unicode(f->font, codes);
	ok = true;
out:
	if (blob != NULL)
		hb_blob_destroy(blob);
	g_array_free(codes, TRUE);
	return ok;
}

/* The faces in a fixed order, so that objects are numbered alike on
 * every run.  Caller frees the array. */
static GPtrArray *
sorted_faces(struct pdf_fonts *pf)
{
	GPtrArray *faces = g_ptr_array_new();
	GHashTableIter it;
	gpointer value;

	g_hash_table_iter_init(&it, pf->faces);
	while (g_hash_table_iter_next(&it, NULL, &value))
		g_ptr_array_add(faces, value);
	g_ptr_array_sort(faces, by_key);
	return faces;
}

bool
pdf_fonts_load(struct pdf_fonts *pf, GError **err)
{
	GPtrArray *faces = sorted_faces(pf);
	bool ok = true;

	for (guint i = 0; ok && i < faces->len; i++) {
		struct face *f = g_ptr_array_index(faces, i);
		if (g_hash_table_size(f->chars) > 0)
			ok = load_face(pf, f, err);
	}
	g_ptr_array_free(faces, TRUE);
	return ok;
}

/* The CIDSet of a face: a bit for each CID its subset holds, the first
 * CID in the high bit of the first byte.  With libharu's UTF-8 encoder
 * a CID is the code, and the codes are CID 0 (.notdef, in every font
 * program) and code_of_index(0 … n - 1). */
static HPDF_Dict
cid_set(HPDF_Doc pdf, guint n)
{
	guint last = n > 0 ? code_of_index(n - 1) : 0;
	guint8 *bits = g_malloc0(last / 8 + 1);
	HPDF_Dict set = HPDF_DictStream_New(pdf->mmgr, pdf->xref);

	bits[0] = 0x80;
	for (guint i = 0; i < n; i++) {
		guint cid = code_of_index(i);
		bits[cid / 8] |= (guint8)(0x80 >> (cid % 8));
	}
	if (set != NULL) {
		set->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
		HPDF_Stream_Write(set->stream, bits, last / 8 + 1);
	}
	g_free(bits);
	return set;
}

/* The height of capitals in thousandths of an em: the face's own
 * (OS/2) if it says, else its ascent, which is what a CJK face's
 * tallest glyphs reach. */
static int
cap_height(struct face *f, HPDF_Dict descriptor)
{
	hb_font_t *font = hb_font_create(f->hb);
	unsigned upem = hb_face_get_upem(f->hb);
	hb_position_t cap = 0;
	int h;

	hb_font_set_scale(font, (int)upem, (int)upem);
	if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0)
		h = (int)((cap * 1000 + (int)upem / 2) / (int)upem);
	else {
		HPDF_Number ascent = HPDF_Dict_GetItem(descriptor, "Ascent", HPDF_OCLASS_NUMBER);
		h = ascent != NULL ? ascent->value : 1000;
	}
	hb_font_destroy(font);
	return h;
}

bool
pdf_fonts_complete_pdfa(struct pdf_fonts *pf, GError **err)
{
	GPtrArray *faces = sorted_faces(pf);
	bool ok = true;

	for (guint i = 0; ok && i < faces->len; i++) {
		struct face *f = g_ptr_array_index(faces, i);
		HPDF_Dict descriptor = NULL;

		if (f->font == NULL)
			continue;
		/* libharu's own step before writing the font (it embeds the
		 * font program and makes the descriptor), taken early; when it
		 * runs again as the file is written it finds the descriptor
		 * made and keeps it. */
		if (f->font->before_write_fn != NULL &&
		    f->font->before_write_fn(f->font) == HPDF_OK) {
			HPDF_Array d = HPDF_Dict_GetItem(f->font, "DescendantFonts",
			    HPDF_OCLASS_ARRAY);
			HPDF_Dict cid = d != NULL ? HPDF_Array_GetItem(d, 0, HPDF_OCLASS_DICT) : NULL;
			descriptor = cid != NULL ?
			    HPDF_Dict_GetItem(cid, "FontDescriptor", HPDF_OCLASS_DICT) : NULL;
		}
		HPDF_Dict set = descriptor != NULL ?
		    cid_set(pf->pdf, g_hash_table_size(f->chars)) : NULL;
		ok = set != NULL && HPDF_Dict_Add(descriptor, "CIDSet", set) == HPDF_OK &&
		    HPDF_Dict_AddNumber(descriptor, "CapHeight", cap_height(f, descriptor)) ==
		    HPDF_OK;
		if (!ok)
			g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
			    "libharu cannot complete the font %s for PDF/A (error 0x%04lX)",
			    f->key, (unsigned long)HPDF_GetError(pf->pdf));
	}
	g_ptr_array_free(faces, TRUE);
	return ok;
}

void
pdf_fonts_encode(struct pdf_fonts *pf, PangoFont *font, const char *text, int len,
    GString *out, gunichar *first_code)
{
	struct face *f = g_hash_table_lookup(pf->by_font, font);
	bool first = true;

	for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		gunichar code = f != NULL ?
		    GPOINTER_TO_UINT(g_hash_table_lookup(f->chars, GUINT_TO_POINTER(c))) : 0;
		if (code == 0)
			continue;
		g_string_append_unichar(out, code);
		if (first && first_code != NULL)
			*first_code = code;
		first = false;
	}
}

HPDF_Font
pdf_fonts_get(struct pdf_fonts *pf, PangoFont *font)
{
	struct face *f = g_hash_table_lookup(pf->by_font, font);

	return f != NULL ? f->font : NULL;
}

hb_font_t *
pdf_fonts_outline_font(struct pdf_fonts *pf, PangoFont *font, int *upem)
{
	struct face *f = face_of(pf, font);

	*upem = (int)hb_face_get_upem(f->hb);
	if (f->outline == NULL) {
		f->outline = hb_font_create(f->hb);
		hb_font_set_scale(f->outline, *upem, *upem);
	}
	return f->outline;
}

double
pdf_font_size(PangoFont *font)
{
	PangoFontDescription *d = pango_font_describe_with_absolute_size(font);
	double size = pango_font_description_get_size(d) / (double)PANGO_SCALE;

	pango_font_description_free(d);
	return size;
}
