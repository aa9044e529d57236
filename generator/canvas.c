/*
 * canvas.c: the conveniences every back end shares.
 */
#include "canvas.h"

void
canvas_rect(struct canvas *c, double x, double y, double w, double h,
    const struct rgb *fill, const struct pen *stroke)
{
	if (w > 0 && h > 0)
		c->ops->rect(c->self, x, y, w, h, fill, stroke);
}

void
canvas_line(struct canvas *c, double x1, double y1, double x2, double y2,
    const struct pen *pen)
{
	double xy[4] = {x1, y1, x2, y2};

	c->ops->polyline(c->self, xy, 2, pen);
}

void
canvas_text(struct canvas *c, double x, double y, PangoLayout *layout,
    const struct rgb *color)
{
	c->ops->text(c->self, x, y, layout, color);
}

void
canvas_group(struct canvas *c, const char *name)
{
	if (c->ops->group != NULL)
		c->ops->group(c->self, name);
}

void
canvas_end_group(struct canvas *c)
{
	if (c->ops->end_group != NULL)
		c->ops->end_group(c->self);
}

void
canvas_hatch(struct canvas *c, double x, double y, double w, double h,
    double spacing, const struct pen *pen)
{
	/* Lines x' - y' = k (rising to the right in y-down coordinates, i.e.
	 * from bottom left to top right), clipped to the rectangle. */
	if (w <= 0 || h <= 0 || spacing <= 0)
		return;
	for (double k = -h + spacing / 2; k < w; k += spacing) {
		/* Points on the line: (u, v) with u - (h - v) = k, u in 0..w,
		 * v in 0..h, i.e. u = k + h - v. */
		double v0 = h, u0 = k;          /* bottom edge */
		double v1 = 0, u1 = k + h;      /* top edge */
		if (u0 < 0) {
			u0 = 0;
			v0 = h + k;
		}
		if (u1 > w) {
			u1 = w;
			v1 = k + h - w;
		}
		if (u0 > w || u1 < 0)
			continue;
		canvas_line(c, x + u0, y + v0, x + u1, y + v1, pen);
	}
}
