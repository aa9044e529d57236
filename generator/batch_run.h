/*
 * batch_run.h: building a batch's reports, several at a time, each in a
 * process of its own.
 */
#ifndef DUBAO_BATCH_RUN_H
#define DUBAO_BATCH_RUN_H

#include "batch.h"

/* Called in this process as each report finishes, its state then
 * REPORT_BUILT or REPORT_FAILED (with why), seconds what it took. */
typedef void (*batch_done_fn)(struct batch_report *r, double seconds, void *data);
typedef void (*batch_start_fn)(struct batch_report *r, void *data);

/* Builds every report of reports that is REPORT_TO_BUILD, at most
 * o->jobs at a time.  SIGINT or SIGTERM stops it starting more: the
 * reports in hand are finished (they are never cut off half-written),
 * the rest left REPORT_SKIPPED, and the signal's number returned (0
 * when all ran). */
int batch_run(GPtrArray *reports, const struct batch_opts *o, batch_start_fn started,
    batch_done_fn done, void *data);

#endif
