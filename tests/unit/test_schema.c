/*
 * test_schema.c: validation in slices (schema.c) gives the verdict of
 * validating the whole document, on long lists where it slices.
 * Needs DUBAO_DATADIR pointing at the source tree (tests/unit.t sets it).
 */
#include <glib.h>
#include <libxml/parser.h>

#include "msg.h"
#include "schema.h"
#include "tap.h"

/* A progress document of n reports; report number bad (1-based, 0 for
 * none) has an invalid status, and every 7th a foreign element. */
static xmlDocPtr
progress_doc(int n, int bad)
{
	GString *s = g_string_new("<progress xmlns=\"urn:dubao:1\" xmlns:x=\"urn:x\" "
	    "plan=\"p\" as-of=\"2025-06-30\" issue=\"6\" title=\"上半年\">\n");
	xmlDocPtr doc;

	for (int i = 1; i <= n; i++) {
		g_string_append_printf(s, "<report ref=\"t%d\" status=\"%s\">"
		    "<done quantity=\"%d\"/><narrative>第%d项</narrative></report>\n",
		    i, i == bad ? "finished" : "in-progress", i, i);
		if (i % 7 == 0)
			g_string_append(s, "<x:note>附注<x:b/></x:note>\n");
	}
	g_string_append(s, "</progress>\n");
	doc = xmlReadMemory(s->str, (int)s->len, "test.xml", NULL, XML_PARSE_NONET);
	g_string_free(s, TRUE);
	return doc;
}

/* A plan with one category of n projects; project bad has a second
 * <target>, which only the schema (or shape.c) can see. */
static xmlDocPtr
plan_doc(int categories, int n, int bad)
{
	GString *s = g_string_new("<plan xmlns=\"urn:dubao:1\" id=\"p\" year=\"2025\" "
	    "title=\"计划\" issuer=\"办公室\">\n");
	xmlDocPtr doc;

	for (int c = 1; c <= categories; c++) {
		g_string_append_printf(s, "<category id=\"c%d\" name=\"类%d\">\n", c, c);
		for (int i = 1; i <= n; i++)
			g_string_append_printf(s, "<project id=\"c%dp%d\" name=\"项目\">"
			    "<target quantity=\"1\" unit=\"个\"/>%s</project>\n", c, i,
			    c == 1 && i == bad ? "<target quantity=\"2\" unit=\"个\"/>" : "");
		g_string_append(s, "</category>\n");
	}
	g_string_append(s, "</plan>\n");
	doc = xmlReadMemory(s->str, (int)s->len, "test.xml", NULL, XML_PARSE_NONET);
	g_string_free(s, TRUE);
	return doc;
}

static bool
valid(xmlDocPtr doc, int *first_line)
{
	struct diags d;
	bool ok;

	diags_init(&d, "test.xml");
	ok = schema_validate(doc, &d, true);
	*first_line = d.list->len > 0 ? g_array_index(d.list, struct diag, 0).line : 0;
	diags_clear(&d);
	xmlFreeDoc(doc);
	return ok;
}

int
main(void)
{
	int line;
	const char *path = NULL;
	bool loaded = schema_available(&path);

	ok(loaded, "the schema loads from %s", path);
	ok(valid(progress_doc(10, 0), &line), "10 reports: valid (not sliced)");
	ok(valid(progress_doc(1000, 0), &line), "1000 reports with foreign notes: valid in slices");
	ok(!valid(progress_doc(1000, 0 + 777), &line), "a bad status in the 777th report is found");
	is_int(line, 2 + 776 + 776 / 7, "...at its line");
	ok(!valid(progress_doc(1000, 1000), &line), "a bad status in the last report is found");
	ok(!valid(progress_doc(1000, 1), &line), "a bad status in the first report is found");
	ok(valid(plan_doc(3, 500, 0), &line), "3 categories of 500 projects: valid");
	ok(!valid(plan_doc(3, 500, 321), &line), "a repeated <target> in project 321 is found");
	ok(valid(plan_doc(300, 2, 0), &line), "300 categories: valid in slices");
	xmlCleanupParser();
	return tap_done();
}
