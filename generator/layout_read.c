/*
 * layout_read.c: the layout vocabulary of documents, read and checked.
 *
 * Like chart_read.c: the layout comes from a template, so a problem here
 * is the template's; every one is reported, naming the element and the
 * value, and nothing is typeset.
 */
#include "layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "read_xml.h"
#include "text.h"

struct reading {
	struct diags *d;
	int errors;
};

static bool
is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns == NULL &&
	    strcmp((const char *)n->name, name) == 0;
}

static void
bad(struct reading *r, const xmlNode *n, const char *attr, const char *why)
{
	diag(r->d, node_line(n), MSG_LAYOUT_ATTR, (const char *)n->name, attr, why);
	r->errors++;
}

static void
unexpected(struct reading *r, const xmlNode *n, const char *parent)
{
	diag(r->d, node_line(n), MSG_LAYOUT_ELEMENT, (const char *)n->name, parent);
	r->errors++;
}

static char *
attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	char *s = NULL;

	if (v != NULL && !text_is_blank((const char *)v))
		s = text_normalize((const char *)v);
	xmlFree(v);
	return s;
}

static double
number(struct reading *r, const xmlNode *n, const char *name, double lo, double hi,
    double dflt)
{
	char *s = attr(n, name), *end = NULL;
	double v;

	if (s == NULL)
		return dflt;
	v = g_ascii_strtod(s, &end);
	if (end == s || *end != '\0' || !isfinite(v) || v < lo || v > hi) {
		char *why = g_strdup_printf("\"%s\" is not a number from %g to %g", s, lo, hi);
		bad(r, n, name, why);
		g_free(why);
		v = dflt;
	}
	g_free(s);
	return v;
}

static enum align
alignment(struct reading *r, const xmlNode *n, enum align dflt)
{
	static const char *const names[] = {"justify", "left", "center", "right"};
	char *s = attr(n, "align");

	if (s == NULL)
		return dflt;
	for (size_t i = 0; i < G_N_ELEMENTS(names); i++)
		if (strcmp(s, names[i]) == 0) {
			g_free(s);
			return (enum align)i;
		}
	bad(r, n, "align", "must be justify, left, center or right");
	g_free(s);
	return dflt;
}

/* Text, <br/> and <b> spans.  The spans are marked in the raw text with two
 * private-use characters, the whole is normalised as input text is,
 * and the marks are then taken out as byte offsets. */
#define MARK_OPEN "\xee\x80\x80"     /* U+E000 */
#define MARK_CLOSE "\xee\x80\x81"    /* U+E001 */

static void
rich_add(struct reading *r, GString *raw, const xmlNode *n)
{
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			g_string_append(raw, (const char *)c->content);
		else if (is(c, "b")) {
			g_string_append(raw, MARK_OPEN);
			rich_add(r, raw, c);
			g_string_append(raw, MARK_CLOSE);
		} else if (is(c, "br"))
			/* U+2028 LINE SEPARATOR: pango breaks the line there, and
			 * text normalisation leaves it alone. */
			g_string_append(raw, "\xe2\x80\xa8");
		else if (c->type == XML_ELEMENT_NODE)
			unexpected(r, c, (const char *)n->name);
	}
}

static struct rich
rich_read(struct reading *r, const xmlNode *n)
{
	GString *raw = g_string_new(NULL), *text = g_string_new(NULL);
	struct rich out = {NULL, g_array_new(FALSE, FALSE, sizeof(int))};
	int depth = 0;
	char *norm;

	rich_add(r, raw, n);
	norm = text_normalize(raw->str);
	for (const char *p = norm; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		int pos = (int)text->len;
		if (c == 0xE000) {
			/* Nested <b> is one span. */
			if (depth++ == 0)
				g_array_append_val(out.bold, pos);
		} else if (c == 0xE001) {
			if (--depth == 0)
				g_array_append_val(out.bold, pos);
		} else
			g_string_append_unichar(text, c);
	}
	out.text = g_string_free(text, FALSE);
	g_free(norm);
	g_string_free(raw, TRUE);
	return out;
}

static void
rich_free(struct rich *r)
{
	g_free(r->text);
	if (r->bold != NULL)
		g_array_free(r->bold, TRUE);
}

