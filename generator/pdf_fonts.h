/*
 * pdf_fonts.h: the fonts of one PDF: every face pango used, subset with
 * HarfBuzz to the characters drawn with it, then embedded by libharu.
 *
 * Two passes over the document: first every run of text declares its
 * characters (pdf_fonts_use), then pdf_fonts_load subsets and embeds each
 * face once, then drawing asks for the libharu font of a pango font.
 * Subsetting first is what keeps a bulletin small: libharu 2.3 keeps
 * most of a font it embeds (DESIGN.md measured 510 KB for two lines).
 */
#ifndef DUBAO_PDF_FONTS_H
#define DUBAO_PDF_FONTS_H

#include <stdbool.h>

#include <glib.h>
#include <hb.h>
#include <hpdf.h>
#include <pango/pango.h>

struct pdf_fonts;

/* A registry for the document pdf (borrowed; it must outlive the
 * registry until the PDF is saved), on which HPDF_UseUTFEncodings has
 * been called. */
struct pdf_fonts *pdf_fonts_new(HPDF_Doc pdf);
void pdf_fonts_free(struct pdf_fonts *pf);

/* Records that text (len bytes of UTF-8) is drawn with font. */
void pdf_fonts_use(struct pdf_fonts *pf, PangoFont *font, const char *text, int len);

/* Subsets and embeds every face used, in a fixed order.  Returns false
 * and sets *err if a face cannot be read or libharu refuses it. */
bool pdf_fonts_load(struct pdf_fonts *pf, GError **err);

/* What PDF/A-1 asks of each embedded face beyond what libharu writes:
 * its font descriptor, made now (libharu makes it only as it saves),
 * with a CIDSet of the characters the subset holds and a CapHeight.
 * Call once every page is drawn, just before saving.  Returns false and
 * sets *err if libharu fails. */
bool pdf_fonts_complete_pdfa(struct pdf_fonts *pf, GError **err);

/* Appends to out the codes text has in the embedded face of font (after
 * pdf_fonts_load): the subsets number their characters compactly (see
 * pdf_fonts.c), and libharu must be given those codes.  Characters the
 * face was not given are left out. */
void pdf_fonts_encode(struct pdf_fonts *pf, PangoFont *font, const char *text, int len,
    GString *out, gunichar *first_code);

/* The libharu font of a pango font (after pdf_fonts_load), or NULL if it
 * was never declared. */
HPDF_Font pdf_fonts_get(struct pdf_fonts *pf, PangoFont *font);

/* An hb_font of the face of a pango font at its design size (scale =
 * units per em), for drawing glyph outlines; *upem is set.  Borrowed. */
hb_font_t *pdf_fonts_outline_font(struct pdf_fonts *pf, PangoFont *font, int *upem);

/* The size of a pango font in points. */
double pdf_font_size(PangoFont *font);

#endif
