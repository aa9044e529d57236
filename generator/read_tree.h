/*
 * read_tree.h: getting typed values out of libxml2 nodes for the readers
 * (read_plan.c, read_progress.c).
 *
 * These never report: shape.c has already said what is wrong with a
 * value, so a getter just answers "absent" for a value that does not
 * parse, and the readers carry on building what they can.
 */
#ifndef DUBAO_READ_TREE_H
#define DUBAO_READ_TREE_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "date.h"
#include "decimal.h"

/* The attribute (no namespace) normalised, or NULL if absent or blank.
 * Caller frees with g_free. */
char *get_text_attr(const xmlNode *node, const char *name);

/* The attribute exactly as written, or NULL.  Caller frees with g_free. */
char *get_raw_attr(const xmlNode *node, const char *name);

bool get_decimal_attr(const xmlNode *node, const char *name, struct decimal *out);
bool get_date_attr(const xmlNode *node, const char *name, day_t *out);

/* The element's own text (foreign child elements skipped), normalised,
 * or NULL if blank.  Caller frees with g_free. */
char *get_text(const xmlNode *node);

bool get_decimal_text(const xmlNode *node, struct decimal *out);
bool get_date_text(const xmlNode *node, day_t *out);

#endif
