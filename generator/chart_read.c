/*
 * chart_read.c: a <chart> element of the layout into a struct chart.
 *
 * Layout documents are written by templates, so what is wrong here is a
 * template's fault: each problem names the chart, the element and the
 * value, and the chart is skipped rather than drawn wrong.
 */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "read_xml.h"
#include "text.h"

#define DEFAULT_WIDTH 442.2     /* 156 mm, the width of the type area */

static const char *const style_names[STYLE__COUNT] = {
	"done", "green", "yellow", "red", "grey", "marker", "line", "expected",
};

struct reading {
	struct diags *d;
	const char *chart;      /* "<chart id=…>" for messages */
	int errors;
};

static void
bad(struct reading *r, const xmlNode *n, const char *attr, const char *why)
{
	char *where = g_strdup_printf("%s %s", (const char *)n->name, r->chart);

	diag(r->d, node_line(n), MSG_LAYOUT_ATTR, where, attr, why);
	g_free(where);
	r->errors++;
}

static char *
attr(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = text_normalize((const char *)v);
	xmlFree(v);
	return s;
}

/* The element's text, normalised; NULL if blank. */
static char *
content(const xmlNode *n)
{
	xmlChar *v = xmlNodeGetContent(n);
	char *s = NULL;

	if (v != NULL && !text_is_blank((const char *)v))
		s = text_normalize((const char *)v);
	xmlFree(v);
	return s;
}

/* A number attribute in [lo, hi]; absent is fine unless required. */
static bool
number(struct reading *r, const xmlNode *n, const char *name, double lo, double hi,
    bool required, double *out)
{
	char *s = attr(n, name), *end = NULL;
	bool ok;

	if (s == NULL) {
		if (required)
			bad(r, n, name, "missing");
		return false;
	}
	*out = g_ascii_strtod(s, &end);
	ok = end != s && *end == '\0' && isfinite(*out) && *out >= lo && *out <= hi;
	if (!ok) {
		char *why = g_strdup_printf("\"%s\" is not a number from %g to %g", s, lo, hi);
		bad(r, n, name, why);
		g_free(why);
	}
	g_free(s);
	return ok;
}

static bool
style(struct reading *r, const xmlNode *n, bool required, enum chart_style *out)
{
	char *s = attr(n, "style");

	if (s == NULL) {
		if (required)
			bad(r, n, "style", "missing");
		return false;
	}
	for (int i = 0; i < STYLE__COUNT; i++)
		if (strcmp(s, style_names[i]) == 0) {
			*out = (enum chart_style)i;
			g_free(s);
			return true;
		}
	char *why = g_strdup_printf("\"%s\" is not one of done, green, yellow, red, grey, "
	    "marker, line, expected", s);
	bad(r, n, "style", why);
	g_free(why);
	g_free(s);
	return false;
}

static bool
is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns == NULL &&
	    strcmp((const char *)n->name, name) == 0;
}

static void
unexpected(struct reading *r, const xmlNode *n, const char *parent)
{
	diag(r->d, node_line(n), MSG_LAYOUT_ELEMENT, (const char *)n->name, parent);
	r->errors++;
}

static void
row_free(gpointer p)
{
	struct chart_row *row = p;

	g_free(row->label);
	g_free(row->text);
	if (row->segs != NULL)
		g_array_free(row->segs, TRUE);
	if (row->points != NULL) {
		for (guint i = 0; i < row->points->len; i++)
			g_free(g_array_index(row->points, struct chart_point, i).text);
		g_array_free(row->points, TRUE);
	}
	g_free(row);
}

static void
key_free(gpointer p)
{
	struct chart_key *k = p;

	g_free(k->label);
	g_free(k);
}

static void
read_legend(struct reading *r, struct chart *ch, const xmlNode *legend)
{
	for (const xmlNode *k = legend->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (!is(k, "key")) {
			unexpected(r, k, "legend");
			continue;
		}
		struct chart_key *key = g_new0(struct chart_key, 1);
		style(r, k, true, &key->style);
		key->label = content(k);
		if (key->label == NULL)
			key->label = g_strdup("");
		g_ptr_array_add(ch->legend, key);
	}
}

static struct chart_row *
read_row(struct reading *r, struct chart *ch, const xmlNode *n)
{
	struct chart_row *row = g_new0(struct chart_row, 1);
	char *emph = attr(n, "emphasis");

	row->label = attr(n, "label");
	if (row->label == NULL) {
		bad(r, n, "label", "missing");
		row->label = g_strdup("");
	}
	row->style = STYLE_GREY;
	style(r, n, false, &row->style);
	row->emphasis = emph != NULL && strcmp(emph, "yes") == 0;
	g_free(emph);

	switch (ch->kind) {
	case CHART_BARS:
		row->has_value = number(r, n, "value", 0, 1, false, &row->value);
		row->has_marker = number(r, n, "marker", 0, 1, false, &row->marker);
		row->text = content(n);
		break;
	case CHART_STACKED:
		row->segs = g_array_new(FALSE, FALSE, sizeof(struct chart_seg));
		row->text = attr(n, "total");
		for (const xmlNode *s = n->children; s != NULL; s = s->next) {
			if (s->type != XML_ELEMENT_NODE)
				continue;
			if (!is(s, "seg")) {
				unexpected(r, s, "bar");
				continue;
			}
			struct chart_seg seg = {STYLE_GREY, 0};
			style(r, s, true, &seg.style);
			number(r, s, "value", 0, 1e9, true, &seg.value);
			g_array_append_val(row->segs, seg);
		}
		break;
	case CHART_TREND:
		row->text = attr(n, "empty");
		row->points = g_array_new(FALSE, TRUE, sizeof(struct chart_point));
		for (const xmlNode *p = n->children; p != NULL; p = p->next) {
			if (p->type != XML_ELEMENT_NODE)
				continue;
			if (!is(p, "point")) {
				unexpected(r, p, "panel");
				continue;
			}
			struct chart_point pt = {false, false, 0, 0, NULL};
			pt.has_value = number(r, p, "value", 0, 1, false, &pt.value);
			pt.has_expected = number(r, p, "expected", 0, 1, false, &pt.expected);
			pt.text = content(p);
			g_array_append_val(row->points, pt);
		}
		break;
	}
	return row;
}

