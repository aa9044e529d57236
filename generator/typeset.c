/*
 * typeset.c: the flow of blocks down the pages: the masthead, the title,
 * headings and paragraphs on the line grid, charts, the signature, and
 * the page numbers.  Tables are typeset_table.c's; the cover, contents
 * and chapters of a compiled document typeset_book.c's.
 *
 * Body text sits on a grid of 22 rows per page (GRID apart), one line a
 * row, centred in it, 28 characters to the line, as GB/T 9704 asks.
 * Tables and charts take the height they need and the grid resumes at
 * the next row after them.
 */
#include "typeset.h"

#include <math.h>
#include <string.h>

#include "input_limits.h"

static const struct rgb black = {0, 0, 0};
static const struct rgb red = {0.85, 0.0, 0.0};

/* ---- the result ---- */

static void
page_free(gpointer p)
{
	struct page *pg = p;

	g_array_free(pg->ops, TRUE);
	g_free(pg);
}

static void
bookmark_free(gpointer p)
{
	struct bookmark *b = p;

	g_free(b->title);
	g_free(b);
}

void
typeset_free(struct typeset *ts)
{
	if (ts == NULL)
		return;
	g_ptr_array_free(ts->pages, TRUE);
	g_ptr_array_free(ts->bookmarks, TRUE);
	g_hash_table_destroy(ts->cache);
	g_ptr_array_free(ts->layouts, TRUE);
	g_ptr_array_free(ts->charts, TRUE);
	g_free(ts);
}

/* ---- operations ---- */

static struct op *
add_op(struct flow *fl, enum op_kind kind, double x, double y)
{
	struct op op;

	memset(&op, 0, sizeof op);
	op.kind = kind;
	op.x = x;
	op.y = y;
	g_array_append_val(fl->page->ops, op);
	return &g_array_index(fl->page->ops, struct op, fl->page->ops->len - 1);
}

void
typeset_add_text(struct flow *fl, PangoLayoutLine *line, double x, double baseline,
    const struct rgb *color)
{
	struct op *op = add_op(fl, OP_TEXT, x, baseline);

	op->line = line;
	op->color = *color;
}

void
typeset_add_rect(struct flow *fl, double x, double y, double w, double h,
    const struct rgb *color)
{
	struct op *op = add_op(fl, OP_RECT, x, y);

	op->w = w;
	op->h = h;
	op->color = *color;
}

void
typeset_add_rule(struct flow *fl, double x, double y, double w, double h,
    const struct pen *pen)
{
	struct op *op = add_op(fl, OP_RULE, x, y);

	op->w = w;
	op->h = h;
	op->pen = *pen;
}

void
typeset_new_page(struct flow *fl)
{
	/* Past the limit the block being set goes on over one page (a
	 * table of 50,000 rows stays bounded in memory), and is the last. */
	if (fl->ts->pages->len >= LIMIT_PAGES) {
		if (!fl->too_long)
			diag(fl->d, 0, MSG_TOO_MANY_PAGES, LIMIT_PAGES);
		fl->too_long = true;
		g_array_set_size(fl->page->ops, 0);
		fl->y = 0;
		return;
	}
	fl->page = g_new0(struct page, 1);
	fl->page->ops = g_array_new(FALSE, FALSE, sizeof(struct op));
	g_ptr_array_add(fl->ts->pages, fl->page);
	fl->y = 0;
}

double
typeset_room(const struct flow *fl)
{
	return AREA_H - fl->y;
}

/* The next grid row at or below y. */
void
typeset_snap(struct flow *fl)
{
	double row = ceil(fl->y / GRID - 1e-6);

	fl->y = row * GRID;
	if (fl->y > AREA_H - 1e-6)
		typeset_new_page(fl);
}

int
typeset_rows_left(const struct flow *fl)
{
	return (int)floor((AREA_H - fl->y) / GRID + 1e-6);
}

/* ---- text on the grid ---- */

/* The lines of l, one grid row each, from the current row on, at x;
 * pages turn as needed.  A paragraph that breaks leaves at least two
 * lines on each page (no orphan, no widow) when it can.  tail rows must
 * follow its last line on the same page (the signature): if they would
 * not, its last two lines go to the next page with them, so that the
 * signature is never alone on a page (GB/T 9704, 7.3.5). */
