/*
 * typeset_table.c: tables.  Cells wrap their text within the column,
 * numbers can be set right-aligned, the header rows are repeated at the
 * top of every page the table runs on, and a row is never split between
 * pages unless it is taller than a page (then its lines are shared out).
 * A cell with a light gets the light's coloured mark before its word, so
 * that the status reads in grey-scale print too.
 */
#include <math.h>
#include <string.h>

#include "typeset.h"

#define PAD_X 4.0
#define PAD_Y 3.0
#define MARK_GAP 3.0

static const struct rgb black = {0, 0, 0};
static const struct rgb header_fill = {0.90, 0.90, 0.90};
static const struct rgb group_fill = {0.95, 0.95, 0.95};
static const struct pen border = {{0, 0, 0}, 0.5, 0};
static const struct pen outer = {{0, 0, 0}, 0.9, 0};

/* One line of a laid-out cell, relative to the cell's text box. */
struct cell_line {
	PangoLayoutLine *line;
	double x, top, baseline, bottom;
};

struct cell_box {
	GArray *lines;          /* of struct cell_line */
	double height;          /* of the text */
	int light;
	double mark;            /* size of the light's mark, 0 for none */
};

struct row_box {
	const struct table_row *row;
	struct cell_box *cells;
	guint ncells;
	double height;          /* with padding */
};

struct table_geom {
	const struct block *b;
	guint cols;
	double *x;              /* left edge of each column, and the right edge */
	double size;
};

static void
lay_cell(struct flow *fl, const struct table_geom *g, const struct table_row *row,
    const struct cell *cell, double width, struct cell_box *cb)
{
	enum font_role role = row->header || row->group ? ROLE_HEADING : ROLE_TABLE;
	double size = g->size;

	cb->light = cell->light;
	cb->mark = cell->light >= 0 ? size * 0.62 : 0;
	double tw = width - 2 * PAD_X - (cb->mark > 0 ? cb->mark + MARK_GAP : 0);
	PangoLayout *l = typeset_layout(fl, &cell->r, role, size, MAX(tw, size), cell->align,
	    0, 0);
	pango_layout_set_line_spacing(l, 1.25);

	cb->lines = g_array_new(FALSE, FALSE, sizeof(struct cell_line));
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		struct cell_line cl;
		PangoRectangle ext;
		int y0, y1;
		cl.line = pango_layout_iter_get_line_readonly(it);
		pango_layout_iter_get_line_extents(it, NULL, &ext);
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		cl.x = ext.x / (double)PANGO_SCALE + (cb->mark > 0 ? cb->mark + MARK_GAP : 0);
		cl.top = y0 / (double)PANGO_SCALE;
		cl.bottom = y1 / (double)PANGO_SCALE;
		cl.baseline = pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE;
		g_array_append_val(cb->lines, cl);
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	cb->height = cb->lines->len > 0 ?
	    g_array_index(cb->lines, struct cell_line, cb->lines->len - 1).bottom : 0;
}

static void
lay_row(struct flow *fl, const struct table_geom *g, const struct table_row *row,
    struct row_box *rb)
{
	rb->row = row;
	rb->ncells = row->cells->len;
	rb->cells = g_new0(struct cell_box, rb->ncells);
	rb->height = 0;
	for (guint c = 0; c < rb->ncells; c++) {
		double width = row->group ? g->x[g->cols] - g->x[0] : g->x[c + 1] - g->x[c];
		lay_cell(fl, g, row, g_ptr_array_index(row->cells, c), width, &rb->cells[c]);
		rb->height = MAX(rb->height, rb->cells[c].height);
	}
	rb->height += 2 * PAD_Y;
}

static void
free_row(struct row_box *rb)
{
	for (guint c = 0; c < rb->ncells; c++)
		g_array_free(rb->cells[c].lines, TRUE);
	g_free(rb->cells);
}

/* The lines of a row whose content lies in [from, to) of its text box,
 * drawn in a box of height h at the current y; borders and fills too. */
