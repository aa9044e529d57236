/*
 * read_plan.h: building a struct plan from a plan document.
 */
#ifndef DUBAO_READ_PLAN_H
#define DUBAO_READ_PLAN_H

#include <libxml/tree.h>

#include "model.h"
#include "msg.h"

/* Builds the plan of doc, whose shape has been checked (shape.c); parts
 * whose values did not parse are left at their defaults.  Records in d
 * only what building itself finds (too many items).  Never returns
 * NULL; caller frees with plan_free.  path is copied. */
struct plan *read_plan(xmlDocPtr doc, const char *path, struct diags *d);

#endif
