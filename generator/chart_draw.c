/*
 * chart_draw.c: the geometry of the three chart kinds.
 *
 * One function per kind lays the chart out from the top down and draws
 * it on the way; with no canvas it only measures (the SVG surface needs
 * its height before the first stroke).  Colours go by lightness steps
 * too, and red is hatched, so that a grey-scale print still tells the
 * lights apart; every bar also carries its value as text.
 */
#include "chart.h"

#include <math.h>
#include <string.h>

#define PAD 8.0             /* around the chart */
#define TITLE_PT 13.0
#define SUBTITLE_PT 9.5
#define LABEL_PT 9.0
#define SMALL_PT 7.5
#define BAR_THICK 11.0
#define ROW_GAP 7.0

/* How a style is painted. */
struct look {
	struct rgb fill;
	bool hatch;             /* white diagonal lines over the fill */
	struct rgb ink;         /* text drawn on the fill */
};

static const struct look looks[STYLE__COUNT] = {
	[STYLE_DONE] = {{0.169, 0.353, 0.549}, false, {1, 1, 1}},
	[STYLE_GREEN] = {{0.400, 0.690, 0.455}, false, {0.10, 0.10, 0.10}},
	[STYLE_YELLOW] = {{0.957, 0.773, 0.322}, false, {0.10, 0.10, 0.10}},
	[STYLE_RED] = {{0.769, 0.196, 0.145}, true, {1, 1, 1}},
	[STYLE_GREY] = {{0.850, 0.850, 0.850}, false, {0.25, 0.25, 0.25}},
	[STYLE_MARKER] = {{0.05, 0.05, 0.05}, false, {1, 1, 1}},
	[STYLE_LINE] = {{0.169, 0.353, 0.549}, false, {1, 1, 1}},
	[STYLE_EXPECTED] = {{0.45, 0.45, 0.45}, false, {1, 1, 1}},
};

struct rgb
chart_style_color(enum chart_style st)
{
	return looks[st < STYLE__COUNT ? st : STYLE_GREY].fill;
}

static const struct rgb black = {0.10, 0.10, 0.10};
static const struct rgb muted = {0.38, 0.38, 0.38};
static const struct rgb white = {1, 1, 1};
static const struct pen grid = {{0.84, 0.84, 0.84}, 0.5, 0};
static const struct pen axis = {{0.45, 0.45, 0.45}, 0.75, 0};
static const struct pen hatch = {{1, 1, 1}, 1.2, 0};
static const struct pen unknown_outline = {{0.55, 0.55, 0.55}, 0.6, 2.0};
static const struct pen marker_pen = {{0.05, 0.05, 0.05}, 1.5, 0};
static const struct pen line_pen = {{0.169, 0.353, 0.549}, 1.6, 0};
static const struct pen expected_pen = {{0.45, 0.45, 0.45}, 1.0, 2.5};

struct drawing {
	const struct chart *ch;
	struct fonts *fonts;
	PangoContext *pango;
	struct canvas *c;       /* NULL while measuring */
	struct diags *d;
	double x, y;            /* the chart's top left corner */
	double w;               /* its width */
};

/* Layouts already made on a pango context, by what they were made of:
 * a chart is measured, then drawn (twice in a PDF: once to learn its
 * characters), and each pass asks for the same texts. */
static const char cache_key[] = "dubao-chart-layouts";

void
chart_forget(PangoContext *pango)
{
	/* The layouts hold the context: the cycle is broken here. */
	g_object_set_data(G_OBJECT(pango), cache_key, NULL);
}

static GHashTable *
layout_cache(PangoContext *pango)
{
	const char *key = cache_key;
	GHashTable *cache = g_object_get_data(G_OBJECT(pango), key);

	if (cache == NULL) {
		cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_object_unref);
		g_object_set_data_full(G_OBJECT(pango), key, cache,
		    (GDestroyNotify)g_hash_table_destroy);
	}
	return cache;
}

