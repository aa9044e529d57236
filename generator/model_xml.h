/*
 * model_xml.h: the report model as an XML document, what `dubao model`
 * prints and what report templates read.  doc/model.md describes it.
 */
#ifndef DUBAO_MODEL_XML_H
#define DUBAO_MODEL_XML_H

#include <libxml/tree.h>

#include "metrics.h"
#include "model.h"

/* The model of the latest of snapshots (one per progress file, in date
 * order, at least one); the earlier ones give deltas and history.
 * Caller frees with xmlFreeDoc. */
xmlDocPtr model_xml(const struct plan *plan, GPtrArray *snapshots,
    struct thresholds th);

/* A fraction in hundredths of a percent as a decimal fraction with
 * exactly four decimals: 6234 -> "0.6234", -12 -> "-0.0012". */
#define FRACTION_BUFSZ 24
char *format_fraction(int h, char buf[FRACTION_BUFSZ]);

#endif
