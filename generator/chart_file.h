/*
 * chart_file.h: one chart as a file of its own, SVG or PNG, drawn by
 * cairo (canvas_cairo.c) and written atomically (output.h): what
 * `dubao charts` writes, and `dubao bulletin --charts` beside its PDF.
 */
#ifndef DUBAO_CHART_FILE_H
#define DUBAO_CHART_FILE_H

#include <glib.h>
#include <pango/pango.h>

#include "canvas_cairo.h"
#include "chart.h"
#include "fonts.h"
#include "msg.h"

/* Draws ch into dir/ID.svg or dir/ID.png (ID made a safe file name),
 * scale pixels a point for PNG; characters no font has are reported to
 * d if not NULL.  Returns the path written, its height in points in
 * *height, or NULL with *err (no file left).  Caller frees with g_free. */
char *chart_file_write(const struct chart *ch, struct fonts *f, PangoContext *pango,
    const char *dir, enum cairo_format format, double scale, struct diags *d,
    double *height, GError **err);

#endif
