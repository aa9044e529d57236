/*
 * canvas_trace.h: a canvas back end that writes every operation as a
 * line of text, for tests and for seeing why a chart looks as it does
 * (`dubao charts --trace`).
 */
#ifndef DUBAO_CANVAS_TRACE_H
#define DUBAO_CANVAS_TRACE_H

#include <glib.h>

#include "canvas.h"

struct canvas_trace;

/* pango is borrowed. */
struct canvas_trace *canvas_trace_new(double width, double height, PangoContext *pango);
struct canvas *canvas_trace_canvas(struct canvas_trace *t);

/* The trace so far; borrowed. */
const char *canvas_trace_text(struct canvas_trace *t);
void canvas_trace_free(struct canvas_trace *t);

#endif