static void
grid_lines(struct flow *fl, PangoLayout *l, double x, const struct rgb *color, int tail)
{
	int n = pango_layout_get_line_count(l);
	int first_page, turn = -1;

	typeset_snap(fl);
	first_page = typeset_rows_left(fl);
	if (n > first_page) {
		if (first_page < 2 && fl->y > 0)
			first_page = 0;             /* an orphan: start on a new page */
		else if (n - first_page == 1 && first_page >= 3)
			first_page--;               /* a widow: take one more along */
	}
	if (tail > 0 && tail + 2 <= GRID_LINES) {
		/* The rows left after the last line, on its page. */
		int last = n <= first_page ? n : (n - first_page - 1) % GRID_LINES + 1;
		int room = n <= first_page ? typeset_rows_left(fl) : GRID_LINES;
		if (room - last < tail) {
			if (n >= 4 || n > first_page)
				turn = n - 2;
			else if (fl->y > 0)
				first_page = 0;     /* too short to break: all of it */
		}
	}
	PangoLayoutIter *it = pango_layout_get_iter(l);
	for (int i = 0; i < n; i++, pango_layout_iter_next_line(it)) {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle ext;
		if (i == first_page || i == turn || typeset_rows_left(fl) < 1)
			typeset_new_page(fl);
		/* The line's x within the layout: indent and alignment. */
		pango_layout_iter_get_line_extents(it, NULL, &ext);
		typeset_add_text(fl, line, x + ext.x / (double)PANGO_SCALE,
		    fl->y + typeset_baseline_in(line, GRID), color);
		fl->y += GRID;
	}
	pango_layout_iter_free(it);
}

static PangoLayout *para_layout(struct flow *fl, const struct block *b);

/* tail: rows that must follow the paragraph on its last page. */
static void
para(struct flow *fl, const struct block *b, int tail)
{
	PangoLayout *l = para_layout(fl, b);

	if (b->size <= BODY_PT + 1e-6 && b->size >= BODY_PT - 1e-6) {
		grid_lines(fl, l, 0, &black, tail);
		return;
	}
	/* Other sizes (notes): their own leading, then back to the grid. */
	int n = pango_layout_get_line_count(l);
	double lead = b->size * 1.5;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	for (int i = 0; i < n; i++) {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle ext;
		pango_layout_iter_get_line_extents(it, NULL, &ext);
		if (typeset_room(fl) < lead)
			typeset_new_page(fl);
		typeset_add_text(fl, line, ext.x / (double)PANGO_SCALE,
		    fl->y + typeset_baseline_in(line, lead), &black);
		fl->y += lead;
		pango_layout_iter_next_line(it);
	}
	pango_layout_iter_free(it);
	typeset_snap(fl);
}

void
typeset_bookmark(struct flow *fl, int level, const char *title)
{
	struct bookmark *bm = g_new0(struct bookmark, 1);

	bm->level = level;
	bm->block = fl->block;
	bm->title = g_strdup(title);
	bm->page = (int)fl->ts->pages->len - 1;
	bm->y = fl->y;
	g_ptr_array_add(fl->ts->bookmarks, bm);
}

static PangoLayout *
heading_layout(struct flow *fl, const struct block *b)
{
	/* 一、 in Hei, （一） in Kai, 1. in the body face; all 3号. */
	enum font_role role = b->level == 1 ? ROLE_HEADING :
	    b->level == 2 ? ROLE_SUBHEADING : ROLE_BODY;
	double pitch = AREA_W / LINE_CHARS;

	return typeset_layout(fl, &b->text, role, BODY_PT, AREA_W, ALIGN_LEFT,
	    2 * pitch, typeset_grid_spacing(BODY_PT));
}

static PangoLayout *
para_layout(struct flow *fl, const struct block *b)
{
	double pitch = AREA_W / LINE_CHARS * b->size / BODY_PT;
	double spacing = b->size == BODY_PT ? typeset_grid_spacing(b->size) : 0;

	return typeset_layout(fl, &b->text, b->role, b->size, AREA_W, b->align,
	    b->indent * pitch, spacing);
}

