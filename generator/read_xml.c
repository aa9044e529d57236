/*
 * read_xml.c: safe parsing of input files with libxml2.
 */
#include "read_xml.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "input_limits.h"

struct reading {
	struct diags *d;
	int doctype_line;     /* > 0 once a DOCTYPE was seen */
	bool huge_text;       /* libxml2 gave up on a text node */
	xmlParserCtxtPtr ctxt;
};

/* The SAX callback has no user pointer of its own that xmlCtxtReadMemory
 * leaves alone, so the reading in progress is per thread. */
static _Thread_local struct reading *current;

/* libxml2 calls this for every DOCTYPE, before reading its internal
 * subset; stopping here means no entity is ever declared. */
static void
refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *ext,
    const xmlChar *sys)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct reading *r = current;

	(void)name;
	(void)ext;
	(void)sys;
	r->doctype_line = xmlSAX2GetLineNumber(ctxt);
	if (r->doctype_line <= 0)
		r->doctype_line = 1;
	xmlStopParser(ctxt);
}

/* Never reached for input (there is no DOCTYPE to name an entity), but
 * kept as a second lock: input may load nothing from disk or network. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/* libxml2 keeps at most 65535 in an element's line and, past it, guesses
 * from the text around the element (one line late after an empty
 * element).  The line the parser is at when the element starts is kept
 * in the element's _private field, the application's own, for
 * node_line().  (Not psvi, which RELAX NG validation clears.) */
static void
start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
    int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;

	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces,
	    nb_attributes, nb_defaulted, attributes);
	if (ctxt->node != NULL && ctxt->input != NULL && ctxt->input->line >= 65535)
		ctxt->node->_private = (void *)(intptr_t)ctxt->input->line;
}

static void
on_error(void *ctx, xmlErrorPtr err)
{
	struct reading *r = ctx;
	char *text;

	if (err == NULL || err->level == XML_ERR_NONE)
		return;
	/* Once the DOCTYPE is refused, or a text is too long to go on,
	 * what follows is noise about the parser having been stopped. */
	if (r->doctype_line > 0 || r->huge_text)
		return;
	text = g_strdup(err->message != NULL ? err->message : "unknown error");
	g_strstrip(text);
	g_strdelimit(text, "\n", ';');
	if (g_str_has_prefix(text, "Excessive depth in document"))
		diag(r->d, err->line, MSG_DEPTH, LIMIT_DEPTH);
	else if (strstr(text, "huge text node") != NULL) {
		/* libxml2 refuses a text over XML_MAX_TEXT_LENGTH before
		 * shape.c can measure it; say it as shape.c would. */
		const xmlNode *at = r->ctxt != NULL ? r->ctxt->node : NULL;
		char *what = g_strdup_printf("the text of <%s>", at != NULL ?
		    (const char *)at->name : "?");
		diag(r->d, at != NULL ? node_line(at) : err->line, MSG_TEXT_HUGE, what,
		    XML_MAX_TEXT_LENGTH, LIMIT_TEXT_BYTES);
		g_free(what);
		r->huge_text = true;
	} else if (g_str_has_prefix(text, "Input is not proper UTF-8")) {
		const char *bytes = strstr(text, "Bytes: ");
		diag(r->d, err->line, MSG_BAD_UTF8, bytes != NULL ?
		    bytes + 7 : "invalid bytes");
	}
	else if (err->level == XML_ERR_WARNING)
		diag_sev(r->d, err->line, SEV_WARNING, MSG_XML, text);
	else
		diag(r->d, err->line, MSG_XML, text);
	g_free(text);
}

static bool
is_unicode_name(const char *enc)
{
	return g_ascii_strcasecmp(enc, "UTF-8") == 0 ||
	    g_ascii_strcasecmp(enc, "UTF8") == 0 ||
	    g_ascii_strncasecmp(enc, "UTF-16", 6) == 0 ||
	    g_ascii_strncasecmp(enc, "UTF16", 5) == 0 ||
	    g_ascii_strcasecmp(enc, "US-ASCII") == 0 ||
	    g_ascii_strcasecmp(enc, "ASCII") == 0;
}

