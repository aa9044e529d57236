/*
 * canvas_cairo.c: canvas operations on a cairo SVG or image surface.
 *
 * SVG is written through a stream callback into memory, so the caller
 * decides where the bytes go (atomically, see output.h).  cairo's SVG
 * carries glyphs as outlines: a chart looks the same in every viewer,
 * with or without the fonts.
 */
#include "canvas_cairo.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include <cairo-svg.h>
#include <cairo.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

struct canvas_cairo {
	struct canvas canvas;
	enum cairo_format format;
	cairo_surface_t *surface;
	cairo_t *cr;
	GByteArray *bytes;
	PangoContext *pango;
	int px_w, px_h;         /* PNG */
};

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int length)
{
	g_byte_array_append(closure, data, length);
	return CAIRO_STATUS_SUCCESS;
}

static void
set_pen(cairo_t *cr, const struct pen *pen)
{
	cairo_set_source_rgb(cr, pen->color.r, pen->color.g, pen->color.b);
	cairo_set_line_width(cr, pen->width);
	if (pen->dash > 0) {
		double d[2] = {pen->dash, pen->dash};
		cairo_set_dash(cr, d, 2, 0);
	} else
		cairo_set_dash(cr, NULL, 0, 0);
}

static void
cc_rect(void *self, double x, double y, double w, double h,
    const struct rgb *fill, const struct pen *stroke)
{
	cairo_t *cr = ((struct canvas_cairo *)self)->cr;

	cairo_rectangle(cr, x, y, w, h);
	if (fill != NULL) {
		cairo_set_source_rgb(cr, fill->r, fill->g, fill->b);
		if (stroke != NULL)
			cairo_fill_preserve(cr);
		else
			cairo_fill(cr);
	}
	if (stroke != NULL) {
		set_pen(cr, stroke);
		cairo_stroke(cr);
	}
	cairo_new_path(cr);
}

static void
path(cairo_t *cr, const double *xy, int n)
{
	cairo_move_to(cr, xy[0], xy[1]);
	for (int i = 1; i < n; i++)
		cairo_line_to(cr, xy[2 * i], xy[2 * i + 1]);
}

static void
cc_polyline(void *self, const double *xy, int n, const struct pen *pen)
{
	cairo_t *cr = ((struct canvas_cairo *)self)->cr;

	if (n < 2)
		return;
	path(cr, xy, n);
	set_pen(cr, pen);
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
	cairo_stroke(cr);
}

static void
cc_polygon(void *self, const double *xy, int n, const struct rgb *fill,
    const struct pen *stroke)
{
	cairo_t *cr = ((struct canvas_cairo *)self)->cr;

	if (n < 3)
		return;
	path(cr, xy, n);
	cairo_close_path(cr);
	if (fill != NULL) {
		cairo_set_source_rgb(cr, fill->r, fill->g, fill->b);
		if (stroke != NULL)
			cairo_fill_preserve(cr);
		else
			cairo_fill(cr);
	}
	if (stroke != NULL) {
		set_pen(cr, stroke);
		cairo_stroke(cr);
	}
	cairo_new_path(cr);
}

static void
cc_text(void *self, double x, double y, PangoLayout *layout, const struct rgb *color)
{
	cairo_t *cr = ((struct canvas_cairo *)self)->cr;

	cairo_set_source_rgb(cr, color->r, color->g, color->b);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, layout);
	cairo_new_path(cr);
}

static const struct canvas_ops cairo_ops = {
	cc_rect, cc_polyline, cc_polygon, cc_text, NULL, NULL,
};

struct canvas_cairo *
canvas_cairo_new(enum cairo_format format, double width, double height,
    double scale, PangoContext *pango)
{
	struct canvas_cairo *cc = g_new0(struct canvas_cairo, 1);

	cc->format = format;
	cc->bytes = g_byte_array_new();
	cc->pango = pango;
	if (format == CAIRO_OUT_SVG) {
		cc->surface = cairo_svg_surface_create_for_stream(collect, cc->bytes,
		    width, height);
		cairo_svg_surface_restrict_to_version(cc->surface, CAIRO_SVG_VERSION_1_1);
		cairo_svg_surface_set_document_unit(cc->surface, CAIRO_SVG_UNIT_PT);
	} else {
		/* Clamped: cairo refuses a side over 32767 pixels anyway,
		 * and the int must not overflow. */
		cc->px_w = (int)fmin(width * scale + 0.5, INT_MAX / 2);
		cc->px_h = (int)fmin(height * scale + 0.5, INT_MAX / 2);
		cc->surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, cc->px_w, cc->px_h);
	}
	cc->cr = cairo_create(cc->surface);
	if (format == CAIRO_OUT_PNG) {
		/* An opaque white page, then points to pixels. */
		cairo_set_source_rgb(cc->cr, 1, 1, 1);
		cairo_paint(cc->cr);
		cairo_scale(cc->cr, scale, scale);
	}
	/* No pango_cairo_update_context here: layouts keep the options of
	 * fonts_context (no hinting), so SVG, PNG and PDF measure alike. */
	cc->canvas.ops = &cairo_ops;
	cc->canvas.self = cc;
	cc->canvas.pango = pango;
	return cc;
}

