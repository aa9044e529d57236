/*
 * canvas.h: the small drawing interface that charts are drawn through.
 *
 * Like mandoc's struct termp, a canvas is a table of operations and the
 * back end's own state.  Back ends: cairo (SVG and PNG files,
 * canvas_cairo.c), a text trace of every operation (canvas_trace.c, what
 * tests read), and libharu (the charts inside the bulletin PDF).  Units
 * are points (1/72 inch), the origin is the top left corner, y grows
 * downwards.  Text arrives already laid out by pango (fonts.h), so every
 * back end puts the same glyphs at the same places.
 */
#ifndef DUBAO_CANVAS_H
#define DUBAO_CANVAS_H

#include <stdbool.h>

#include <pango/pango.h>

struct rgb {
	double r, g, b;     /* 0..1 */
};

struct pen {
	struct rgb color;
	double width;       /* points */
	double dash;        /* 0 for a solid line, else dash and gap length */
};

struct canvas_ops {
	/* A filled rectangle, optionally outlined (stroke may be NULL). */
	void (*rect)(void *self, double x, double y, double w, double h,
	    const struct rgb *fill, const struct pen *stroke);
	/* Connected straight segments through n points (xy: x0 y0 x1 y1 …). */
	void (*polyline)(void *self, const double *xy, int n, const struct pen *pen);
	/* A closed filled shape (markers, arrow heads); stroke may be NULL. */
	void (*polygon)(void *self, const double *xy, int n, const struct rgb *fill,
	    const struct pen *stroke);
	/* A pango layout with its top left corner at (x, y). */
	void (*text)(void *self, double x, double y, PangoLayout *layout,
	    const struct rgb *color);
	/* Starts and ends a named group (an SVG group, a trace section);
	 * back ends may ignore it. */
	void (*group)(void *self, const char *name);
	void (*end_group)(void *self);
};

struct canvas {
	const struct canvas_ops *ops;
	void *self;
	PangoContext *pango;    /* borrowed: what layouts are made with */
};

/* Conveniences over the operations. */
void canvas_rect(struct canvas *c, double x, double y, double w, double h,
    const struct rgb *fill, const struct pen *stroke);
void canvas_line(struct canvas *c, double x1, double y1, double x2, double y2,
    const struct pen *pen);
void canvas_text(struct canvas *c, double x, double y, PangoLayout *layout,
    const struct rgb *color);
void canvas_group(struct canvas *c, const char *name);
void canvas_end_group(struct canvas *c);

/* Diagonal hatching inside a rectangle, computed here (no clipping
 * needed from the back end): lines at 45° every `spacing` points. */
void canvas_hatch(struct canvas *c, double x, double y, double w, double h,
    double spacing, const struct pen *pen);

#endif
