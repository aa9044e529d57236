/*
 * read_xml.h: reading an untrusted input file into a libxml2 tree.
 *
 * The one place where input bytes meet libxml2.  No network, no DTD, no
 * external or internal entities: a DOCTYPE stops the parser before its
 * internal subset is read, so neither a file:// entity nor a billion
 * laughs ever gets expanded.  Sizes and depth are bounded (input_limits.h).
 */
#ifndef DUBAO_READ_XML_H
#define DUBAO_READ_XML_H

#include <libxml/tree.h>

#include "msg.h"

/* Reads and parses path.  On success returns the document (caller frees
 * with xmlFreeDoc); on failure records why in d and returns NULL.  A
 * file in an encoding other than UTF-8/UTF-16 is read with a warning. */
xmlDocPtr read_xml(const char *path, struct diags *d);

/* The line of a node as libxml2 numbers it (big lines included). */
int node_line(const xmlNode *node);

#endif
