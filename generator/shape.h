/*
 * shape.h: the structural check of an input document, element by
 * element, with messages that name the element, the attribute and the
 * value (what libxml2's RELAX NG messages cannot do).
 *
 * It checks what the schema checks (names, namespaces, how often a child
 * may appear, required attributes, the lexical form of every typed value)
 * plus what the schema cannot (text that is empty after trimming, text
 * length limits), and it does not stop at the first error.
 */
#ifndef DUBAO_SHAPE_H
#define DUBAO_SHAPE_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "msg.h"

#define DUBAO_NS "urn:dubao:1"

enum doc_kind {
	DOC_PLAN,
	DOC_PROGRESS,
};

/* Checks doc, expected to be of the given kind, recording problems in d.
 * Returns the number of errors found; *stopped is set when a limit was
 * exceeded and the rest of the document was not looked at (nothing more
 * should be done with it then). */
int shape_check(xmlDocPtr doc, enum doc_kind kind, struct diags *d, bool *stopped);

/* True if node is an element of urn:dubao:1 named name. */
int is_dubao(const xmlNode *node, const char *name);

#endif
