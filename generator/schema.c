/*
 * schema.c: loading the shipped RELAX NG schema once and validating
 * documents against it.
 */
#include "schema.h"

#include <glib.h>
#include <libxml/relaxng.h>

#include "datadir.h"

struct validation {
	struct diags *d;
	bool report;
	int errors;
};

static char *schema_path;

static void
ignore_error(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

static gpointer
load_schema(gpointer unused)
{
	xmlRelaxNGParserCtxtPtr pctxt;
	xmlRelaxNGPtr schema;

	(void)unused;
	schema_path = datadir_file("templates/dubao.rng");
	pctxt = xmlRelaxNGNewParserCtxt(schema_path);
	if (pctxt == NULL)
		return NULL;
	xmlRelaxNGSetParserStructuredErrors(pctxt, ignore_error, NULL);
	schema = xmlRelaxNGParse(pctxt);
	xmlRelaxNGFreeParserCtxt(pctxt);
	return schema;
}

static xmlRelaxNGPtr
the_schema(void)
{
	static GOnce once = G_ONCE_INIT;

	return g_once(&once, load_schema, NULL);
}

static void
on_error(void *ctx, xmlErrorPtr err)
{
	struct validation *v = ctx;
	char *text;

	if (err == NULL || err->level < XML_ERR_ERROR)
		return;
	v->errors++;
	if (!v->report)
		return;
	text = g_strdup(err->message != NULL ? err->message : "invalid");
	g_strstrip(text);
	diag(v->d, err->line, MSG_SCHEMA, text);
	g_free(text);
}

bool
schema_available(const char **path)
{
	bool ok = the_schema() != NULL;

	*path = schema_path;
	return ok;
}

static void
validate_doc(struct validation *v, xmlDocPtr doc)
{
	xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt(the_schema());

	if (vctxt == NULL) {
		v->errors++;
		return;
	}
	xmlRelaxNGSetValidStructuredErrors(vctxt, on_error, v);
	if (xmlRelaxNGValidateDoc(vctxt, doc) != 0 && v->errors == 0)
		v->errors++;
	xmlRelaxNGFreeValidCtxt(vctxt);
}

/*
 * libxml2 validates a content model such as (report | foreign)* by
 * keeping every intermediate state and comparing each new one with all
 * of them, so its time grows with the square of the number of children:
 * measured, 46,000 reports took 38 s.  An element with more than SLICE
 * children is therefore validated in slices: copies of its ancestors
 * without their other children, holding at most SLICE of its children
 * each.  The format's long lists (categories, projects, tasks,
 * milestones, units, reports) are all stars of choices or repeatable
 * members of an interleave, for which every slice is valid exactly when
 * the whole list is; what a slice cannot see (a second <target> in
 * another slice, say) shape.c has already checked.
 */
#define SLICE 64

static int
element_children(const xmlNode *node)
{
	int n = 0;

	for (const xmlNode *c = node->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			n++;
	return n;
}

static bool
needs_slicing(const xmlNode *node)
{
	if (element_children(node) > SLICE)
		return true;
	for (const xmlNode *c = node->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && needs_slicing(c))
			return true;
	return false;
}

/* Validates a document of copies: the ancestors without children
 * (outermost first, the last one the parent), holding kids. */
static void
validate_slice(struct validation *v, GPtrArray *ancestors, GPtrArray *kids)
{
	xmlDocPtr d = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr parent = NULL;

	for (guint i = 0; i < ancestors->len; i++) {
		xmlNodePtr shell = xmlDocCopyNode(g_ptr_array_index(ancestors, i), d, 2);
		if (parent == NULL)
			xmlDocSetRootElement(d, shell);
		else
			xmlAddChild(parent, shell);
		parent = shell;
	}
	for (guint k = 0; k < kids->len; k++)
		xmlAddChild(parent, xmlDocCopyNode(g_ptr_array_index(kids, k), d, 1));
	validate_doc(v, d);
	xmlFreeDoc(d);
}

static bool
is_foreign(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
	    !xmlStrEqual(node->ns->href, (const xmlChar *)"urn:dubao:1");
}

/* Validates the subtree of the last of ancestors, slicing where needed. */
static void
validate_sliced(struct validation *v, GPtrArray *ancestors)
{
	xmlNodePtr node = g_ptr_array_index(ancestors, ancestors->len - 1);
	GPtrArray *batch = g_ptr_array_new();
	int members = 0, recursed = 0;

	for (xmlNodePtr c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE && needs_slicing(c)) {
			g_ptr_array_add(ancestors, c);
			validate_sliced(v, ancestors);
			g_ptr_array_remove_index(ancestors, ancestors->len - 1);
			recursed++;
			continue;
		}
		/* Foreign elements match "anything": always valid. */
		if (is_foreign(c))
			continue;
		if (c->type == XML_ELEMENT_NODE && members == SLICE) {
			validate_slice(v, ancestors, batch);
			g_ptr_array_set_size(batch, 0);
			members = 0;
		}
		if (c->type == XML_ELEMENT_NODE)
			members++;
		g_ptr_array_add(batch, c);
	}
	/* What is left: unless it is only white space after children that
	 * were validated on their own, it needs its own slice. */
	if (members > 0 || recursed == 0)
		validate_slice(v, ancestors, batch);
	g_ptr_array_free(batch, TRUE);
}

bool
schema_validate(xmlDocPtr doc, struct diags *d, bool report)
{
	struct validation v = {d, report, 0};
	xmlNodePtr root = xmlDocGetRootElement(doc);

	if (the_schema() == NULL) {
		diag(d, 0, MSG_SCHEMA_LOAD, schema_path);
		return false;
	}
	if (root != NULL && needs_slicing(root)) {
		GPtrArray *ancestors = g_ptr_array_new();
		g_ptr_array_add(ancestors, root);
		validate_sliced(&v, ancestors);
		g_ptr_array_free(ancestors, TRUE);
	} else
		validate_doc(&v, doc);
	return v.errors == 0;
}
