/*
 * typeset_text.c: laying out rich text with pango, plus what pango's
 * line breaking (UAX #14) lacks of Chinese typesetting.
 *
 * pango already keeps closing marks (，。、；：？！）」》) off the start of
 * a line and opening ones off its end.  W3C's clreq also asks that the
 * two-em dash —— and the ellipsis …… never be split, that —— not start a
 * line, and that a middle dot (as in 阿·买买提) stay with both its
 * neighbours: those are added here as places pango may not break.
 */
#include <math.h>
#include <string.h>

#include "typeset.h"

static bool
is_dash(gunichar c)
{
	return c == 0x2014 || c == 0x2015 || c == 0x2E3A;
}

static bool
is_dot(gunichar c)
{
	return c == 0x00B7 || c == 0x30FB || c == 0x2027 || c == 0xFF65;
}

/* No break inside [start, end). */
static void
glue(PangoAttrList *attrs, int start, int end)
{
	PangoAttribute *a = pango_attr_allow_breaks_new(FALSE);

	a->start_index = (guint)start;
	a->end_index = (guint)end;
	pango_attr_list_insert(attrs, a);
}

static void
clreq_attrs(const char *text, PangoAttrList *attrs)
{
	const char *prev = NULL;

	for (const char *p = text; *p != '\0'; prev = p, p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		const char *next = g_utf8_next_char(p);
		if (is_dash(c) && prev != NULL)
			/* With the character before: —— neither starts a line nor
			 * is split (the run of dashes is glued by the next step). */
			glue(attrs, (int)(prev - text), (int)(next - text));
		if (is_dot(c)) {
			const char *after = *next != '\0' ? g_utf8_next_char(next) : next;
			glue(attrs, (int)((prev != NULL ? prev : p) - text), (int)(after - text));
		}
		if (c == 0x2026 && prev != NULL)
			glue(attrs, (int)(prev - text), (int)(next - text));
	}
}

double
typeset_grid_spacing(double size)
{
	/* 28 characters fill the line exactly; a hair less, so rounding
	 * never pushes the 28th to the next line. */
	return AREA_W / LINE_CHARS - size - 0.001;
}

/* What a layout is made of, as a key. */
static char *
layout_key(const struct rich *r, enum font_role role, double size, double width,
    enum align align, double indent, double spacing)
{
	GString *k = g_string_new(NULL);

	g_string_printf(k, "%d %.3f %.3f %d %.3f %.4f", (int)role, size, width, (int)align,
	    indent, spacing);
	for (guint i = 0; r->bold != NULL && i < r->bold->len; i++)
		g_string_append_printf(k, " %d", g_array_index(r->bold, int, i));
	g_string_append_c(k, '|');
	g_string_append(k, r->text != NULL ? r->text : "");
	return g_string_free(k, FALSE);
}

PangoLayout *
typeset_layout(struct flow *fl, const struct rich *r, enum font_role role, double size,
    double width, enum align align, double indent, double spacing)
{
	char *key = layout_key(r, role, size, width, align, indent, spacing);
	PangoLayout *l = g_hash_table_lookup(fl->ts->cache, key);

	if (l != NULL) {
		g_free(key);
		return l;
	}
	l = pango_layout_new(fl->pango);
	g_hash_table_insert(fl->ts->cache, key, l);
	PangoFontDescription *fd = fonts_describe(fl->fonts, role, size);
	PangoAttrList *attrs = pango_attr_list_new();
	const char *text = r->text != NULL ? r->text : "";

	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_indent(l, (int)(indent * PANGO_SCALE));
	pango_layout_set_justify(l, align == ALIGN_JUSTIFY);
	pango_layout_set_alignment(l, align == ALIGN_CENTER ? PANGO_ALIGN_CENTER :
	    align == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	if (spacing != 0)
		pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(
		    (int)lround(spacing * PANGO_SCALE)));
	/* libharu draws characters, not glyphs: no ligatures to undo. */
	pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0"));
	for (guint i = 0; r->bold != NULL && i + 1 < r->bold->len; i += 2) {
		PangoAttribute *a = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
		a->start_index = (guint)g_array_index(r->bold, int, i);
		a->end_index = (guint)g_array_index(r->bold, int, i + 1);
		pango_attr_list_insert(attrs, a);
	}
	clreq_attrs(text, attrs);
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
	pango_layout_set_text(l, text, -1);
	if (fl->d != NULL)
		fonts_report_missing(l, fl->d, text);
	g_ptr_array_add(fl->ts->layouts, l);
	return l;
}

double
typeset_baseline_in(PangoLayoutLine *line, double box)
{
	PangoRectangle logical;

	pango_layout_line_get_extents(line, NULL, &logical);
	double height = logical.height / (double)PANGO_SCALE;
	double ascent = -logical.y / (double)PANGO_SCALE;
	return (box - height) / 2 + ascent;
}