static void
draw_row_part(struct flow *fl, const struct table_geom *g, const struct row_box *rb,
    double from, double to, double h, bool first_part)
{
	double y = fl->y;
	guint cols = rb->row->group ? 1 : g->cols;

	if (rb->row->header)
		typeset_add_rect(fl, g->x[0], y, g->x[g->cols] - g->x[0], h, &header_fill);
	else if (rb->row->group)
		typeset_add_rect(fl, g->x[0], y, g->x[g->cols] - g->x[0], h, &group_fill);
	for (guint c = 0; c < rb->ncells && c < cols; c++) {
		const struct cell_box *cb = &rb->cells[c];
		double cx = g->x[c] + PAD_X;
		/* Single parts are centred in the row's height; parts of a
		 * split row start at the top. */
		double off = from == 0 && to >= rb->height ?
		    (h - 2 * PAD_Y - cb->height) / 2 : 0;
		for (guint i = 0; i < cb->lines->len; i++) {
			const struct cell_line *cl = &g_array_index(cb->lines, struct cell_line, i);
			if (cl->top < from - 1e-6 || cl->top >= to - 1e-6)
				continue;
			double base = y + PAD_Y + off + cl->baseline - from;
			typeset_add_text(fl, cl->line, cx + cl->x, base, &black);
			if (i == 0 && cb->mark > 0 && first_part) {
				struct rgb color = chart_style_color((enum chart_style)cb->light);
				double m = cb->mark;
				typeset_add_rect(fl, cx, base - m * 0.92, m, m, &color);
			}
		}
	}
	/* Borders: the row's top and bottom, the column lines. */
	typeset_add_rule(fl, g->x[0], y, g->x[g->cols] - g->x[0], 0, &border);
	typeset_add_rule(fl, g->x[0], y + h, g->x[g->cols] - g->x[0], 0, &border);
	for (guint c = 0; c <= g->cols; c++) {
		if (rb->row->group && c > 0 && c < g->cols)
			continue;
		typeset_add_rule(fl, g->x[c], y, 0, h, c == 0 || c == g->cols ? &outer : &border);
	}
	fl->y += h;
}

static void
draw_headers(struct flow *fl, const struct table_geom *g, GArray *headers)
{
	for (guint i = 0; i < headers->len; i++) {
		const struct row_box *rb = &g_array_index(headers, struct row_box, i);
		draw_row_part(fl, g, rb, 0, rb->height, rb->height, true);
	}
}

static double
headers_height(GArray *headers)
{
	double h = 0;

	for (guint i = 0; i < headers->len; i++)
		h += g_array_index(headers, struct row_box, i).height;
	return h;
}

/* The end (in the row's text coordinates) of the part that starts at
 * from and fits in room: the bottom of the last whole line. */
static double
part_end(const struct row_box *rb, double from, double room)
{
	double end = from;

	for (guint c = 0; c < rb->ncells; c++) {
		const struct cell_box *cb = &rb->cells[c];
		for (guint i = 0; i < cb->lines->len; i++) {
			const struct cell_line *cl = &g_array_index(cb->lines, struct cell_line, i);
			if (cl->top >= from - 1e-6 && cl->bottom - from <= room - 2 * PAD_Y + 1e-6)
				end = MAX(end, cl->bottom);
		}
	}
	if (end <= from) {
		/* Not even one line fits: take the next one anyway. */
		double next = 1e9;
		for (guint c = 0; c < rb->ncells; c++) {
			const struct cell_box *cb = &rb->cells[c];
			for (guint i = 0; i < cb->lines->len; i++) {
				const struct cell_line *cl = &g_array_index(cb->lines, struct cell_line, i);
				if (cl->top >= from - 1e-6)
					next = MIN(next, cl->bottom);
			}
		}
		end = next < 1e9 ? next : from + room;
	}
	return end;
}

static void
columns(struct table_geom *g)
{
	double total = 0, x = 0;

	for (guint c = 0; c < g->cols; c++)
		total += g_array_index(g->b->widths, double, c);
	g->x = g_new(double, g->cols + 1);
	for (guint c = 0; c < g->cols; c++) {
		g->x[c] = x;
		x += AREA_W * g_array_index(g->b->widths, double, c) / total;
	}
	g->x[g->cols] = AREA_W;
}

/* What of row must share a page with a group row above it: all of it,
 * as the row will not be split unless it is taller than a page with the
 * headers (hh high), in which case its first line. */