struct chart *
chart_read(const xmlNode *node, struct diags *d)
{
	struct chart *ch = g_new0(struct chart, 1);
	struct reading r = {d, NULL, 0};
	char *kind = attr(node, "kind");
	const char *row_name;

	ch->id = attr(node, "id");
	r.chart = ch->id != NULL ? ch->id : "(no id)";
	ch->title = attr(node, "title");
	ch->subtitle = attr(node, "subtitle");
	ch->note = attr(node, "note");
	ch->legend = g_ptr_array_new_with_free_func(key_free);
	ch->rows = g_ptr_array_new_with_free_func(row_free);
	ch->xlabels = g_ptr_array_new_with_free_func(g_free);
	ch->width = DEFAULT_WIDTH;
	number(&r, node, "width", 72, 2000, false, &ch->width);

	if (ch->id == NULL || !text_is_identifier(ch->id))
		bad(&r, node, "id", "missing, or not an identifier (it names the chart's file)");
	if (kind == NULL || (strcmp(kind, "bars") != 0 && strcmp(kind, "stacked") != 0 &&
	    strcmp(kind, "trend") != 0)) {
		bad(&r, node, "kind", "must be bars, stacked or trend");
		g_free(kind);
		chart_free(ch);
		return NULL;
	}
	ch->kind = strcmp(kind, "bars") == 0 ? CHART_BARS :
	    strcmp(kind, "stacked") == 0 ? CHART_STACKED : CHART_TREND;
	g_free(kind);
	row_name = ch->kind == CHART_TREND ? "panel" : "bar";

	for (const xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is(c, "legend"))
			read_legend(&r, ch, c);
		else if (is(c, row_name))
			g_ptr_array_add(ch->rows, read_row(&r, ch, c));
		else if (ch->kind == CHART_TREND && is(c, "x")) {
			char *label = content(c);
			g_ptr_array_add(ch->xlabels, label != NULL ? label : g_strdup(""));
		} else
			unexpected(&r, c, "chart");
	}
	if (r.errors > 0) {
		chart_free(ch);
		return NULL;
	}
	return ch;
}

void
chart_free(struct chart *ch)
{
	if (ch == NULL)
		return;
	g_free(ch->id);
	g_free(ch->title);
	g_free(ch->subtitle);
	g_free(ch->note);
	g_ptr_array_free(ch->legend, TRUE);
	g_ptr_array_free(ch->rows, TRUE);
	g_ptr_array_free(ch->xlabels, TRUE);
	g_free(ch);
}

struct chart *
chart_slice(const struct chart *ch, guint from, guint to, bool continued)
{
	struct chart *s = g_new0(struct chart, 1);

	s->kind = ch->kind;
	s->id = g_strdup(ch->id);
	s->title = ch->title == NULL ? NULL : continued ?
	    g_strconcat(ch->title, "（续）", NULL) : g_strdup(ch->title);
	s->subtitle = continued ? NULL : g_strdup(ch->subtitle);
	s->note = to >= ch->rows->len ? g_strdup(ch->note) : NULL;
	s->width = ch->width;
	s->axis_max = ch->axis_max;
	if (ch->kind == CHART_STACKED && s->axis_max <= 0) {
		/* One axis for all the pieces, so their bars compare. */
		for (guint i = 0; i < ch->rows->len; i++) {
			const struct chart_row *row = g_ptr_array_index(ch->rows, i);
			double sum = 0;
			for (guint k = 0; k < row->segs->len; k++)
				sum += g_array_index(row->segs, struct chart_seg, k).value;
			s->axis_max = MAX(s->axis_max, sum);
		}
	}
	/* Borrowed pointers: no free functions. */
	s->legend = g_ptr_array_new();
	for (guint i = 0; i < ch->legend->len; i++)
		g_ptr_array_add(s->legend, g_ptr_array_index(ch->legend, i));
	s->rows = g_ptr_array_new();
	for (guint i = from; i < to && i < ch->rows->len; i++)
		g_ptr_array_add(s->rows, g_ptr_array_index(ch->rows, i));
	s->xlabels = g_ptr_array_new();
	for (guint i = 0; i < ch->xlabels->len; i++)
		g_ptr_array_add(s->xlabels, g_ptr_array_index(ch->xlabels, i));
	return s;
}
