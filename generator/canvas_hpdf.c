/*
 * canvas_hpdf.c: canvas operations as PDF path operators through libharu.
 */
#include "canvas_hpdf.h"

#include <math.h>

#include "pdf_text.h"

/* To a hundredth of a point, as pdf_write.c does. */
#define X(c, v) ((HPDF_REAL)(round(((c)->x + (v)) * 100.0) / 100.0))
#define Y(c, v) ((HPDF_REAL)(round(((c)->y - (v)) * 100.0) / 100.0))

void
canvas_hpdf_set_pen(HPDF_Page page, const struct pen *pen)
{
	HPDF_Page_SetRGBStroke(page, (HPDF_REAL)pen->color.r, (HPDF_REAL)pen->color.g,
	    (HPDF_REAL)pen->color.b);
	HPDF_Page_SetLineWidth(page, (HPDF_REAL)pen->width);
	if (pen->dash > 0) {
		/* libharu 2.3 takes whole points for dashes. */
		HPDF_UINT16 d[1] = {(HPDF_UINT16)MAX(1, lround(pen->dash))};
		HPDF_Page_SetDash(page, d, 1, 0);
	} else
		HPDF_Page_SetDash(page, NULL, 0, 0);
}

/* A shape filled, stroked or both: the colours before its path, the
 * painting operator after it. */
static void
paint_start(HPDF_Page page, const struct rgb *fill, const struct pen *stroke)
{
	if (fill != NULL)
		HPDF_Page_SetRGBFill(page, (HPDF_REAL)fill->r, (HPDF_REAL)fill->g,
		    (HPDF_REAL)fill->b);
	if (stroke != NULL)
		canvas_hpdf_set_pen(page, stroke);
}

static void
paint_end(HPDF_Page page, const struct rgb *fill, const struct pen *stroke)
{
	if (fill != NULL && stroke != NULL)
		HPDF_Page_FillStroke(page);
	else if (fill != NULL)
		HPDF_Page_Fill(page);
	else
		HPDF_Page_Stroke(page);
}

static void
hp_rect(void *self, double x, double y, double w, double h, const struct rgb *fill,
    const struct pen *stroke)
{
	struct canvas_hpdf *c = self;

	if (c->page == NULL)
		return;
	paint_start(c->page, fill, stroke);
	HPDF_Page_Rectangle(c->page, X(c, x), Y(c, y + h), X(c, x + w) - X(c, x),
	    Y(c, y) - Y(c, y + h));
	paint_end(c->page, fill, stroke);
}

static void
hp_polyline(void *self, const double *xy, int n, const struct pen *pen)
{
	struct canvas_hpdf *c = self;

	if (c->page == NULL || n < 2)
		return;
	canvas_hpdf_set_pen(c->page, pen);
	HPDF_Page_SetLineJoin(c->page, HPDF_ROUND_JOIN);
	HPDF_Page_MoveTo(c->page, X(c, xy[0]), Y(c, xy[1]));
	for (int i = 1; i < n; i++)
		HPDF_Page_LineTo(c->page, X(c, xy[2 * i]), Y(c, xy[2 * i + 1]));
	HPDF_Page_Stroke(c->page);
	HPDF_Page_SetLineJoin(c->page, HPDF_MITER_JOIN);
}

static void
hp_polygon(void *self, const double *xy, int n, const struct rgb *fill,
    const struct pen *stroke)
{
	struct canvas_hpdf *c = self;

	if (c->page == NULL || n < 3)
		return;
	paint_start(c->page, fill, stroke);
	HPDF_Page_MoveTo(c->page, X(c, xy[0]), Y(c, xy[1]));
	for (int i = 1; i < n; i++)
		HPDF_Page_LineTo(c->page, X(c, xy[2 * i]), Y(c, xy[2 * i + 1]));
	HPDF_Page_ClosePath(c->page);
	paint_end(c->page, fill, stroke);
}

static void
hp_text(void *self, double x, double y, PangoLayout *layout, const struct rgb *color)
{
	struct canvas_hpdf *c = self;

	pdf_draw_layout(c->fonts, c->page, layout, X(c, x), Y(c, y), color, false);
}

static const struct canvas_ops hpdf_ops = {
	hp_rect, hp_polyline, hp_polygon, hp_text, NULL, NULL,
};

struct canvas *
canvas_hpdf_init(struct canvas_hpdf *c, struct pdf_fonts *pf, HPDF_Page page,
    double x, double y, PangoContext *pango)
{
	c->canvas.ops = &hpdf_ops;
	c->canvas.self = c;
	c->canvas.pango = pango;
	c->fonts = pf;
	c->page = page;
	c->x = x;
	c->y = y;
	return &c->canvas;
}