/* A layout of text in a role and size; width > 0 wraps (and at most
 * lines lines, ellipsized), width <= 0 keeps one line.  The caller owns
 * a reference. */
static PangoLayout *
text(struct drawing *dr, const char *s, enum font_role role, double pt,
    double width, int lines, PangoAlignment align)
{
	GHashTable *cache = layout_cache(dr->pango);
	char *key = g_strdup_printf("%d %.3f %.3f %d %d|%s", (int)role, pt, width, lines,
	    (int)align, s != NULL ? s : "");
	PangoLayout *l = g_hash_table_lookup(cache, key);

	if (l != NULL) {
		g_free(key);
		if (dr->c != NULL && dr->d != NULL)
			fonts_report_missing(l, dr->d, s);
		return g_object_ref(l);
	}
	l = pango_layout_new(dr->pango);
	g_hash_table_insert(cache, key, g_object_ref(l));
	PangoFontDescription *fd = fonts_describe(dr->fonts, role, pt);

	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(l, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
		pango_layout_set_alignment(l, align);
		if (lines > 0) {
			pango_layout_set_height(l, -lines);
			pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		}
	}
	pango_layout_set_text(l, s != NULL ? s : "", -1);
	if (dr->c != NULL && dr->d != NULL)
		fonts_report_missing(l, dr->d, s);
	return l;
}

static double
lw(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return r.width / (double)PANGO_SCALE;
}

static double
lh(PangoLayout *l)
{
	PangoRectangle r;

	pango_layout_get_extents(l, NULL, &r);
	return r.height / (double)PANGO_SCALE;
}

/* Draws l at (x, y) relative to the chart, then frees it. */
static void
put(struct drawing *dr, PangoLayout *l, double x, double y, const struct rgb *color)
{
	if (dr->c != NULL)
		canvas_text(dr->c, dr->x + x, dr->y + y, l, color);
	g_object_unref(l);
}

static void
rect(struct drawing *dr, double x, double y, double w, double h,
    const struct rgb *fill, const struct pen *stroke)
{
	if (dr->c != NULL)
		canvas_rect(dr->c, dr->x + x, dr->y + y, w, h, fill, stroke);
}

static void
line(struct drawing *dr, double x1, double y1, double x2, double y2, const struct pen *p)
{
	if (dr->c != NULL)
		canvas_line(dr->c, dr->x + x1, dr->y + y1, dr->x + x2, dr->y + y2, p);
}

/* A filled area in a style: fill, and hatching for styles that have it. */
static void
fill_style(struct drawing *dr, enum chart_style st, double x, double y, double w, double h)
{
	const struct look *lk = &looks[st];

	if (w <= 0 || h <= 0 || dr->c == NULL)
		return;
	canvas_rect(dr->c, dr->x + x, dr->y + y, w, h, &lk->fill, NULL);
	if (lk->hatch)
		canvas_hatch(dr->c, dr->x + x, dr->y + y, w, h, 4.0, &hatch);
}

/* The expected-progress mark: a bar across the row and a small
 * triangle pointing down at it. */
static void
marker(struct drawing *dr, double mx, double top, double bottom)
{
	double tri[6];

	if (dr->c == NULL)
		return;
	line(dr, mx, top - 2.5, mx, bottom + 2.5, &marker_pen);
	tri[0] = dr->x + mx - 3.2;
	tri[1] = dr->y + top - 7.5;
	tri[2] = dr->x + mx + 3.2;
	tri[3] = dr->y + top - 7.5;
	tri[4] = dr->x + mx;
	tri[5] = dr->y + top - 2.5;
	dr->c->ops->polygon(dr->c->self, tri, 3, &looks[STYLE_MARKER].fill, NULL);
}

