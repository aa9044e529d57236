/*
 * fuzz_layout.c: the fuzz target of the typesetter: a layout document
 * (doc/layout.md, what a template makes) read, typeset and written as
 * a PDF in memory.  A template given with --template can make any
 * layout, so the typesetter must stand whatever it is handed.
 */
#include <libxml/tree.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xmlDocPtr doc = fuzz_read_xml(data, size);

	if (doc != NULL) {
		fuzz_typeset(doc);
		xmlFreeDoc(doc);
	}
	return 0;
}
