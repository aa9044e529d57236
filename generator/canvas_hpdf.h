/*
 * canvas_hpdf.h: the libharu back end of the canvas: a chart drawn into
 * a PDF page as vectors, with its text drawn by pdf_text.c from the same
 * pango layouts the SVG files are drawn from.
 */
#ifndef DUBAO_CANVAS_HPDF_H
#define DUBAO_CANVAS_HPDF_H

#include <hpdf.h>

#include "canvas.h"
#include "pdf_fonts.h"

struct canvas_hpdf {
	struct canvas canvas;
	struct pdf_fonts *fonts;
	HPDF_Page page;         /* NULL: only declare the characters */
	double x, y;            /* PDF coordinates of the canvas's top left */
};

/* Sets c up to draw on page with the canvas's origin at PDF point (x, y)
 * (y up; the canvas's y grows downwards from there).  Returns the canvas.
 * pf and pango are borrowed. */
struct canvas *canvas_hpdf_init(struct canvas_hpdf *c, struct pdf_fonts *pf,
    HPDF_Page page, double x, double y, PangoContext *pango);

/* Colour, width and dash of the lines stroked next on page. */
void canvas_hpdf_set_pen(HPDF_Page page, const struct pen *pen);

#endif
