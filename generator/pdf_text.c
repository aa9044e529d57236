/*
 * pdf_text.c: pango's glyphs onto a libharu page.
 *
 * libharu draws text, not glyphs: each glyph is written as the
 * characters of its cluster in the face's subset (pdf_fonts.c), which
 * maps them back to the same glyph.  Runs of glyphs whose positions
 * follow from the font's advances plus one constant spacing (pango's
 * letter spacing, or justification) become one text operator with that
 * character spacing; any other step starts a new one.  That keeps the
 * content small while every glyph lands where pango put it.
 */
#include "pdf_text.h"

#include <math.h>
#include <string.h>

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <pango/pangofc-font.h>

#define TOLERANCE 0.02  /* points a glyph may be off before a new segment */

struct segment {
	GString *text;
	double x, y;            /* where it starts */
	double spacing;         /* character spacing, once known */
	bool spacing_known;     /* from the second cluster on */
	double natural;         /* sum of the font's advances so far */
	int count;              /* characters in it */
	double last_advance;    /* pango's advance of the last cluster */
	int last_count;         /* and its characters */
	double last_natural;
};

struct drawing {
	struct pdf_fonts *pf;
	HPDF_Page page;
	PangoFont *pango_font;
	HPDF_Font font;
	double size;
	bool in_text;
	double char_space;      /* the page's current Tc */
	struct segment seg;
};

static void
begin_text(struct drawing *dr)
{
	if (!dr->in_text) {
		HPDF_Page_BeginText(dr->page);
		HPDF_Page_SetFontAndSize(dr->page, dr->font, (HPDF_REAL)dr->size);
		dr->in_text = true;
	}
}

static void
end_text(struct drawing *dr)
{
	if (dr->in_text) {
		HPDF_Page_EndText(dr->page);
		dr->in_text = false;
	}
}

static void
flush(struct drawing *dr)
{
	struct segment *s = &dr->seg;

	if (s->text->len == 0)
		return;
	/* A segment of one cluster has no spacing of its own: take it from
	 * the cluster's advance, which matters only to what follows it. */
	if (!s->spacing_known)
		s->spacing = s->last_count > 0 ?
		    (s->last_advance - s->last_natural) / s->last_count : 0;
	begin_text(dr);
	/* Spacing to a thousandth of a point (28 characters drift by less
	 * than 0.02 pt), positions to a hundredth: shorter content. */
	double spacing = round(s->spacing * 1000.0) / 1000.0;
	if (fabs(spacing - dr->char_space) > 1e-6) {
		HPDF_Page_SetCharSpace(dr->page, (HPDF_REAL)spacing);
		dr->char_space = spacing;
	}
	HPDF_Page_TextOut(dr->page, (HPDF_REAL)(round(s->x * 100.0) / 100.0),
	    (HPDF_REAL)(round(s->y * 100.0) / 100.0), s->text->str);
	g_string_truncate(s->text, 0);
	s->count = 0;
	s->natural = 0;
	s->spacing_known = false;
}

/* The font's own advance of codes (UTF-8, the face's codes), in
 * points, as the PDF viewer will apply it (libharu's widths, in 1/1000
 * em). */
static double
natural_width(struct drawing *dr, const char *codes, int *ncodes)
{
	double w = 0;

	*ncodes = 0;
	for (const char *p = codes; *p != '\0'; p = g_utf8_next_char(p)) {
		w += HPDF_Font_GetUnicodeWidth(dr->font, (HPDF_UNICODE)g_utf8_get_char(p));
		(*ncodes)++;
	}
	return w * dr->size / 1000.0;
}

/* Appends a cluster to the segment, or starts a new segment, so that
 * the cluster is drawn at (x, y) with pango's advance to the next. */
static void
add_cluster(struct drawing *dr, const char *text, int len, double x, double y,
    double advance)
{
	struct segment *s = &dr->seg;
	char codes[64];
	GString *enc = g_string_new(NULL);
	int n;

	pdf_fonts_encode(dr->pf, dr->pango_font, text, len, enc, NULL);
	g_strlcpy(codes, enc->str, sizeof codes);
	g_string_free(enc, TRUE);
	if (codes[0] == '\0')
		return;
	double natural = natural_width(dr, codes, &n);

	if (s->count > 0 && fabs(s->y - y) > 1e-3)
		flush(dr);
	if (s->count > 0 && !s->spacing_known) {
		/* The second cluster fixes the spacing: the step from the
		 * first one, whatever pango put in its offsets. */
		double spacing = (x - s->x - s->natural) / s->count;
		if (fabs(spacing) < dr->size) {
			s->spacing = spacing;
			s->spacing_known = true;
		} else
			flush(dr);
	} else if (s->count > 0) {
		/* Where the segment would put this cluster. */
		double predicted = s->x + s->natural + s->count * s->spacing;
		if (fabs(predicted - x) > TOLERANCE)
			flush(dr);
	}
	if (s->count == 0) {
		s->x = x;
		s->y = y;
	}
	g_string_append(s->text, codes);
	s->natural += natural;
	s->count += n;
	s->last_advance = advance;
	s->last_count = n;
	s->last_natural = natural;
}

