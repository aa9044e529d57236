/*
 * batch_log.h: what a running batch shows.  On a terminal, one line on
 * standard error redrawn as reports finish (a bar, the count, the report
 * at hand); otherwise (cron, systemd) a timestamped line on standard
 * output for each report built or failed, which is what a log wants.
 */
#ifndef DUBAO_BATCH_LOG_H
#define DUBAO_BATCH_LOG_H

#include <stdbool.h>

#include "batch.h"

struct batch_log;

/* A log of total reports to build; bar: draw the bar (a terminal). */
struct batch_log *batch_log_new(unsigned total, bool bar);

/* Whether standard error is a terminal that can show a bar. */
bool batch_log_tty(void);

/* r has started / finished (r->state BUILT or FAILED); seconds it took. */
void batch_log_started(struct batch_log *l, const struct batch_report *r);
void batch_log_finished(struct batch_log *l, const struct batch_report *r, double seconds);

/* A line of its own (timestamped without the bar), kept clear of the bar. */
void batch_log_say(struct batch_log *l, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

/* Clears the bar; frees l. */
void batch_log_end(struct batch_log *l);

#endif