/* How much of the blocks from i on must share the page with a heading
 * before them, in points: the first two lines of a paragraph (no
 * orphan), a table's header and first row, a chart (up to a page), or
 * another heading and what it keeps. */
static double
keep_with(struct flow *fl, const struct layout_doc *doc, guint i)
{
	if (i >= doc->blocks->len)
		return 0;
	const struct block *b = g_ptr_array_index(doc->blocks, i);
	switch (b->kind) {
	case BLOCK_HEADING:
		return pango_layout_get_line_count(heading_layout(fl, b)) * GRID +
		    keep_with(fl, doc, i + 1);
	case BLOCK_PARA: {
		int n = pango_layout_get_line_count(para_layout(fl, b));
		double lead = b->size == BODY_PT ? GRID : b->size * 1.5;
		return MIN(n, 2) * lead;
	}
	case BLOCK_TABLE:
		return typeset_table_start(fl, b) + GRID;   /* and the snap to the grid */
	case BLOCK_CHART:
		return MIN(chart_draw(b->chart, fl->fonts, fl->pango, NULL, 0, 0, NULL), AREA_H);
	case BLOCK_MASTHEAD:
	case BLOCK_TITLE:
	case BLOCK_PAGEBREAK:
	case BLOCK_SIGNATURE:
	case BLOCK_COVER:
	case BLOCK_TOC:
	case BLOCK_CHAPTER:
		break;
	}
	return 0;
}

static void
heading(struct flow *fl, const struct block *b, double keep)
{
	PangoLayout *l = heading_layout(fl, b);
	int n = pango_layout_get_line_count(l);

	typeset_snap(fl);
	/* Never alone at the foot of a page: with it goes the start of
	 * what it heads. */
	if (fl->y > 0 && n * GRID + keep > typeset_room(fl) + 1e-6)
		typeset_new_page(fl);
	if (b->outline && b->level <= 2)
		typeset_bookmark(fl, b->level + (fl->in_chapter ? 1 : 0), b->text.text);
	grid_lines(fl, l, 0, &black, 0);
}

PangoLayout *
typeset_balanced(struct flow *fl, const struct rich *text, enum font_role role, double size,
    double *width)
{
	/* A text of several lines is set in the narrowest width that keeps
	 * their number, so that they come out even ("排列对称，长短适宜")
	 * rather than a full line and a stub. */
	PangoLayout *l = typeset_layout(fl, text, role, size, AREA_W, ALIGN_CENTER, 0, 0);
	int n = pango_layout_get_line_count(l);

	*width = AREA_W;
	if (n > 1) {
		double lo = AREA_W / n, hi = AREA_W;
		for (int i = 0; i < 12; i++) {
			double mid = (lo + hi) / 2;
			PangoLayout *t = typeset_layout(fl, text, role, size, mid, ALIGN_CENTER, 0, 0);
			if (pango_layout_get_line_count(t) > n)
				lo = mid;
			else
				hi = mid;
		}
		*width = hi;
		l = typeset_layout(fl, text, role, size, hi, ALIGN_CENTER, 0, 0);
	}
	return l;
}

static void
title(struct flow *fl, const struct block *b)
{
	/* 2号 小标宋, centred and balanced; one row a line, then a blank
	 * row. */
	double width;
	PangoLayout *l = typeset_balanced(fl, &b->text, ROLE_TITLE, 22, &width);

	typeset_snap(fl);
	if (typeset_rows_left(fl) < pango_layout_get_line_count(l) + 2 && fl->y > 0)
		typeset_new_page(fl);
	grid_lines(fl, l, (AREA_W - width) / 2, &black, 0);
	fl->y += GRID;
}

PangoLayout *
typeset_one_line(struct flow *fl, const char *text, enum font_role role, double size,
    double spacing)
{
	struct rich r = {(char *)text, NULL};

	return typeset_layout(fl, &r, role, size, -1, ALIGN_LEFT, 0, spacing);
}

double
typeset_width_of(PangoLayout *l)
{
	PangoRectangle logical;

	pango_layout_get_extents(l, NULL, &logical);
	return logical.width / (double)PANGO_SCALE;
}