struct canvas *
canvas_cairo_canvas(struct canvas_cairo *cc)
{
	return &cc->canvas;
}

static cairo_status_t
collect_png(void *closure, const unsigned char *data, unsigned int length)
{
	return collect(closure, data, length);
}

/* cairo numbers surfaces with a counter for the whole process
 * ("surface260"), so an SVG would differ with what was drawn before it
 * in the same run.  Renumbering them in order of appearance makes a
 * chart's bytes depend on the chart alone.  (Done by hand: GRegex's JIT
 * reads past the end of its subject, which valgrind rightly reports.) */
static GBytes *
stable_svg(const GByteArray *svg)
{
	static const char word[] = "surface";
	GString *out = g_string_sized_new(svg->len);
	GHashTable *seen = g_hash_table_new(g_int64_hash, g_int64_equal);
	GArray *keys = g_array_new(FALSE, FALSE, sizeof(gint64));
	const char *p = (const char *)svg->data, *end = p + svg->len;

	g_array_set_size(keys, 0);
	while (p < end) {
		const char *hit = g_strstr_len(p, end - p, word);
		if (hit == NULL) {
			g_string_append_len(out, p, end - p);
			break;
		}
		const char *digits = hit + sizeof word - 1, *q = digits;
		while (q < end && g_ascii_isdigit(*q))
			q++;
		bool is_ref = (hit - p >= 4 && memcmp(hit - 4, "id=\"", 4) == 0) ||
		    (hit - p >= 1 && hit[-1] == '#');
		g_string_append_len(out, p, hit - p);
		if (!is_ref || q == digits || q - digits > 12) {
			g_string_append_len(out, hit, sizeof word - 1);
			p = digits;
			continue;
		}
		gint64 old = g_ascii_strtoll(digits, NULL, 10);
		gpointer n = g_hash_table_lookup(seen, &old);
		if (n == NULL) {
			g_array_append_val(keys, old);
			n = GUINT_TO_POINTER(g_hash_table_size(seen) + 1);
			g_hash_table_insert(seen, g_memdup2(&old, sizeof old), n);
		}
		g_string_append_printf(out, "%s%u", word, GPOINTER_TO_UINT(n));
		p = q;
	}
	GHashTableIter it;
	gpointer k;
	g_hash_table_iter_init(&it, seen);
	while (g_hash_table_iter_next(&it, &k, NULL))
		g_free(k);
	g_hash_table_destroy(seen);
	g_array_free(keys, TRUE);
	gsize len = out->len;
	return g_bytes_new_take(g_string_free(out, FALSE), len);
}

GBytes *
canvas_cairo_finish(struct canvas_cairo *cc, GError **err)
{
	cairo_status_t st;

	cairo_destroy(cc->cr);
	cc->cr = NULL;
	if (cc->format == CAIRO_OUT_PNG) {
		cairo_surface_flush(cc->surface);
		st = cairo_surface_write_to_png_stream(cc->surface, collect_png, cc->bytes);
	} else {
		cairo_surface_finish(cc->surface);
		st = cairo_surface_status(cc->surface);
	}
	if (st == CAIRO_STATUS_INVALID_SIZE && cc->format == CAIRO_OUT_PNG) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
		    _("the chart would be %d x %d pixels, more than a PNG may have "
		    "(32767 a side); the SVG has the whole chart"), cc->px_w, cc->px_h);
		return NULL;
	}
	if (st != CAIRO_STATUS_SUCCESS) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cairo: %s",
		    cairo_status_to_string(st));
		return NULL;
	}
	if (cc->format == CAIRO_OUT_SVG)
		return stable_svg(cc->bytes);
	return g_bytes_new(cc->bytes->data, cc->bytes->len);
}

void
canvas_cairo_free(struct canvas_cairo *cc)
{
	if (cc == NULL)
		return;
	if (cc->cr != NULL)
		cairo_destroy(cc->cr);
	cairo_surface_destroy(cc->surface);
	g_byte_array_free(cc->bytes, TRUE);
	g_free(cc);
}
