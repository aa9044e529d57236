/*
 * report.h: from checked inputs to the report model document: measure
 * every progress file in date order and write the model of the latest.
 * Shared by every command that reports (model, charts, bulletin).
 */
#ifndef DUBAO_REPORT_H
#define DUBAO_REPORT_H

#include <libxml/tree.h>

#include "load.h"
#include "metrics.h"

/* The model of in (which must have no errors and at least one progress
 * file).  Caller frees with xmlFreeDoc. */
xmlDocPtr report_model(const struct inputs *in, struct thresholds th);

#endif