PangoLayout *
typeset_cut(struct flow *fl, PangoLayout *l, int max_lines)
{
	if (pango_layout_get_line_count(l) <= max_lines)
		return l;
	/* A copy: l is shared through the cache. */
	l = pango_layout_copy(l);
	pango_layout_set_height(l, -max_lines);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	g_ptr_array_add(fl->ts->layouts, l);
	return l;
}

PangoLayout *
typeset_fitted(struct flow *fl, const char *text, enum font_role role, double size,
    double width, enum align align, int max_lines)
{
	struct rich r = {(char *)text, NULL};

	return typeset_cut(fl, typeset_layout(fl, &r, role, size, width, align, 0, 0), max_lines);
}

/* The lines of l from row y down, one grid row each, at x (centred in
 * the type area for ALIGN_CENTER, as the layout places them); returns
 * the row of the last and the width of that last line. */
static double
rows(struct flow *fl, PangoLayout *l, double x, double y, double box,
    const struct rgb *color, double *last_width)
{
	int n = pango_layout_get_line_count(l);

	for (int i = 0; i < n; i++) {
		PangoLayoutLine *line = pango_layout_get_line_readonly(l, i);
		PangoRectangle logical;
		pango_layout_line_get_extents(line, NULL, &logical);
		double w = logical.width / (double)PANGO_SCALE;
		double lx = x;
		if (pango_layout_get_alignment(l) == PANGO_ALIGN_CENTER)
			lx = (AREA_W - w) / 2;
		if (i > 0)
			y += box;
		typeset_add_text(fl, line, lx, y + typeset_baseline_in(line, box), color);
		*last_width = w;
	}
	return y;
}

/* The masthead of the first page: the report's name large in red,
 * 第N期 under it, issuer and date on one line, a red rule.  What is too
 * long for that gets more lines (a joint issuance's issuers), and at
 * most two, never overprinting. */
static void
masthead(struct flow *fl, const struct block *b)
{
	double y = 0, w;

	if (b->name != NULL) {
		/* As large as fits: 小初 (36 pt) down to 2号 (22 pt), then
		 * over two lines. */
		double size = 36;
		w = typeset_width_of(typeset_one_line(fl, b->name, ROLE_TITLE, size, 0));
		if (w > AREA_W)
			size = fmax(22, floor(size * AREA_W / w));
		PangoLayout *l = typeset_fitted(fl, b->name, ROLE_TITLE, size, AREA_W, ALIGN_CENTER, 2);
		y = rows(fl, l, 0, y, size * 1.6, &red, &w) + size * 1.6;
	}
	if (b->number != NULL) {
		PangoLayout *l = typeset_fitted(fl, b->number, ROLE_BODY, BODY_PT, AREA_W, ALIGN_CENTER, 1);
		y = rows(fl, l, 0, y, GRID, &black, &w) + GRID;
	}
	if (b->issuer != NULL || b->date != NULL) {
		/* Issuer one character in from the left, date one in from the
		 * right, as a bulletin's masthead sets them; the date on a row
		 * of its own when it would not clear the issuer by a character. */
		double indent = AREA_W / LINE_CHARS, room = AREA_W - 2 * indent;
		double issuer_w = 0;
		if (b->issuer != NULL) {
			PangoLayout *l = typeset_fitted(fl, b->issuer, ROLE_BODY, BODY_PT, room, ALIGN_LEFT, 2);
			y = rows(fl, l, indent, y, GRID, &black, &issuer_w);
		}
		if (b->date != NULL) {
			PangoLayout *l = typeset_fitted(fl, b->date, ROLE_BODY, BODY_PT, room, ALIGN_RIGHT, 1);
			double date_w = typeset_width_of(l);
			if (b->issuer != NULL && issuer_w + indent + date_w > room)
				y += GRID;
			PangoLayoutLine *line = pango_layout_get_line_readonly(l, 0);
			typeset_add_text(fl, line, AREA_W - indent - date_w,
			    y + typeset_baseline_in(line, GRID), &black);
		}
		y += GRID;
	}
	/* The red rule (分隔线) the width of the type area. */
	struct pen rule = {red, 1.5, 0};
	typeset_add_rule(fl, 0, y + 4, AREA_W, 0, &rule);
	fl->y = y + 4 + GRID / 2;
	typeset_snap(fl);
}

