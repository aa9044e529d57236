/*
 * read_progress.h: building a struct progress from a progress document.
 */
#ifndef DUBAO_READ_PROGRESS_H
#define DUBAO_READ_PROGRESS_H

#include <libxml/tree.h>

#include "model.h"

/* Builds the progress report of doc, whose shape has been checked; refs
 * are resolved later, against a plan (validate_progress).  Never returns
 * NULL; caller frees with progress_free.  path is copied. */
struct progress *read_progress(xmlDocPtr doc, const char *path);

#endif
