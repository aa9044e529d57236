/*
 * pdf_write.h: typeset pages to PDF bytes with libharu: embedded subset
 * fonts, vector charts, bookmarks for the headings, metadata, page
 * labels, compressed streams; optionally PDF/A-1b.  The same input gives
 * the same bytes: no date is written unless asked for.
 */
#ifndef DUBAO_PDF_WRITE_H
#define DUBAO_PDF_WRITE_H

#include <stdbool.h>

#include <glib.h>

#include "fonts.h"
#include "layout.h"
#include "typeset.h"

struct pdf_options {
	bool stamp;             /* write the creation date (now) */
	bool pdfa;              /* PDF/A-1b */
};

/* The PDF of ts, with the metadata of doc.  Returns NULL and sets *err
 * if libharu fails.  Caller frees with g_bytes_unref. */
GBytes *pdf_write(const struct typeset *ts, const struct layout_doc *doc,
    struct fonts *f, PangoContext *pango, const struct pdf_options *opt, GError **err);

#endif