static double
first_part(struct flow *fl, const struct table_geom *g, const struct table_row *row,
    double hh)
{
	struct row_box rb;
	double h;

	lay_row(fl, g, row, &rb);
	h = rb.height + hh <= AREA_H ? rb.height : 2 * PAD_Y + g->size * 1.6;
	free_row(&rb);
	return h;
}

double
typeset_table_start(struct flow *fl, const struct block *b)
{
	struct table_geom g = {b, b->widths->len, NULL, b->size};
	double h = 0;

	if (g.cols == 0)
		return 0;
	columns(&g);
	/* The headers and the first row: the layouts are cached, so the
	 * table itself will not lay them out again. */
	for (guint i = 0; i < b->rows->len; i++) {
		const struct table_row *row = g_ptr_array_index(b->rows, i);
		struct row_box rb;
		lay_row(fl, &g, row, &rb);
		double hh = h;          /* the headers so far */
		h += rb.height;
		free_row(&rb);
		if (row->group && i + 1 < b->rows->len)
			h += first_part(fl, &g, g_ptr_array_index(b->rows, i + 1), hh);
		if (!row->header)
			break;
	}
	g_free(g.x);
	return h;
}

void
typeset_table(struct flow *fl, const struct block *b)
{
	struct table_geom g = {b, b->widths->len, NULL, b->size};
	GArray *headers = g_array_new(FALSE, FALSE, sizeof(struct row_box));

	if (g.cols == 0)
		return;
	columns(&g);

	/* The grid resumes after the table; the table starts on a row. */
	fl->y = ceil(fl->y / GRID - 1e-6) * GRID;
	guint i = 0;
	for (; i < b->rows->len; i++) {
		const struct table_row *row = g_ptr_array_index(b->rows, i);
		if (!row->header)
			break;
		struct row_box rb;
		lay_row(fl, &g, row, &rb);
		g_array_append_val(headers, rb);
	}
	double hh = headers_height(headers);
	bool need_headers = true;

	for (; i < b->rows->len; i++) {
		const struct table_row *row = g_ptr_array_index(b->rows, i);
		struct row_box rb;
		lay_row(fl, &g, row, &rb);
		/* A row (with the headers, if they come first) that does not
		 * fit goes to the next page; a group row takes the row after
		 * it along. */
		double want = rb.height + (need_headers ? hh : 0);
		if (row->group && i + 1 < b->rows->len)
			want += first_part(fl, &g, g_ptr_array_index(b->rows, i + 1), hh);
		if (want > typeset_room(fl) && fl->y > 0 && rb.height + hh <= AREA_H) {
			typeset_new_page(fl);
			need_headers = true;
		}
		if (need_headers) {
			draw_headers(fl, &g, headers);
			need_headers = false;
		}
		if (rb.height <= typeset_room(fl)) {
			draw_row_part(fl, &g, &rb, 0, rb.height, rb.height, true);
		} else {
			/* Taller than what is left of a page: in parts. */
			double from = 0, text_h = rb.height - 2 * PAD_Y;
			bool first = true;
			while (from < text_h - 1e-6) {
				if (typeset_room(fl) < 2 * PAD_Y + g.size * 1.6) {
					typeset_new_page(fl);
					draw_headers(fl, &g, headers);
				}
				double end = part_end(&rb, from, typeset_room(fl));
				draw_row_part(fl, &g, &rb, from, end, end - from + 2 * PAD_Y, first);
				first = false;
				from = end;
				if (from < text_h - 1e-6) {
					typeset_new_page(fl);
					draw_headers(fl, &g, headers);
				}
			}
		}
		free_row(&rb);
	}
	if (need_headers && headers->len > 0 && b->rows->len == headers->len)
		draw_headers(fl, &g, headers);
	for (guint k = 0; k < headers->len; k++)
		free_row(&g_array_index(headers, struct row_box, k));
	g_array_free(headers, TRUE);
	g_free(g.x);
	/* Half a row of air, then the grid. */
	fl->y = ceil((fl->y + GRID / 2) / GRID - 1e-6) * GRID;
	if (fl->y > AREA_H - 1e-6)
		typeset_new_page(fl);
}