/* A signature's issuer: joint issuers longer than the line take two
 * lines, cut after that. */
static PangoLayout *
signature_issuer(struct flow *fl, const struct block *b)
{
	return b->issuer != NULL ?
	    typeset_fitted(fl, b->issuer, ROLE_BODY, BODY_PT, AREA_W, ALIGN_LEFT, 2) : NULL;
}

/* The rows a signature at block i takes with the blank row before it;
 * 0 if block i is not a signature. */
static int
signature_rows(struct flow *fl, const struct layout_doc *doc, guint i)
{
	const struct block *b = i < doc->blocks->len ? g_ptr_array_index(doc->blocks, i) : NULL;

	if (b == NULL || b->kind != BLOCK_SIGNATURE)
		return 0;
	PangoLayout *issuer = signature_issuer(fl, b);
	return 1 + (issuer != NULL ? pango_layout_get_line_count(issuer) : 0) + (b->date != NULL);
}

/* The closing: the date four characters in from the right margin, the
 * issuer centred over it (GB/T 9704, 7.3.5). */
static void
signature(struct flow *fl, const struct block *b)
{
	double pitch = AREA_W / LINE_CHARS;
	double right = AREA_W - 4 * pitch;
	PangoLayout *date = b->date != NULL ? typeset_one_line(fl, b->date, ROLE_BODY, BODY_PT, 0) : NULL;
	PangoLayout *issuer = signature_issuer(fl, b);
	int issuer_rows = issuer != NULL ? pango_layout_get_line_count(issuer) : 0;
	double dw = date != NULL ? typeset_width_of(date) : 0;
	double centre = date != NULL ? right - dw / 2 : right - (issuer != NULL ? typeset_width_of(issuer) / 2 : 0);

	typeset_snap(fl);
	fl->y += GRID;          /* a blank row after the text */
	if (typeset_rows_left(fl) < issuer_rows + (date != NULL))
		typeset_new_page(fl);
	for (int i = 0; i < issuer_rows; i++) {
		/* Each line centred over the date, as far as the type area
		 * lets it. */
		PangoLayoutLine *line = pango_layout_get_line_readonly(issuer, i);
		PangoRectangle logical;
		pango_layout_line_get_extents(line, NULL, &logical);
		double w = logical.width / (double)PANGO_SCALE;
		double x = fmax(0, fmin(centre - w / 2, AREA_W - w));
		typeset_add_text(fl, line, x, fl->y + typeset_baseline_in(line, GRID), &black);
		fl->y += GRID;
	}
	if (date != NULL) {
		PangoLayoutLine *line = pango_layout_get_line_readonly(date, 0);
		typeset_add_text(fl, line, right - dw, fl->y + typeset_baseline_in(line, GRID), &black);
		fl->y += GRID;
	}
}

/* ---- charts ---- */

static void
place_chart(struct flow *fl, const struct chart *ch, double height)
{
	struct op *op;

	if (height > typeset_room(fl) && fl->y > 0)
		typeset_new_page(fl);
	op = add_op(fl, OP_CHART, MAX(0, (AREA_W - ch->width) / 2), fl->y);
	op->chart = ch;
	op->w = ch->width;
	op->h = height;
	fl->y += height;
}

/* A chart taller than a page is set in pieces of as many rows as fit,
 * each with the title (marked 续 after the first) and the legend. */