/* ---- outlines, for characters libharu cannot encode ---- */

struct outline {
	HPDF_Page page;
	double x, y, scale;
};

static void
move_to(hb_draw_funcs_t *f, void *data, hb_draw_state_t *st, float x, float y, void *u)
{
	struct outline *o = data;

	(void)f; (void)st; (void)u;
	HPDF_Page_MoveTo(o->page, (HPDF_REAL)(o->x + x * o->scale), (HPDF_REAL)(o->y + y * o->scale));
}

static void
line_to(hb_draw_funcs_t *f, void *data, hb_draw_state_t *st, float x, float y, void *u)
{
	struct outline *o = data;

	(void)f; (void)st; (void)u;
	HPDF_Page_LineTo(o->page, (HPDF_REAL)(o->x + x * o->scale), (HPDF_REAL)(o->y + y * o->scale));
}

static void
quad_to(hb_draw_funcs_t *f, void *data, hb_draw_state_t *st, float cx, float cy,
    float x, float y, void *u)
{
	struct outline *o = data;
	/* A quadratic Bézier as the cubic PDF knows. */
	double x0 = st->current_x, y0 = st->current_y;
	double c1x = x0 + 2.0 / 3 * (cx - x0), c1y = y0 + 2.0 / 3 * (cy - y0);
	double c2x = x + 2.0 / 3 * (cx - x), c2y = y + 2.0 / 3 * (cy - y);

	(void)f; (void)u;
	HPDF_Page_CurveTo(o->page, (HPDF_REAL)(o->x + c1x * o->scale),
	    (HPDF_REAL)(o->y + c1y * o->scale), (HPDF_REAL)(o->x + c2x * o->scale),
	    (HPDF_REAL)(o->y + c2y * o->scale), (HPDF_REAL)(o->x + x * o->scale),
	    (HPDF_REAL)(o->y + y * o->scale));
}

static void
cubic_to(hb_draw_funcs_t *f, void *data, hb_draw_state_t *st, float c1x, float c1y,
    float c2x, float c2y, float x, float y, void *u)
{
	struct outline *o = data;

	(void)f; (void)st; (void)u;
	HPDF_Page_CurveTo(o->page, (HPDF_REAL)(o->x + c1x * o->scale),
	    (HPDF_REAL)(o->y + c1y * o->scale), (HPDF_REAL)(o->x + c2x * o->scale),
	    (HPDF_REAL)(o->y + c2y * o->scale), (HPDF_REAL)(o->x + x * o->scale),
	    (HPDF_REAL)(o->y + y * o->scale));
}

static void
close_path(hb_draw_funcs_t *f, void *data, hb_draw_state_t *st, void *u)
{
	struct outline *o = data;

	(void)f; (void)st; (void)u;
	HPDF_Page_ClosePath(o->page);
}

static hb_draw_funcs_t *
draw_funcs(void)
{
	static hb_draw_funcs_t *funcs;

	if (g_once_init_enter(&funcs)) {
		hb_draw_funcs_t *f = hb_draw_funcs_create();
		hb_draw_funcs_set_move_to_func(f, move_to, NULL, NULL);
		hb_draw_funcs_set_line_to_func(f, line_to, NULL, NULL);
		hb_draw_funcs_set_quadratic_to_func(f, quad_to, NULL, NULL);
		hb_draw_funcs_set_cubic_to_func(f, cubic_to, NULL, NULL);
		hb_draw_funcs_set_close_path_func(f, close_path, NULL, NULL);
		hb_draw_funcs_make_immutable(f);
		g_once_init_leave(&funcs, f);
	}
	return funcs;
}

/* A glyph libharu cannot reach (beyond the BMP), filled as a path from
 * its outline in the font pango chose. */
