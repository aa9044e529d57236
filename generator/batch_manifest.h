/*
 * batch_manifest.h: OUTDIR/.dubao-manifest, what each report in an
 * output folder was built from and which files it wrote, so that a
 * batch rebuilds only what changed.
 *
 * A text file, one record per line, fields separated by tabs:
 *
 *     report <TAB> dalian-2025/2025-06-30 <TAB> KEY
 *     file <TAB> SHA-256 <TAB> bulletin.pdf
 *
 * the file lines belonging to the report above them, their paths
 * relative to its folder.  Deleting it makes the next run rebuild all.
 */
#ifndef DUBAO_BATCH_MANIFEST_H
#define DUBAO_BATCH_MANIFEST_H

#include <stdbool.h>

#include <glib.h>

#include "batch.h"

struct manifest;

/* The manifest of outdir; empty if there is none or it cannot be read
 * (everything is then rebuilt).  Lines it does not understand are
 * skipped. */
struct manifest *manifest_load(const char *outdir);
void manifest_free(struct manifest *m);

/* Whether r was built with its current key and every file it wrote is
 * still there as written. */
bool manifest_current(const struct manifest *m, const struct batch_report *r,
    const char *outdir);

/* Records r as built, with the digests of its outputs as they are on
 * disk now, and removes the files its previous build wrote that this one
 * did not (a unit that left the plan, a chart no longer drawn). */
void manifest_record(struct manifest *m, const struct batch_report *r, const char *outdir);

/* Writes the manifest (atomically, output.h). */
bool manifest_save(const struct manifest *m, const char *outdir, GError **err);

#endif
