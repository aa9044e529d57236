/*
 * pdf_pdfa.h: what makes a libharu document PDF/A-1b beyond its pages
 * and fonts: the XMP metadata, the sRGB output intent, the version and
 * the trailer's /ID.  The fonts' part is pdf_fonts_complete_pdfa.
 *
 * The same document gives the same bytes: the ICC profile is fixed and
 * /ID is a digest of the file, not of the clock.
 */
#ifndef DUBAO_PDF_PDFA_H
#define DUBAO_PDF_PDFA_H

#include <stdbool.h>

#include <glib.h>
#include <hpdf.h>

/* Adds to pdf, once its Info dictionary is complete and just before it
 * is saved: XMP metadata agreeing with the Info dictionary, the output
 * intent, and an /ID to be filled in by pdfa_set_id.  Returns false and
 * sets *err if something cannot be made. */
bool pdfa_prepare(HPDF_Doc pdf, GError **err);

/* Fills the /ID that pdfa_prepare left in the saved file buf with the
 * MD5 digest of the file as it is before.  Returns false if buf has no
 * such /ID. */
bool pdfa_set_id(guint8 *buf, gsize len);

#endif
