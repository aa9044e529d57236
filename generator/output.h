/*
 * output.h: writing output files so that a reader never sees half of one.
 *
 * Every file dubao writes goes through here: a temporary file in the
 * same folder, flushed to disk, then renamed over the old one (GLib's
 * g_file_set_contents_full).  A crash or a full disk leaves the previous
 * file as it was.
 */
#ifndef DUBAO_OUTPUT_H
#define DUBAO_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

/* Replaces path with len bytes of data, atomically and durably.  On
 * failure returns false and sets *err (path untouched). */
bool output_write(const char *path, const void *data, size_t len, GError **err);

#endif
