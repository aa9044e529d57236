/*
 * validate.h: the semantic rules of FORMAT.md, after shape and building.
 *
 * Like mandoc's validation pass, each function reports every fault it
 * finds, in any order (msg.c sorts by line), and carries on.
 */
#ifndef DUBAO_VALIDATE_H
#define DUBAO_VALIDATE_H

#include "model.h"
#include "msg.h"

/* Unique ids, period, weights, targets, due dates, milestones, units. */
void validate_plan(const struct plan *plan, struct diags *d);

/* Checks pr against plan and completes it: resolves each report's ref,
 * fills pr->by_item, converts done quantities to the target's unit.
 * The plan must be free of errors. */
void validate_progress(const struct plan *plan, struct progress *pr, struct diags *d);

/* Rules across the progress files of one plan, which must be sorted by
 * as-of: one file per date; cumulative quantities that go down.  d[i]
 * holds the diagnostics of progress[i]. */
void validate_series(const struct plan *plan, GPtrArray *progress, struct diags **d);

/* A name for an item in messages: its name, else its id. */
const char *item_label(const struct item *item);

#endif
