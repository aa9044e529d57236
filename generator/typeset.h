/*
 * typeset.h: a layout document set on pages in the form of GB/T
 * 9704-2012: A4, a type area of 156 x 225 mm whose top is 37 mm and
 * left edge 28 mm from the paper's, body text of 3号 (16 pt) on a grid
 * of 22 lines of 28 characters.
 *
 * The result is a list of pages, each a list of drawing operations in
 * points from the type area's top left corner (y down), that pdf_write.c
 * turns into PDF.  Every piece of text is a line that pango laid out.
 */
#ifndef DUBAO_TYPESET_H
#define DUBAO_TYPESET_H

#include <stdbool.h>

#include <glib.h>
#include <pango/pango.h>

#include "canvas.h"
#include "chart.h"
#include "fonts.h"
#include "layout.h"
#include "msg.h"

#define MM 2.834645669
#define PAGE_W (210 * MM)
#define PAGE_H (297 * MM)
#define AREA_X (28 * MM)        /* left margin */
#define AREA_TOP (37 * MM)      /* top margin */
#define AREA_W (156 * MM)
#define AREA_H (225 * MM)
#define GRID_LINES 22
#define GRID (AREA_H / GRID_LINES)  /* the pitch of body lines, 28.99 pt */
#define BODY_PT 16.0            /* 3号 */
#define LINE_CHARS 28

enum op_kind {
	OP_TEXT,        /* a line of text; (x, y) is the left end of its baseline */
	OP_RECT,        /* a filled rectangle, (x, y) its top left corner */
	OP_RULE,        /* a straight line from (x, y) to (x + w, y + h) */
	OP_CHART,       /* a chart with its top left corner at (x, y) */
};

struct op {
	enum op_kind kind;
	double x, y, w, h;
	PangoLayoutLine *line;  /* OP_TEXT; its layout is kept by the result */
	struct rgb color;       /* OP_TEXT, OP_RECT */
	struct pen pen;         /* OP_RULE */
	const struct chart *chart;  /* OP_CHART; borrowed */
};

struct page {
	GArray *ops;            /* of struct op, in drawing order */
};

struct bookmark {
	int level;              /* 1 to 3: chapters, then headings */
	guint block;            /* the layout block that made it */
	char *title;
	int page;               /* 0-based */
	double y;               /* from the type area's top */
};

struct typeset {
	GPtrArray *pages;       /* of struct page * */
	GPtrArray *bookmarks;   /* of struct bookmark *, in document order */
	GPtrArray *layouts;     /* the PangoLayouts lines belong to */
	GHashTable *cache;      /* layouts by what they were made of: a
	                           table repeats "49.59%" and "绿灯" */
	GPtrArray *charts;      /* pieces of split charts, owned */
	guint first_numbered;   /* the pages before it (a cover) have no
	                           number; it is page 1 */
};

/* Sets doc (borrowed: its charts must outlive the result).  Characters
 * no font has are reported to d as warnings.  Never returns NULL;
 * caller frees with typeset_free. */
struct typeset *typeset_document(const struct layout_doc *doc, struct fonts *f,
    PangoContext *pango, struct diags *d);
void typeset_free(struct typeset *ts);

/* ---- shared by the typesetting modules (typeset_*.c) ---- */

struct flow {
	struct typeset *ts;
	struct fonts *fonts;
	PangoContext *pango;
	struct diags *d;
	struct page *page;      /* the current page */
	double y;               /* where the next block starts */
	guint block;            /* the index of the block being set */
	bool in_chapter;        /* headings are one bookmark level down */
	bool too_long;          /* past LIMIT_PAGES: the current page is
	                           reused and no further block is set */
};

/* A laid-out piece of rich text: role and size, width in points (lines
 * wrap), alignment, first-line indent in points, letter spacing in
 * points.  Kept alive by the result; the same request gives the same
 * layout (laid out and checked for missing characters once). */
PangoLayout *typeset_layout(struct flow *fl, const struct rich *r, enum font_role role,
    double size, double width, enum align align, double indent, double spacing);

/* The letter spacing that puts LINE_CHARS characters of size points in
 * a line of the type area (GB/T 9704's 28 characters of 3号). */
double typeset_grid_spacing(double size);

/* The distance from the top of a line's box of the given height to its
 * baseline, the line centred in the box. */
double typeset_baseline_in(PangoLayoutLine *line, double box);

void typeset_add_text(struct flow *fl, PangoLayoutLine *line, double x, double baseline,
    const struct rgb *color);
void typeset_add_rect(struct flow *fl, double x, double y, double w, double h,
    const struct rgb *color);
void typeset_add_rule(struct flow *fl, double x, double y, double w, double h,
    const struct pen *pen);
void typeset_new_page(struct flow *fl);
double typeset_room(const struct flow *fl);

/* The next grid row at or below fl->y (a new page if none is left). */
void typeset_snap(struct flow *fl);
int typeset_rows_left(const struct flow *fl);

/* A bookmark to the current position, for the block being set. */
void typeset_bookmark(struct flow *fl, int level, const char *title);

/* One line of plain text; its logical width. */
PangoLayout *typeset_one_line(struct flow *fl, const char *text, enum font_role role,
    double size, double spacing);
double typeset_width_of(PangoLayout *l);

/* For places of fixed size (mastheads, signatures, the cover): l, or if
 * it has more than max_lines lines, a copy cut to them with an ellipsis
 * (owned by the result).  typeset_fitted: plain text in lines of width,
 * so cut. */
PangoLayout *typeset_cut(struct flow *fl, PangoLayout *l, int max_lines);
PangoLayout *typeset_fitted(struct flow *fl, const char *text, enum font_role role,
    double size, double width, enum align align, int max_lines);

/* text centred in lines of even length (a title): the layout, and the
 * width it was set in. */
PangoLayout *typeset_balanced(struct flow *fl, const struct rich *text, enum font_role role,
    double size, double *width);

/* typeset_book.c: the parts of a compiled document. */
struct toc;
void typeset_cover(struct flow *fl, const struct block *b);
void typeset_chapter(struct flow *fl, const struct block *b);
/* Sets the table of contents of doc at block `at`, its page numbers
 * left to typeset_toc_finish once every block is set. */
struct toc *typeset_toc(struct flow *fl, const struct layout_doc *doc, guint at);
void typeset_toc_finish(struct flow *fl, struct toc *toc);

/* typeset_table.c */
void typeset_table(struct flow *fl, const struct block *b);

/* The height of a table's header rows and first row: what must fit
 * under a heading that keeps with it. */
double typeset_table_start(struct flow *fl, const struct block *b);

#endif
