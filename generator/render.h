/*
 * render.h: one report document from a report model: the template
 * filled (fill.c), its layout read (layout_read.c), typeset (typeset.c)
 * and written as a PDF (pdf_write.c), and its charts as SVG files.
 *
 * `dubao bulletin` renders one; `dubao batch` and `dubao archive` many,
 * with the fonts loaded once.
 */
#ifndef DUBAO_RENDER_H
#define DUBAO_RENDER_H

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>
#include <libxml/tree.h>

struct render_opts {
	const char *template;           /* a name in the data folder, or a path */
	const char *const *params;      /* template parameters: name, value, …, NULL */
	const char *output;             /* the PDF: a path, or "-" for stdout */
	const char *charts;             /* a folder for the charts as SVG, or NULL */
	bool layout_only;               /* print the layout to stdout instead */
	bool stamp;                     /* record the creation date */
	bool pdfa;                      /* PDF/A-1b */
};

struct render_result {
	unsigned pages;                 /* of the PDF */
	size_t bytes;
	unsigned charts;                /* SVG files written */
	GPtrArray *written;             /* if not NULL, gets the path of every
	                                   file written (g_free'd strings) */
};

/* Renders model as o says (res->written set by the caller); template and layout diagnostics, and errors
 * writing, go to stderr.  Returns an exit status of cli.h: EXIT_INPUT
 * if the template or its layout is at fault, EXIT_USAGE if fonts or
 * output are.  Outputs are written atomically (output.h): on failure
 * the previous files stay. */
int render_report(xmlDocPtr model, const struct render_opts *o, struct render_result *res);

/* The two halves of render_report.  render_fill: the template (o's)
 * filled with model, or NULL after printing why.  render_layout: a
 * layout made by that template to the PDF and charts o names (the
 * charts of the blocks before the first chapter, if there are
 * chapters). */
xmlDocPtr render_fill(xmlDocPtr model, const struct render_opts *o);
int render_layout(xmlDocPtr layout, const struct render_opts *o, struct render_result *res);

#endif
