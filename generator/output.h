/*
 * output.h: writing output files so that a reader never sees half of one.
 *
 * Every file dubao writes goes through here: a temporary file in the
 * same folder, named .NAME.tmp-XXXXXX, written and flushed to disk, then
 * renamed over the old one, and the folder flushed too.  A crash, a kill
 * or a full disk leaves the previous file as it was; what a killed
 * process leaves is a temporary file that output_sweep() recognises.
 *
 * Also here: the lock of an output folder, and file names made from
 * untrusted text (plan ids, unit names).
 */
#ifndef DUBAO_OUTPUT_H
#define DUBAO_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include <glib.h>

/* Replaces path with len bytes of data, atomically and durably.  On
 * failure returns false and sets *err (path untouched, no file left). */
bool output_write(const char *path, const void *data, size_t len, GError **err);

/* Makes the folder path and its parents; false with *err on failure. */
bool output_mkdir(const char *path, GError **err);

/* Removes the temporary files output_write left in dir and its
 * subfolders when a process was killed; only call it while holding
 * dir's lock.  Returns how many it removed. */
unsigned output_sweep(const char *dir);

/* Takes the exclusive lock of the output folder dir (the file
 * dir/.dubao-lock, flock), without waiting.  Returns its descriptor
 * (closing it releases the lock), or -1 with *err saying why, naming
 * the process that holds it if another does. */
int output_lock(const char *dir, GError **err);

/* The same with the lock file at path, what naming what it guards in
 * the message. */
int output_lock_file(const char *path, const char *what, GError **err);

/* Removes path, and all in it if it is a folder (links are removed, not
 * followed).  Returns false if something could not be removed. */
bool output_remove_tree(const char *path);

/* Flushes dir's entries to disk (a rename in it, a file made); with
 * _dirs, those of every folder in it too (output_write flushes the
 * files themselves). */
void output_sync_dir(const char *dir);
void output_sync_dirs(const char *dir);

/* A file or folder name made from untrusted text: no '/', no control
 * characters, no leading '.', not empty, at most 120 bytes of whole
 * UTF-8 characters; otherwise the text as it is (Chinese stays Chinese).
 * Caller frees with g_free. */
char *output_safe_name(const char *text);

#endif
