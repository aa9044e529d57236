/*
 * schema.h: RELAX NG validation of input against templates/dubao.rng.
 *
 * The schema is the format's published shape, for offices to check their
 * exports with any RELAX NG tool.  libxml2 stops at the first error in a
 * content model and names neither attribute nor value, so dubao's own
 * shape pass (shape.c) is what users normally read; the schema's verdict
 * is reported when that pass found nothing, so the two can never
 * silently disagree.
 */
#ifndef DUBAO_SCHEMA_H
#define DUBAO_SCHEMA_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "msg.h"

/* Validates doc.  Returns true if valid.  If report is true, records each
 * schema error in d as MSG_SCHEMA; if the schema itself cannot be
 * loaded, records MSG_SCHEMA_LOAD and returns false. */
bool schema_validate(xmlDocPtr doc, struct diags *d, bool report);

/* True if the schema loads.  Commands call it first, so that a broken
 * installation is an environment error, not an error in every input.
 * *path is set to the file looked for (owned by this module). */
bool schema_available(const char **path);

#endif
