/*
 * fuzz_bulletin.c: the fuzz target of filling a template: a report
 * model (doc/model.md, what `dubao model` prints) put through the
 * bulletin template, and the layout it makes typeset into a PDF in
 * memory: the whole of `dubao bulletin` after the reading stage.
 */
#include <glib.h>
#include <libxml/tree.h>

#include "fill.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *template;
	xmlDocPtr model = fuzz_read_xml(data, size);

	if (template == NULL)
		template = fill_find_template("bulletin.xsl");
	if (model == NULL)
		return 0;
	struct diags d;
	diags_init(&d, template);
	xmlDocPtr layout = fill_template(template, model, NULL, &d);
	if (layout != NULL) {
		fuzz_typeset(layout);
		xmlFreeDoc(layout);
	}
	diags_clear(&d);
	xmlFreeDoc(model);
	return 0;
}