static void
draw_outline(struct drawing *dr, PangoFont *font, PangoGlyph glyph, double x, double y,
    bool bold)
{
	int upem;
	hb_font_t *hb = pdf_fonts_outline_font(dr->pf, font, &upem);
	struct outline o = {dr->page, x, y, dr->size / upem};

	flush(dr);
	end_text(dr);
	hb_font_get_glyph_shape(hb, glyph, draw_funcs(), &o);
	if (bold)
		HPDF_Page_FillStroke(dr->page);
	else
		HPDF_Page_Fill(dr->page);
}

/* A character no face has: an empty box where pango left room, so the
 * gap is seen (the missing character was reported when laid out). */
static void
draw_missing(struct drawing *dr, double x, double y, double advance)
{
	flush(dr);
	end_text(dr);
	HPDF_Page_SetLineWidth(dr->page, 0.5);
	HPDF_Page_Rectangle(dr->page, (HPDF_REAL)(x + advance * 0.1), (HPDF_REAL)(y - dr->size * 0.1),
	    (HPDF_REAL)(advance * 0.8), (HPDF_REAL)(dr->size * 0.8));
	HPDF_Page_Stroke(dr->page);
}

/* The character to write for glyph i of a run, whose cluster is text
 * [0, len): normally the cluster's one character; when pango drew one
 * glyph for several characters, or several for one cluster (an
 * ellipsis, "…" or "...", standing for the text it hides; a ligature),
 * the character among the cluster's, "…" and "." that the glyph is.
 * 0 when there is none: the glyph is then drawn as an outline. */
static gunichar
glyph_char(PangoFont *font, PangoGlyphString *gs, int i, const char *text, int len)
{
	int glyphs = 1;

	for (int k = i - 1; k >= 0 && gs->log_clusters[k] == gs->log_clusters[i]; k--)
		glyphs++;
	for (int k = i + 1; k < gs->num_glyphs && gs->log_clusters[k] == gs->log_clusters[i]; k++)
		glyphs++;
	if (glyphs == 1 && g_utf8_strlen(text, len) <= 1)
		return g_utf8_get_char(text);

	hb_font_t *hb = pango_font_get_hb_font(font);
	hb_codepoint_t g;
	for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (hb_font_get_nominal_glyph(hb, c, &g) && g == gs->glyphs[i].glyph)
			return c;
	}
	if (hb_font_get_nominal_glyph(hb, 0x2026, &g) && g == gs->glyphs[i].glyph)
		return 0x2026;
	if (hb_font_get_nominal_glyph(hb, '.', &g) && g == gs->glyphs[i].glyph)
		return '.';
	return 0;
}

/* The end of glyph i's cluster in the run's text. */
static int
cluster_end(const PangoGlyphItem *run, int i)
{
	const PangoGlyphString *gs = run->glyphs;

	for (int k = i + 1; k < gs->num_glyphs; k++)
		if (gs->log_clusters[k] != gs->log_clusters[i])
			return gs->log_clusters[k];
	return run->item->length;
}

/* Fill and stroke colour of text, written only when they change (a
 * page of text would otherwise say "0 0 0 rg" before every line). */
static void
set_colour(HPDF_Page page, const struct rgb *c)
{
	HPDF_RGBColor fill = HPDF_Page_GetRGBFill(page), stroke = HPDF_Page_GetRGBStroke(page);
	HPDF_REAL r = (HPDF_REAL)c->r, g = (HPDF_REAL)c->g, b = (HPDF_REAL)c->b;

	if (fill.r != r || fill.g != g || fill.b != b)
		HPDF_Page_SetRGBFill(page, r, g, b);
	if (stroke.r != r || stroke.g != g || stroke.b != b)
		HPDF_Page_SetRGBStroke(page, r, g, b);
}

/* CJK faces have no bold: pango asks fontconfig to embolden the regular
 * face, which only cairo would do; here it is drawn as fill and stroke. */
static bool
font_is_bold(PangoFont *font)
{
	PangoFontDescription *d = pango_font_describe(font);
	bool bold = pango_font_description_get_weight(d) >= PANGO_WEIGHT_SEMIBOLD;
	FcBool embolden = FcFalse;

	pango_font_description_free(d);
	FcPatternGetBool(pango_fc_font_get_pattern(PANGO_FC_FONT(font)), FC_EMBOLDEN, 0,
	    &embolden);
	return bold || embolden;
}

