/*
 * chart.h: a chart as data, read from a <chart> element of the layout
 * vocabulary (doc/layout.md), and drawn through a canvas.
 *
 * The template decides which charts a report has and what they say (all
 * wording comes from it); the C side draws whatever it is given:
 *   bars     one horizontal bar per row, 0..100 %, a value label, an
 *            optional marker (the expected progress, 序时进度);
 *   stacked  one bar of counts per row, split by style (lights);
 *   trend    one small panel per row, a line across dates.
 */
#ifndef DUBAO_CHART_H
#define DUBAO_CHART_H

#include <stdbool.h>

#include <glib.h>
#include <libxml/tree.h>

#include "canvas.h"
#include "fonts.h"
#include "msg.h"

enum chart_kind {
	CHART_BARS,
	CHART_STACKED,
	CHART_TREND,
};

/* Fills of bars and segments; "marker" and the line styles are keys of
 * legends only. */
enum chart_style {
	STYLE_DONE,
	STYLE_GREEN,
	STYLE_YELLOW,
	STYLE_RED,
	STYLE_GREY,
	STYLE_MARKER,       /* the expected-progress mark */
	STYLE_LINE,         /* a trend's completion line */
	STYLE_EXPECTED,     /* a trend's expected line (dashed) */
	STYLE__COUNT
};

struct chart_key {
	enum chart_style style;
	char *label;
};

struct chart_seg {
	enum chart_style style;
	double value;           /* a count, >= 0 */
};

struct chart_point {
	bool has_value, has_expected;
	double value, expected; /* fractions 0..1 */
	char *text;             /* label of the point, or NULL */
};

struct chart_row {
	char *label;
	enum chart_style style;
	bool has_value, has_marker;
	double value, marker;   /* bars: fractions 0..1 */
	char *text;             /* bars: the value label; stacked: the total;
	                           trend: what a panel with no value says */
	bool emphasis;          /* trend: the panel of the whole plan */
	GArray *segs;           /* stacked: of struct chart_seg */
	GArray *points;         /* trend: of struct chart_point */
};

struct chart {
	enum chart_kind kind;
	char *id;
	char *title, *subtitle, *note;  /* note: a line under the chart */
	double width;                   /* points */
	double axis_max;                /* stacked: the axis's end, 0 to fit
	                                   the rows (pieces of a split chart
	                                   share their whole's) */
	GPtrArray *legend;              /* of struct chart_key * */
	GPtrArray *rows;                /* of struct chart_row * */
	GPtrArray *xlabels;             /* trend: of char *, one per point */
};

/* Reads a <chart> element.  Problems are recorded in d at the element's
 * line, naming the chart; returns NULL if the chart cannot be drawn.
 * Caller frees with chart_free. */
struct chart *chart_read(const xmlNode *node, struct diags *d);
void chart_free(struct chart *ch);

/* Drops the layouts chart drawing keeps on a pango context (they are
 * reused between measuring and drawing); call before unreffing it. */
void chart_forget(PangoContext *pango);

/* The fill colour of a style (tables mark lights with it). */
struct rgb chart_style_color(enum chart_style st);

/* A chart of the rows [from, to) of ch, with its title marked as a
 * continuation if continued; its rows, legend and labels are borrowed
 * from ch, which must outlive it.  Caller frees with chart_free. */
struct chart *chart_slice(const struct chart *ch, guint from, guint to, bool continued);

/* Draws ch with its top left corner at (x, y) on c, or only measures it
 * when c is NULL; returns its height in points.  Characters that no font
 * has are reported to d as warnings. */
double chart_draw(const struct chart *ch, struct fonts *f, PangoContext *pango,
    struct canvas *c, double x, double y, struct diags *d);

/* The same, when its height (as chart_draw measured it) is known: one
 * pass instead of two. */
double chart_draw_sized(const struct chart *ch, struct fonts *f, PangoContext *pango,
    struct canvas *c, double x, double y, double height, struct diags *d);

#endif