static char *
slurp(const char *path, size_t *len, struct diags *d)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer; for the
	 * regular file it then has to be, the flag changes nothing. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	FILE *fp;
	char *buf;

	if (fd < 0) {
		diag(d, 0, MSG_IO, g_strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag(d, 0, MSG_IO, S_ISDIR(st.st_mode) ? "it is a folder" :
		    "not a regular file");
		close(fd);
		return NULL;
	}
	fp = fdopen(fd, "rb");
	if (fp == NULL) {
		diag(d, 0, MSG_IO, g_strerror(errno));
		close(fd);
		return NULL;
	}
	if (st.st_size > LIMIT_FILE_BYTES) {
		diag(d, 0, MSG_TOO_LARGE, (unsigned long long)st.st_size,
		    (unsigned long long)LIMIT_FILE_BYTES);
		fclose(fp);
		return NULL;
	}
	buf = g_malloc((size_t)st.st_size + 1);
	*len = fread(buf, 1, (size_t)st.st_size, fp);
	if (ferror(fp)) {
		diag(d, 0, MSG_IO, g_strerror(errno));
		g_free(buf);
		fclose(fp);
		return NULL;
	}
	buf[*len] = '\0';
	fclose(fp);
	return buf;
}

xmlDocPtr
read_xml(const char *path, struct diags *d)
{
	struct reading r = {d, 0, false, NULL};
	xmlExternalEntityLoader old_loader;
	xmlDocPtr doc;
	size_t len = 0;
	char *buf;
	int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOCDATA;

	buf = slurp(path, &len, d);
	if (buf == NULL)
		return NULL;
	if (len == 0) {
		diag(d, 0, MSG_XML, "the file is empty");
		g_free(buf);
		return NULL;
	}

	/* UTF-16 is read with its byte order mark (FORMAT.md); libxml2
	 * would guess the order of one without it, so say so. */
	if (len >= 4 && ((buf[0] == '<' && buf[1] == 0 && buf[3] == 0) ||
	    (buf[0] == 0 && buf[1] == '<' && buf[2] == 0)))
		diag(d, 1, MSG_NO_BOM);

	r.ctxt = xmlNewParserCtxt();
	if (r.ctxt == NULL) {
		diag(d, 0, MSG_IO, "out of memory");
		g_free(buf);
		return NULL;
	}
	current = &r;
	r.ctxt->sax->internalSubset = refuse_doctype;
	r.ctxt->sax->startElementNs = start_element;
	xmlSetStructuredErrorFunc(&r, on_error);
	old_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(refuse_entity);

	doc = xmlCtxtReadMemory(r.ctxt, buf, (int)len, path, NULL, options);

	xmlSetExternalEntityLoader(old_loader);
	xmlSetStructuredErrorFunc(NULL, NULL);
	current = NULL;

	if (r.doctype_line > 0) {
		diag(d, r.doctype_line, MSG_DOCTYPE);
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc != NULL && !r.ctxt->wellFormed) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc == NULL && d->errors == 0)
		diag(d, 0, MSG_XML, "the document could not be read");
	if (doc != NULL && doc->encoding != NULL &&
	    !is_unicode_name((const char *)doc->encoding))
		diag(d, 1, MSG_ENCODING, (const char *)doc->encoding);

	xmlFreeParserCtxt(r.ctxt);
	g_free(buf);
	return doc;
}

int
node_line(const xmlNode *node)
{
	long line;

	if (node->type == XML_ELEMENT_NODE && node->line == 65535 && node->_private != NULL)
		return (int)(intptr_t)node->_private;
	line = xmlGetLineNo(node);

	return line > 0 && line < G_MAXINT ? (int)line : 0;
}
