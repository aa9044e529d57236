/*
 * layout.h: a layout document (doc/layout.md) as blocks, what the
 * typesetter sets: masthead, title, headings, paragraphs, charts,
 * tables, page breaks, the signature; and for a compiled document (the
 * year's review) a cover, a table of contents and chapters.
 */
#ifndef DUBAO_LAYOUT_H
#define DUBAO_LAYOUT_H

#include <stdbool.h>

#include <glib.h>
#include <libxml/tree.h>

#include "chart.h"
#include "fonts.h"
#include "msg.h"

enum block_kind {
	BLOCK_MASTHEAD,
	BLOCK_TITLE,
	BLOCK_HEADING,
	BLOCK_PARA,
	BLOCK_CHART,
	BLOCK_TABLE,
	BLOCK_PAGEBREAK,
	BLOCK_SIGNATURE,
	BLOCK_COVER,
	BLOCK_TOC,
	BLOCK_CHAPTER,
};

enum align {
	ALIGN_JUSTIFY,
	ALIGN_LEFT,
	ALIGN_CENTER,
	ALIGN_RIGHT,
};

/* Text with bold spans (byte ranges of text). */
struct rich {
	char *text;
	GArray *bold;           /* of int, pairs start, end */
};

struct cell {
	struct rich r;
	enum align align;
	int light;              /* an enum chart_style, or -1 for none */
};

struct table_row {
	bool header;
	bool group;             /* one cell across the table */
	GPtrArray *cells;       /* of struct cell * */
};

struct block {
	enum block_kind kind;
	struct rich text;       /* title, heading, para */
	int level;              /* heading: 1..3 */
	bool outline;           /* heading: a bookmark */
	double indent;          /* para: characters */
	enum align align;       /* para */
	double size;            /* para, table: points */
	enum font_role role;    /* para */
	char *name, *number, *issuer, *date;    /* masthead, signature, cover */
	char *title, *subtitle; /* cover, chapter (title), toc (title) */
	int depth;              /* toc: 1 chapters and headings outside them,
	                           2 also the headings of chapters */
	struct chart *chart;    /* chart */
	GArray *widths;         /* table: of double, relative */
	GPtrArray *rows;        /* table: of struct table_row * */
};

struct layout_doc {
	char *title, *author, *subject, *keywords;
	GPtrArray *blocks;      /* of struct block * */
};

/* Reads a layout document; problems go to d (named by its path, the
 * template's).  Returns NULL if it has errors.  Caller frees with
 * layout_free. */
struct layout_doc *layout_read(xmlDocPtr doc, struct diags *d);
void layout_free(struct layout_doc *ld);

#endif
