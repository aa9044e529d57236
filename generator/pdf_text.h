/*
 * pdf_text.h: drawing text that pango laid out, with libharu, glyph by
 * glyph where pango put it.
 *
 * Every call has a dry form (page NULL): it only declares the characters
 * to the font registry, the first of the two passes pdf_fonts.h needs.
 */
#ifndef DUBAO_PDF_TEXT_H
#define DUBAO_PDF_TEXT_H

#include <stdbool.h>

#include <hpdf.h>
#include <pango/pango.h>

#include "canvas.h"
#include "pdf_fonts.h"

/* Draws line with the left end of its baseline at (x, y), in PDF
 * coordinates (points, y up).  bold emulates a bold face by stroking
 * the glyphs' outlines too (CJK faces have no bold).  With page NULL,
 * only declares the characters. */
void pdf_draw_line(struct pdf_fonts *pf, HPDF_Page page, PangoLayoutLine *line,
    double x, double y, const struct rgb *color, bool bold);

/* Draws every line of layout, its top left corner at (x, top) in PDF
 * coordinates (top is the y of its upper edge). */
void pdf_draw_layout(struct pdf_fonts *pf, HPDF_Page page, PangoLayout *layout,
    double x, double top, const struct rgb *color, bool bold);

#endif