static int
light(struct reading *r, const xmlNode *n)
{
	static const char *const names[] = {"done", "green", "yellow", "red", "grey"};
	char *s = attr(n, "light");

	if (s == NULL)
		return -1;
	for (int i = 0; i < (int)G_N_ELEMENTS(names); i++)
		if (strcmp(s, names[i]) == 0) {
			g_free(s);
			return i;
		}
	bad(r, n, "light", "must be done, green, yellow, red or grey");
	g_free(s);
	return -1;
}

static void
cell_free(gpointer p)
{
	struct cell *c = p;

	rich_free(&c->r);
	g_free(c);
}

static void
row_free(gpointer p)
{
	struct table_row *row = p;

	g_ptr_array_free(row->cells, TRUE);
	g_free(row);
}

static struct table_row *
read_row(struct reading *r, const xmlNode *n, bool header)
{
	struct table_row *row = g_new0(struct table_row, 1);
	char *group = attr(n, "group");

	row->header = header;
	row->group = group != NULL && strcmp(group, "yes") == 0;
	g_free(group);
	row->cells = g_ptr_array_new_with_free_func(cell_free);
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!is(c, "cell")) {
			unexpected(r, c, (const char *)n->name);
			continue;
		}
		struct cell *cell = g_new0(struct cell, 1);
		cell->r = rich_read(r, c);
		cell->align = alignment(r, c, header ? ALIGN_CENTER : ALIGN_LEFT);
		if (cell->align == ALIGN_JUSTIFY)
			cell->align = ALIGN_LEFT;
		cell->light = light(r, c);
		g_ptr_array_add(row->cells, cell);
	}
	return row;
}

static void
read_table(struct reading *r, const xmlNode *n, struct block *b)
{
	char *widths = attr(n, "widths");
	guint cols;

	b->widths = g_array_new(FALSE, FALSE, sizeof(double));
	b->rows = g_ptr_array_new_with_free_func(row_free);
	b->size = number(r, n, "size", 6, 30, 12);
	if (widths == NULL) {
		bad(r, n, "widths", "missing (relative column widths, such as 4,1,1)");
		return;
	}
	char **parts = g_strsplit(widths, ",", -1);
	for (int i = 0; parts[i] != NULL; i++) {
		char *end = NULL;
		double w = g_ascii_strtod(g_strstrip(parts[i]), &end);
		if (end == parts[i] || *end != '\0' || !(w > 0) || w > 1000) {
			bad(r, n, "widths", "each width must be a number greater than 0");
			break;
		}
		g_array_append_val(b->widths, w);
	}
	g_strfreev(parts);
	g_free(widths);
	cols = b->widths->len;
	for (const xmlNode *c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!is(c, "header") && !is(c, "row")) {
			unexpected(r, c, "table");
			continue;
		}
		struct table_row *row = read_row(r, c, is(c, "header"));
		guint want = row->group ? 1 : cols;
		if (row->cells->len != want) {
			char *why = g_strdup_printf("has %u cells; the table has %u columns%s",
			    row->cells->len, cols, row->group ? " (a group row has one cell)" : "");
			bad(r, c, "cell", why);
			g_free(why);
		}
		g_ptr_array_add(b->rows, row);
	}
}

static void
block_free(gpointer p)
{
	struct block *b = p;

	rich_free(&b->text);
	g_free(b->name);
	g_free(b->number);
	g_free(b->issuer);
	g_free(b->date);
	g_free(b->title);
	g_free(b->subtitle);
	chart_free(b->chart);
	if (b->widths != NULL)
		g_array_free(b->widths, TRUE);
	if (b->rows != NULL)
		g_ptr_array_free(b->rows, TRUE);
	g_free(b);
}