static void
chart_block(struct flow *fl, const struct block *b)
{
	struct chart *ch = b->chart;
	double h;

	typeset_snap(fl);
	h = chart_draw(ch, fl->fonts, fl->pango, NULL, 0, 0, NULL);
	if (h <= AREA_H) {
		place_chart(fl, ch, h);
		typeset_snap(fl);
		return;
	}
	guint from = 0, n = ch->rows->len;
	while (from < n) {
		if (fl->y > 0)
			typeset_new_page(fl);
		/* The most rows that fit a page, by halving. */
		guint lo = 1, hi = n - from;
		while (lo < hi) {
			guint mid = (lo + hi + 1) / 2;
			struct chart *piece = chart_slice(ch, from, from + mid, from > 0);
			double ph = chart_draw(piece, fl->fonts, fl->pango, NULL, 0, 0, NULL);
			chart_free(piece);
			if (ph <= AREA_H)
				lo = mid;
			else
				hi = mid - 1;
		}
		struct chart *piece = chart_slice(ch, from, from + lo, from > 0);
		g_ptr_array_add(fl->ts->charts, piece);
		place_chart(fl, piece, chart_draw(piece, fl->fonts, fl->pango, NULL, 0, 0, NULL));
		from += lo;
	}
	typeset_snap(fl);
}

/* ---- page numbers ---- */

/* "— N —" in 4号 (14 pt) under the type area, its top 7 mm below it;
 * on the outside edge, one character in (GB/T 9704, 7.5). */
static void
page_numbers(struct flow *fl)
{
	for (guint i = fl->ts->first_numbered; i < fl->ts->pages->len; i++) {
		char text[32];
		guint n = i - fl->ts->first_numbered + 1;
		fl->page = g_ptr_array_index(fl->ts->pages, i);
		g_snprintf(text, sizeof text, "— %u —", n);
		PangoLayout *l = typeset_one_line(fl, text, ROLE_BODY, 14, 0);
		PangoLayoutLine *line = pango_layout_get_line_readonly(l, 0);
		double w = typeset_width_of(l);
		/* Odd pages are right-hand pages: the number on the right. */
		double x = (n % 2 == 1) ? AREA_W - 14 - w : 14;
		PangoRectangle ink;
		pango_layout_line_get_extents(line, &ink, NULL);
		/* The top of the digits 7 mm under the type area. */
		double baseline = AREA_H + 7 * MM - ink.y / (double)PANGO_SCALE;
		typeset_add_text(fl, line, x, baseline, &black);
	}
}

struct typeset *
typeset_document(const struct layout_doc *doc, struct fonts *f, PangoContext *pango,
    struct diags *d)
{
	struct typeset *ts = g_new0(struct typeset, 1);
	struct flow fl = {ts, f, pango, d, NULL, 0, 0, false, false};

	ts->pages = g_ptr_array_new_with_free_func(page_free);
	ts->bookmarks = g_ptr_array_new_with_free_func(bookmark_free);
	ts->layouts = g_ptr_array_new_with_free_func(g_object_unref);
	ts->cache = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	ts->charts = g_ptr_array_new_with_free_func((GDestroyNotify)chart_free);
	typeset_new_page(&fl);

	struct toc *toc = NULL;
	for (guint i = 0; i < doc->blocks->len && !fl.too_long; i++) {
		const struct block *b = g_ptr_array_index(doc->blocks, i);
		fl.block = i;
		switch (b->kind) {
		case BLOCK_MASTHEAD:
			masthead(&fl, b);
			break;
		case BLOCK_TITLE:
			title(&fl, b);
			break;
		case BLOCK_HEADING:
			heading(&fl, b, keep_with(&fl, doc, i + 1));
			break;
		case BLOCK_PARA:
			para(&fl, b, signature_rows(&fl, doc, i + 1));
			break;
		case BLOCK_CHART:
			chart_block(&fl, b);
			break;
		case BLOCK_TABLE:
			typeset_table(&fl, b);
			break;
		case BLOCK_PAGEBREAK:
			if (fl.y > 0)
				typeset_new_page(&fl);
			break;
		case BLOCK_SIGNATURE:
			signature(&fl, b);
			break;
		case BLOCK_COVER:
			typeset_cover(&fl, b);
			break;
		case BLOCK_TOC:
			toc = typeset_toc(&fl, doc, i);
			break;
		case BLOCK_CHAPTER:
			typeset_chapter(&fl, b);
			break;
		}
	}
	if (toc != NULL)
		typeset_toc_finish(&fl, toc);
	/* A page break at the very end leaves an empty page: drop it. */
	if (ts->pages->len > 1 && fl.page->ops->len == 0)
		g_ptr_array_remove_index(ts->pages, ts->pages->len - 1);
	page_numbers(&fl);
	return ts;
}
