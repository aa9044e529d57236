/*
 * canvas_trace.c: the trace back end.  One line per operation:
 *
 *   size W H
 *   group NAME / end
 *   rect X Y W H fill=#rrggbb stroke=#rrggbb/WIDTH
 *   line X1 Y1 X2 Y2 … stroke=#rrggbb/WIDTH[/dash]
 *   polygon X1 Y1 … fill=… stroke=…
 *   text X Y W H color=#rrggbb "the text"
 *
 * Coordinates in points with two decimals; W H of text is the layout's
 * logical extent.
 */
#include "canvas_trace.h"

struct canvas_trace {
	struct canvas canvas;
	GString *out;
	int depth;
};

static void
hex(GString *s, const char *name, const struct rgb *c)
{
	g_string_append_printf(s, " %s=#%02x%02x%02x", name, (int)(c->r * 255 + 0.5),
	    (int)(c->g * 255 + 0.5), (int)(c->b * 255 + 0.5));
}

static void
pen(GString *s, const struct pen *p)
{
	if (p == NULL)
		return;
	hex(s, "stroke", &p->color);
	g_string_append_printf(s, "/%.2f", p->width);
	if (p->dash > 0)
		g_string_append_printf(s, "/%.2f", p->dash);
}

static void
indent(struct canvas_trace *t)
{
	for (int i = 0; i < t->depth; i++)
		g_string_append(t->out, "  ");
}

static void
tr_rect(void *self, double x, double y, double w, double h,
    const struct rgb *fill, const struct pen *stroke)
{
	struct canvas_trace *t = self;

	indent(t);
	g_string_append_printf(t->out, "rect %.2f %.2f %.2f %.2f", x, y, w, h);
	if (fill != NULL)
		hex(t->out, "fill", fill);
	pen(t->out, stroke);
	g_string_append_c(t->out, '\n');
}

static void
points(GString *s, const double *xy, int n)
{
	for (int i = 0; i < n; i++)
		g_string_append_printf(s, " %.2f %.2f", xy[2 * i], xy[2 * i + 1]);
}

static void
tr_polyline(void *self, const double *xy, int n, const struct pen *p)
{
	struct canvas_trace *t = self;

	indent(t);
	g_string_append(t->out, "line");
	points(t->out, xy, n);
	pen(t->out, p);
	g_string_append_c(t->out, '\n');
}

static void
tr_polygon(void *self, const double *xy, int n, const struct rgb *fill,
    const struct pen *stroke)
{
	struct canvas_trace *t = self;

	indent(t);
	g_string_append(t->out, "polygon");
	points(t->out, xy, n);
	if (fill != NULL)
		hex(t->out, "fill", fill);
	pen(t->out, stroke);
	g_string_append_c(t->out, '\n');
}

/* The text in double quotes on one line: \" \\ \n escaped, UTF-8 kept
 * as it is so that a test can look for 城市安居项目. */
static char *
escape(const char *s)
{
	GString *q = g_string_new(NULL);

	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			g_string_append_printf(q, "\\%c", *s);
		else if (*s == '\n')
			g_string_append(q, "\\n");
		else
			g_string_append_c(q, *s);
	}
	return g_string_free(q, FALSE);
}

static void
tr_text(void *self, double x, double y, PangoLayout *layout, const struct rgb *color)
{
	struct canvas_trace *t = self;
	PangoRectangle ink, logical;
	char *quoted;

	pango_layout_get_extents(layout, &ink, &logical);
	quoted = escape(pango_layout_get_text(layout));
	indent(t);
	g_string_append_printf(t->out, "text %.2f %.2f %.2f %.2f", x, y,
	    logical.width / (double)PANGO_SCALE, logical.height / (double)PANGO_SCALE);
	hex(t->out, "color", color);
	g_string_append_printf(t->out, " lines=%d \"%s\"\n",
	    pango_layout_get_line_count(layout), quoted);
	g_free(quoted);
}

static void
tr_group(void *self, const char *name)
{
	struct canvas_trace *t = self;

	indent(t);
	g_string_append_printf(t->out, "group %s\n", name);
	t->depth++;
}

static void
tr_end_group(void *self)
{
	struct canvas_trace *t = self;

	if (t->depth > 0)
		t->depth--;
	indent(t);
	g_string_append(t->out, "end\n");
}

static const struct canvas_ops trace_ops = {
	tr_rect, tr_polyline, tr_polygon, tr_text, tr_group, tr_end_group,
};

struct canvas_trace *
canvas_trace_new(double width, double height, PangoContext *pango)
{
	struct canvas_trace *t = g_new0(struct canvas_trace, 1);

	t->out = g_string_new(NULL);
	g_string_append_printf(t->out, "size %.2f %.2f\n", width, height);
	t->canvas.ops = &trace_ops;
	t->canvas.self = t;
	t->canvas.pango = pango;
	return t;
}

struct canvas *
canvas_trace_canvas(struct canvas_trace *t)
{
	return &t->canvas;
}

const char *
canvas_trace_text(struct canvas_trace *t)
{
	return t->out->str;
}

void
canvas_trace_free(struct canvas_trace *t)
{
	if (t == NULL)
		return;
	g_string_free(t->out, TRUE);
	g_free(t);
}
