/*
 * canvas_cairo.h: the cairo back end of the canvas, writing SVG or PNG.
 */
#ifndef DUBAO_CANVAS_CAIRO_H
#define DUBAO_CANVAS_CAIRO_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

#include "canvas.h"

enum cairo_format {
	CAIRO_OUT_SVG,
	CAIRO_OUT_PNG,
};

struct canvas_cairo;

/* A canvas of width x height points that renders into memory; a PNG is
 * rendered at scale pixels per point.  pango is borrowed. */
struct canvas_cairo *canvas_cairo_new(enum cairo_format format, double width,
    double height, double scale, PangoContext *pango);
struct canvas *canvas_cairo_canvas(struct canvas_cairo *cc);

/* Finishes the drawing and returns the file's bytes (caller frees with
 * g_bytes_unref), or NULL with *err set if cairo failed. */
GBytes *canvas_cairo_finish(struct canvas_cairo *cc, GError **err);
void canvas_cairo_free(struct canvas_cairo *cc);

#endif