void
pdf_draw_line(struct pdf_fonts *pf, HPDF_Page page, PangoLayoutLine *line,
    double x, double y, const struct rgb *color, bool bold)
{
	const char *text = pango_layout_get_text(line->layout);
	struct drawing dr;

	memset(&dr, 0, sizeof dr);
	dr.pf = pf;
	dr.page = page;
	double run_x = x;

	if (page == NULL) {
		GString *chars = g_string_new(NULL);
		for (GSList *l = line->runs; l != NULL; l = l->next) {
			PangoGlyphItem *run = l->data;
			PangoGlyphString *gs = run->glyphs;
			const char *rt = text + run->item->offset;
			for (int i = 0; i < gs->num_glyphs; i++) {
				int start = gs->log_clusters[i];
				gunichar c;
				if (gs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG ||
				    gs->glyphs[i].glyph == PANGO_GLYPH_EMPTY)
					continue;
				c = glyph_char(run->item->analysis.font, gs, i, rt + start,
				    cluster_end(run, i) - start);
				if (c != 0)
					g_string_append_unichar(chars, c);
			}
			pdf_fonts_use(pf, run->item->analysis.font, chars->str, (int)chars->len);
			g_string_truncate(chars, 0);
		}
		g_string_free(chars, TRUE);
		return;
	}
	dr.seg.text = g_string_new(NULL);
	set_colour(page, color);
	bool stroking = false;
	for (GSList *l = line->runs; l != NULL; l = l->next) {
		PangoGlyphItem *run = l->data;
		PangoFont *font = run->item->analysis.font;
		PangoGlyphString *gs = run->glyphs;
		const char *rt = text + run->item->offset;
		double gx = run_x;

		flush(&dr);
		/* A face with nothing in the BMP (HanaMinB for 𠮷) has no
		 * libharu font: its glyphs can only be outlines. */
		dr.font = pdf_fonts_get(pf, font);
		dr.pango_font = font;
		dr.size = pdf_font_size(font);
		if (dr.in_text && dr.font != NULL)
			HPDF_Page_SetFontAndSize(page, dr.font, (HPDF_REAL)dr.size);
		else if (dr.font == NULL)
			end_text(&dr);
		/* Bold: asked for, or what pango chose for a bold span. */
		bool run_bold = bold || font_is_bold(font);
		if (run_bold != stroking) {
			flush(&dr);
			end_text(&dr);
			HPDF_Page_SetLineWidth(page, (HPDF_REAL)(dr.size * 0.03));
			HPDF_Page_SetTextRenderingMode(page, run_bold ? HPDF_FILL_THEN_STROKE : HPDF_FILL);
			stroking = run_bold;
		}
		for (int i = 0; i < gs->num_glyphs; i++) {
			PangoGlyphInfo *gi = &gs->glyphs[i];
			double adv = gi->geometry.width / (double)PANGO_SCALE;
			double px = gx + gi->geometry.x_offset / (double)PANGO_SCALE;
			double py = y - gi->geometry.y_offset / (double)PANGO_SCALE;
			int start = gs->log_clusters[i];
			gunichar c;

			gx += adv;
			if (gi->glyph == PANGO_GLYPH_EMPTY)
				continue;
			if (gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
				if (!g_unichar_iscntrl(g_utf8_get_char(rt + start)))
					draw_missing(&dr, px, py, adv);
				continue;
			}
			c = glyph_char(font, gs, i, rt + start, cluster_end(run, i) - start);
			if (c == 0 || c > 0xFFFF || dr.font == NULL)
				/* Beyond libharu's reach (the BMP), or a glyph that
				 * is no one character: its outline. */
				draw_outline(&dr, font, gi->glyph, px, py, run_bold);
			else if (c > 0x20) {
				char utf8[8];
				int n = g_unichar_to_utf8(c, utf8);
				add_cluster(&dr, utf8, n, px, py, adv);
			}
		}
		run_x += pango_glyph_string_get_width(gs) / (double)PANGO_SCALE;
	}
	flush(&dr);
	end_text(&dr);
	if (stroking)
		HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
	if (fabs(dr.char_space) > 1e-4)
		HPDF_Page_SetCharSpace(page, 0);
	g_string_free(dr.seg.text, TRUE);
}

void
pdf_draw_layout(struct pdf_fonts *pf, HPDF_Page page, PangoLayout *layout,
    double x, double top, const struct rgb *color, bool bold)
{
	PangoLayoutIter *it = pango_layout_get_iter(layout);

	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle logical;
		int baseline = pango_layout_iter_get_baseline(it);
		pango_layout_iter_get_line_extents(it, NULL, &logical);
		pdf_draw_line(pf, page, line, x + logical.x / (double)PANGO_SCALE,
		    top - baseline / (double)PANGO_SCALE, color, bold);
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}