static struct block *
read_block(struct reading *r, const xmlNode *n)
{
	struct block *b = g_new0(struct block, 1);

	b->align = ALIGN_JUSTIFY;
	b->size = 16;
	b->role = ROLE_BODY;
	if (is(n, "masthead") || is(n, "signature")) {
		b->kind = is(n, "masthead") ? BLOCK_MASTHEAD : BLOCK_SIGNATURE;
		b->name = attr(n, "name");
		b->number = attr(n, "number");
		b->issuer = attr(n, "issuer");
		b->date = attr(n, "date");
		if (b->kind == BLOCK_MASTHEAD && b->name == NULL)
			bad(r, n, "name", "missing (the report's name, printed in red)");
	} else if (is(n, "title")) {
		b->kind = BLOCK_TITLE;
		b->text = rich_read(r, n);
	} else if (is(n, "heading")) {
		char *o = attr(n, "outline");
		b->kind = BLOCK_HEADING;
		b->level = (int)number(r, n, "level", 1, 3, 1);
		b->outline = o == NULL || strcmp(o, "no") != 0;
		g_free(o);
		b->text = rich_read(r, n);
	} else if (is(n, "para")) {
		char *role = attr(n, "role");
		b->kind = BLOCK_PARA;
		b->indent = number(r, n, "indent", 0, 20, 2);
		b->align = alignment(r, n, ALIGN_JUSTIFY);
		b->size = number(r, n, "size", 6, 40, 16);
		if (role != NULL && !font_role_parse(role, &b->role))
			bad(r, n, "role", "is not a role of fonts/roles.conf (title, heading, "
			    "subheading, body, table, number)");
		g_free(role);
		b->text = rich_read(r, n);
	} else if (is(n, "chart")) {
		b->kind = BLOCK_CHART;
		b->chart = chart_read(n, r->d);
		if (b->chart == NULL)
			r->errors++;
	} else if (is(n, "table")) {
		b->kind = BLOCK_TABLE;
		read_table(r, n, b);
	} else if (is(n, "pagebreak"))
		b->kind = BLOCK_PAGEBREAK;
	else if (is(n, "cover")) {
		b->kind = BLOCK_COVER;
		/* The title as the element's text (which may break lines with
		 * <br/>), or as its attribute. */
		b->text = rich_read(r, n);
		b->title = attr(n, "title");
		b->subtitle = attr(n, "subtitle");
		b->issuer = attr(n, "issuer");
		b->date = attr(n, "date");
		if (b->title == NULL && *b->text.text == '\0')
			bad(r, n, "title", "missing (what the cover says: the attribute, or the "
			    "element's text)");
	} else if (is(n, "toc")) {
		b->kind = BLOCK_TOC;
		b->title = attr(n, "title");
		if (b->title == NULL)
			b->title = g_strdup("目录");
		b->depth = (int)number(r, n, "depth", 1, 2, 1);
	} else if (is(n, "chapter")) {
		b->kind = BLOCK_CHAPTER;
		b->title = attr(n, "title");
		if (b->title == NULL)
			bad(r, n, "title", "missing (its bookmark and its line in the contents)");
	} else {
		unexpected(r, n, "document");
		block_free(b);
		return NULL;
	}
	return b;
}

struct layout_doc *
layout_read(xmlDocPtr doc, struct diags *d)
{
	struct reading r = {d, 0};
	const xmlNode *root = xmlDocGetRootElement(doc);
	struct layout_doc *ld;
	int tocs = 0;

	if (root == NULL || !is(root, "document")) {
		diag(d, 0, MSG_LAYOUT_ELEMENT, root != NULL ? (const char *)root->name : "nothing",
		    "the layout (a bulletin template makes one <document>)");
		return NULL;
	}
	ld = g_new0(struct layout_doc, 1);
	ld->title = attr(root, "title");
	ld->author = attr(root, "author");
	ld->subject = attr(root, "subject");
	ld->keywords = attr(root, "keywords");
	ld->blocks = g_ptr_array_new_with_free_func(block_free);
	for (const xmlNode *c = root->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		struct block *b = read_block(&r, c);
		if (b == NULL)
			continue;
		const struct block *prev = ld->blocks->len > 0 ?
		    g_ptr_array_index(ld->blocks, ld->blocks->len - 1) : NULL;
		if (b->kind == BLOCK_MASTHEAD && prev != NULL && prev->kind != BLOCK_CHAPTER &&
		    prev->kind != BLOCK_COVER) {
			diag(d, node_line(c), MSG_LAYOUT_PLACE, "masthead",
			    "the first block of the document or of a chapter");
			r.errors++;
		}
		if (b->kind == BLOCK_COVER && prev != NULL) {
			diag(d, node_line(c), MSG_LAYOUT_PLACE, "cover",
			    "the first block of the document");
			r.errors++;
		}
		if (b->kind == BLOCK_TOC && tocs++ > 0) {
			diag(d, node_line(c), MSG_LAYOUT_PLACE, "toc", "once in a document");
			r.errors++;
		}
		g_ptr_array_add(ld->blocks, b);
	}
	if (r.errors > 0) {
		layout_free(ld);
		return NULL;
	}
	return ld;
}

void
layout_free(struct layout_doc *ld)
{
	if (ld == NULL)
		return;
	g_free(ld->title);
	g_free(ld->author);
	g_free(ld->subject);
	g_free(ld->keywords);
	g_ptr_array_free(ld->blocks, TRUE);
	g_free(ld);
}