/* The legend's symbol for a key. */
static void
swatch(struct drawing *dr, enum chart_style st, double x, double y, double size)
{
	switch (st) {
	case STYLE_MARKER:
		marker(dr, x + size / 2, y + 4.5, y + size - 1);
		break;
	case STYLE_LINE:
		line(dr, x, y + size / 2, x + size * 1.6, y + size / 2, &line_pen);
		break;
	case STYLE_EXPECTED:
		line(dr, x, y + size / 2, x + size * 1.6, y + size / 2, &expected_pen);
		break;
	default:
		fill_style(dr, st, x, y, size, size);
		if (st == STYLE_GREY)
			rect(dr, x, y, size, size, NULL, &unknown_outline);
		break;
	}
}

static double
swatch_width(enum chart_style st, double size)
{
	return st == STYLE_LINE || st == STYLE_EXPECTED ? size * 1.6 : size;
}

/* Title, subtitle and legend; returns the y below them. */
static double
head(struct drawing *dr, double y)
{
	const struct chart *ch = dr->ch;
	double inner = dr->w - 2 * PAD;

	if (ch->title != NULL) {
		PangoLayout *l = text(dr, ch->title, ROLE_HEADING, TITLE_PT, inner, 0,
		    PANGO_ALIGN_CENTER);
		double h = lh(l);
		put(dr, l, PAD, y, &black);
		y += h + 2;
	}
	if (ch->subtitle != NULL) {
		PangoLayout *l = text(dr, ch->subtitle, ROLE_NUMBER, SUBTITLE_PT, inner, 0,
		    PANGO_ALIGN_CENTER);
		double h = lh(l);
		put(dr, l, PAD, y, &muted);
		y += h + 2;
	}
	if (ch->legend->len == 0)
		return y + 6;

	/* Keys flow left to right, lines centred. */
	y += 4;
	const double sw = 9.0, gap = 14.0;
	guint first = 0;
	while (first < ch->legend->len) {
		double width = 0, height = 0;
		guint last = first;
		for (; last < ch->legend->len; last++) {
			const struct chart_key *k = g_ptr_array_index(ch->legend, last);
			PangoLayout *l = text(dr, k->label, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
			double kw = swatch_width(k->style, sw) + 4 + lw(l);
			if (height < lh(l))
				height = lh(l);
			g_object_unref(l);
			if (last > first && width + gap + kw > inner)
				break;
			width += (last > first ? gap : 0) + kw;
		}
		double x = PAD + (inner - width) / 2;
		for (guint i = first; i < last; i++) {
			const struct chart_key *k = g_ptr_array_index(ch->legend, i);
			PangoLayout *l = text(dr, k->label, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
			double kw = lw(l);
			swatch(dr, k->style, x, y + (height - sw) / 2, sw);
			x += swatch_width(k->style, sw) + 4;
			put(dr, l, x, y, &black);
			x += kw + gap;
		}
		y += height + 3;
		first = last;
	}
	return y + 6;
}

/* The note under the chart; returns the y below it. */
static double
foot(struct drawing *dr, double y)
{
	if (dr->ch->note == NULL)
		return y;
	PangoLayout *l = text(dr, dr->ch->note, ROLE_NUMBER, SMALL_PT + 0.5,
	    dr->w - 2 * PAD, 0, PANGO_ALIGN_LEFT);
	double h = lh(l);
	put(dr, l, PAD, y + 2, &muted);
	return y + 2 + h;
}

/* The width of the label column: the longest label, within limits. */
static double
label_column(struct drawing *dr)
{
	double widest = 0;

	for (guint i = 0; i < dr->ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(dr->ch->rows, i);
		PangoLayout *l = text(dr, row->label, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
		if (widest < lw(l))
			widest = lw(l);
		g_object_unref(l);
	}
	/* Long names wrap to two lines in at most a third of the width. */
	return CLAMP(widest + 1, 48.0, dr->w * 0.34);
}

static PangoLayout *
row_label(struct drawing *dr, const struct chart_row *row, double width)
{
	return text(dr, row->label, ROLE_NUMBER, LABEL_PT, width, 2, PANGO_ALIGN_RIGHT);
}

/* Axis labels under a plot: label(v) at each tick. */
static double
axis_labels(struct drawing *dr, double x0, double scale, double max, double step,
    bool percent, double y)
{
	double h = 0;

	for (double v = 0; v <= max + 1e-9; v += step) {
		char buf[32];
		if (percent)
			g_snprintf(buf, sizeof buf, "%.0f%%", v * 100);
		else
			g_snprintf(buf, sizeof buf, "%.0f", v);
		PangoLayout *l = text(dr, buf, ROLE_NUMBER, SMALL_PT, -1, 0, 0);
		double w = lw(l);
		h = lh(l);
		put(dr, l, x0 + v * scale - w / 2, y + 2, &muted);
	}
	return y + 2 + h;
}

static double
draw_bars(struct drawing *dr)
{
	const struct chart *ch = dr->ch;
	double y = head(dr, PAD);
	double label_w = label_column(dr);
	double value_w = 0;

	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		PangoLayout *l = text(dr, row->text, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
		if (value_w < lw(l))
			value_w = lw(l);
		g_object_unref(l);
	}
	double x0 = PAD + label_w + 8, x1 = dr->w - PAD - value_w - 8;
	if (x1 - x0 < 60)
		x1 = x0 + 60;
	double bw = x1 - x0, top = y;

	/* Rows first (to know the height), grid lines behind them after:
	 * the canvas has no layers, so measure the rows' extent first. */
	double bottom = top;
	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		PangoLayout *l = row_label(dr, row, label_w);
		bottom += MAX(lh(l), BAR_THICK + 4) + ROW_GAP;
		g_object_unref(l);
	}
	for (int t = 0; t <= 10; t += 2)
		line(dr, x0 + bw * t / 10.0, top - 2, x0 + bw * t / 10.0, bottom,
		    t == 0 ? &axis : &grid);

	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		PangoLayout *l = row_label(dr, row, label_w);
		double h = MAX(lh(l), BAR_THICK + 4);
		double yc = y + h / 2, bt = yc - BAR_THICK / 2;
		put(dr, l, PAD, yc - lh(l) / 2, &black);
		if (dr->c != NULL)
			canvas_group(dr->c, row->label);

		double tx = x0 + 4;
		if (row->has_value) {
			/* A real 0 % shows as a sliver, unlike an unknown value. */
			double len = MAX(bw * row->value, 1.0);
			fill_style(dr, row->style, x0, bt, len, BAR_THICK);
			tx = x0 + len + 4;
		} else
			rect(dr, x0, bt, bw, BAR_THICK, NULL, &unknown_outline);
		if (row->has_marker)
			marker(dr, x0 + bw * row->marker, bt, bt + BAR_THICK);
		if (row->text != NULL) {
			PangoLayout *v = text(dr, row->text, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
			/* Keep the value clear of the marker: after it when the
			 * marker would cross the figures. */
			double mx = x0 + bw * row->marker;
			if (row->has_marker && row->has_value && mx > tx - 3 && mx < tx + lw(v) + 3)
				tx = mx + 5;
			put(dr, v, tx, yc - lh(v) / 2, row->has_value ? &black : &muted);
		}
		if (dr->c != NULL)
			canvas_end_group(dr->c);
		y += h + ROW_GAP;
	}
	y = axis_labels(dr, x0, bw, 1.0, 0.2, true, bottom);
	return foot(dr, y + 4) + PAD;
}

/* A step for count axes: 1, 2, 5, 10, 20, 50 … with at most 6 ticks. */
static double
count_step(double max)
{
	double step = 1;

	for (int i = 0; max / step > 6; i++)
		step *= i % 3 == 1 ? 2.5 : 2;
	return step;
}

static double
draw_stacked(struct drawing *dr)
{
	const struct chart *ch = dr->ch;
	double y = head(dr, PAD);
	double label_w = label_column(dr);
	double max = 1, total_w = 0;

	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		double sum = 0;
		for (guint k = 0; k < row->segs->len; k++)
			sum += g_array_index(row->segs, struct chart_seg, k).value;
		if (max < sum)
			max = sum;
		PangoLayout *l = text(dr, row->text, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
		if (total_w < lw(l))
			total_w = lw(l);
		g_object_unref(l);
	}
	if (ch->axis_max > max)
		max = ch->axis_max;
	double step = count_step(max);
	double axis_max = ceil(max / step) * step;
	double x0 = PAD + label_w + 8, x1 = dr->w - PAD - total_w - 8;
	if (x1 - x0 < 60)
		x1 = x0 + 60;
	double bw = x1 - x0, scale = bw / axis_max, top = y, bottom = top;

	for (guint i = 0; i < ch->rows->len; i++) {
		PangoLayout *l = row_label(dr, g_ptr_array_index(ch->rows, i), label_w);
		bottom += MAX(lh(l), BAR_THICK + 4) + ROW_GAP;
		g_object_unref(l);
	}
	for (double v = 0; v <= axis_max + 1e-9; v += step)
		line(dr, x0 + v * scale, top - 2, x0 + v * scale, bottom, v == 0 ? &axis : &grid);

	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		PangoLayout *l = row_label(dr, row, label_w);
		double h = MAX(lh(l), BAR_THICK + 4);
		double yc = y + h / 2, bt = yc - BAR_THICK / 2, x = x0;
		put(dr, l, PAD, yc - lh(l) / 2, &black);
		if (dr->c != NULL)
			canvas_group(dr->c, row->label);
		for (guint k = 0; k < row->segs->len; k++) {
			const struct chart_seg *s = &g_array_index(row->segs, struct chart_seg, k);
			double len = s->value * scale;
			if (s->value <= 0)
				continue;
			fill_style(dr, s->style, x, bt, len, BAR_THICK);
			/* The count inside its segment when it fits. */
			char buf[32];
			g_snprintf(buf, sizeof buf, "%.0f", s->value);
			PangoLayout *n = text(dr, buf, ROLE_NUMBER, SMALL_PT, -1, 0, 0);
			if (lw(n) + 2 <= len) {
				double tx = x + (len - lw(n)) / 2, ty = yc - lh(n) / 2;
				/* Hatching would cut through the figure: give it
				 * a plain patch of the fill. */
				if (looks[s->style].hatch)
					rect(dr, tx - 3, bt + 1.5, lw(n) + 6, BAR_THICK - 3,
					    &looks[s->style].fill, NULL);
				put(dr, n, tx, ty, &looks[s->style].ink);
			} else
				g_object_unref(n);
			x += len;
		}
		if (row->text != NULL) {
			PangoLayout *t = text(dr, row->text, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
			put(dr, t, x + 4, yc - lh(t) / 2, &black);
		}
		if (dr->c != NULL)
			canvas_end_group(dr->c);
		y += h + ROW_GAP;
	}
	y = axis_labels(dr, x0, scale, axis_max, step, false, bottom);
	return foot(dr, y + 4) + PAD;
}

/* One trend panel at (px, py), pw wide; returns its height. */
static double
trend_panel(struct drawing *dr, const struct chart_row *row, double px, double py,
    double pw)
{
	const struct chart *ch = dr->ch;
	double plot_h = row->emphasis ? 84 : 52;
	PangoLayout *l = text(dr, row->label, row->emphasis ? ROLE_HEADING : ROLE_NUMBER,
	    LABEL_PT, pw, 2, PANGO_ALIGN_LEFT);
	double y = py + lh(l) + 3;
	guint n = row->points->len;

	put(dr, l, px, py, &black);
	if (dr->c != NULL)
		canvas_group(dr->c, row->label);

	/* The y axis: 0, 50 and 100 %. */
	PangoLayout *probe = text(dr, "100%", ROLE_NUMBER, SMALL_PT - 0.5, -1, 0, 0);
	double yl = lw(probe) + 3;
	g_object_unref(probe);
	double last_w = 0;
	for (guint i = 0; i < n; i++) {
		const struct chart_point *p = &g_array_index(row->points, struct chart_point, i);
		if (p->text == NULL)
			continue;
		PangoLayout *t = text(dr, p->text, ROLE_NUMBER, SMALL_PT, -1, 0, 0);
		last_w = MAX(last_w, lw(t));
		g_object_unref(t);
	}
	double x0 = px + yl + 4, x1 = px + pw - last_w - 6;
	if (x1 - x0 < 30)
		x1 = x0 + 30;
	for (int k = 0; k <= 2; k++) {
		double gy = y + plot_h * (1 - k / 2.0);
		char buf[8];
		line(dr, x0, gy, x1, gy, k == 0 ? &axis : &grid);
		g_snprintf(buf, sizeof buf, "%d%%", k * 50);
		PangoLayout *t = text(dr, buf, ROLE_NUMBER, SMALL_PT - 0.5, -1, 0, 0);
		put(dr, t, x0 - 3 - lw(t), gy - lh(t) / 2, &muted);
	}

	/* Point i at x_i; y of a fraction v. */
	double inset = 6, span = x1 - x0 - 2 * inset;
#define PX(i) (n > 1 ? x0 + inset + span * (i) / (n - 1.0) : (x0 + x1) / 2)
#define PY(v) (y + plot_h * (1 - (v)))
	/* Lines, broken where a value is unknown. */
	for (int pass = 0; pass < 2; pass++) {
		const struct pen *pen = pass == 0 ? &expected_pen : &line_pen;
		GArray *xy = g_array_new(FALSE, FALSE, sizeof(double));
		for (guint i = 0; i <= n; i++) {
			const struct chart_point *p = i < n ?
			    &g_array_index(row->points, struct chart_point, i) : NULL;
			bool has = p != NULL && (pass == 0 ? p->has_expected : p->has_value);
			if (has) {
				double v = pass == 0 ? p->expected : p->value;
				double a = dr->x + PX(i), b = dr->y + PY(v);
				g_array_append_val(xy, a);
				g_array_append_val(xy, b);
			} else {
				if (xy->len >= 4 && dr->c != NULL)
					dr->c->ops->polyline(dr->c->self, (double *)xy->data,
					    (int)xy->len / 2, pen);
				g_array_set_size(xy, 0);
			}
		}
		g_array_free(xy, TRUE);
	}
	/* A panel with nothing known says so. */
	bool any = false;
	for (guint i = 0; i < n; i++)
		any = any || g_array_index(row->points, struct chart_point, i).has_value;
	if (!any && row->text != NULL) {
		PangoLayout *t = text(dr, row->text, ROLE_NUMBER, LABEL_PT, -1, 0, 0);
		put(dr, t, (x0 + x1 - lw(t)) / 2, y + plot_h * 0.25 - lh(t) / 2, &muted);
	}
	/* Dots, and the value of each point that has a label. */
	for (guint i = 0; i < n; i++) {
		const struct chart_point *p = &g_array_index(row->points, struct chart_point, i);
		if (!p->has_value)
			continue;
		double cx = PX(i), cy = PY(p->value), r = 2.2;
		double dot[8] = {dr->x + cx - r, dr->y + cy, dr->x + cx, dr->y + cy - r,
		    dr->x + cx + r, dr->y + cy, dr->x + cx, dr->y + cy + r};
		if (dr->c != NULL)
			dr->c->ops->polygon(dr->c->self, dot, 4, &looks[STYLE_LINE].fill, NULL);
		if (p->text != NULL) {
			PangoLayout *t = text(dr, p->text, ROLE_NUMBER, SMALL_PT, -1, 0, 0);
			double tx = i + 1 == n ? cx + 4 : cx - lw(t) / 2;
			double ty = i + 1 == n ? cy - lh(t) / 2 : cy - lh(t) - 2;
			put(dr, t, tx, CLAMP(ty, y - 2, y + plot_h - lh(t)), &black);
		}
	}

	/* Dates under the plot: every k-th, counted back from the latest
	 * (always shown), k the fewest steps the widest date needs; a date
	 * that would still touch its right neighbour (the first one, kept
	 * clear of the axis) is left out. */
	double ly = y + plot_h + 1, label_h = 0;
	guint nx = MIN(n, ch->xlabels->len);
	double room = nx > 1 ? span / (nx - 1) : span;
	PangoLayout **dates = g_new0(PangoLayout *, nx + 1);
	double widest = 0;
	for (guint i = 0; i < nx; i++) {
		dates[i] = text(dr, g_ptr_array_index(ch->xlabels, i), ROLE_NUMBER,
		    SMALL_PT - 0.5, -1, 0, 0);
		widest = MAX(widest, lw(dates[i]));
		label_h = lh(dates[i]);
	}
	guint step = room > 0 ? MAX(1, (guint)ceil((widest + 4) / room - 1e-9)) : 1;
	double left_of_next = x1 + 1e9;
	for (guint k = nx; k-- > 0;) {
		PangoLayout *t = dates[k];
		double tx = CLAMP(PX(k) - lw(t) / 2, x0, x1 - lw(t));
		if ((nx - 1 - k) % step == 0 && tx + lw(t) + 2 <= left_of_next) {
			put(dr, t, tx, ly + 1, &muted);
			left_of_next = tx;
		} else
			g_object_unref(t);
	}
	g_free(dates);
#undef PX
#undef PY
	if (dr->c != NULL)
		canvas_end_group(dr->c);
	return (ly + 1 + label_h) - py;
}

static double
draw_trend(struct drawing *dr)
{
	const struct chart *ch = dr->ch;
	double y = head(dr, PAD);
	double inner = dr->w - 2 * PAD, gap = 14;
	int cols = inner >= 400 ? 3 : inner >= 260 ? 2 : 1;
	double pw = (inner - (cols - 1) * gap) / cols;
	int col = 0;
	double row_h = 0;

	for (guint i = 0; i < ch->rows->len; i++) {
		const struct chart_row *row = g_ptr_array_index(ch->rows, i);
		if (row->emphasis) {
			/* The whole plan: a panel across the full width. */
			if (col > 0) {
				y += row_h + 10;
				col = 0;
				row_h = 0;
			}
			y += trend_panel(dr, row, PAD, y, inner) + 12;
			continue;
		}
		double h = trend_panel(dr, row, PAD + col * (pw + gap), y, pw);
		row_h = MAX(row_h, h);
		if (++col == cols) {
			y += row_h + 10;
			col = 0;
			row_h = 0;
		}
	}
	if (col > 0)
		y += row_h + 10;
	return foot(dr, y) + PAD;
}

static double
draw_kind(struct drawing *dr)
{
	switch (dr->ch->kind) {
	case CHART_BARS:
		return draw_bars(dr);
	case CHART_STACKED:
		return draw_stacked(dr);
	case CHART_TREND:
		break;
	}
	return draw_trend(dr);
}

double
chart_draw(const struct chart *ch, struct fonts *f, PangoContext *pango,
    struct canvas *c, double x, double y, struct diags *d)
{
	struct drawing dr = {ch, f, pango, NULL, d, x, y, ch->width};
	double height = draw_kind(&dr);

	if (c == NULL)
		return height;
	return chart_draw_sized(ch, f, pango, c, x, y, height, d);
}

double
chart_draw_sized(const struct chart *ch, struct fonts *f, PangoContext *pango,
    struct canvas *c, double x, double y, double height, struct diags *d)
{
	struct drawing dr = {ch, f, pango, c, d, x, y, ch->width};

	canvas_group(c, ch->id);
	/* A white ground, so that a chart never shows through. */
	canvas_rect(c, x, y, ch->width, height, &white, NULL);
	draw_kind(&dr);
	canvas_end_group(c);
	return height;
}
