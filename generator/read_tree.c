/*
 * read_tree.c: typed getters on libxml2 nodes.
 */
#include "read_tree.h"

#include <string.h>

#include <glib.h>
#include <libxml/tree.h>

#include "input_limits.h"
#include "text.h"

char *
get_raw_attr(const xmlNode *node, const char *name)
{
	xmlChar *v = xmlGetNoNsProp(node, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = g_strdup((const char *)v);
	xmlFree(v);
	return s;
}

char *
get_text_attr(const xmlNode *node, const char *name)
{
	char *raw = get_raw_attr(node, name), *s;

	if (raw == NULL || text_is_blank(raw) || strlen(raw) > LIMIT_TEXT_BYTES) {
		g_free(raw);
		return NULL;
	}
	s = text_normalize(raw);
	g_free(raw);
	return s;
}

bool
get_decimal_attr(const xmlNode *node, const char *name, struct decimal *out)
{
	char *raw = get_raw_attr(node, name);
	bool ok = raw != NULL && decimal_parse(raw, out);

	g_free(raw);
	return ok;
}

bool
get_date_attr(const xmlNode *node, const char *name, day_t *out)
{
	char *raw = get_raw_attr(node, name);
	bool ok = raw != NULL && date_parse(raw, out);

	g_free(raw);
	return ok;
}

static GString *
raw_text(const xmlNode *node)
{
	GString *s = g_string_new(NULL);

	for (const xmlNode *c = node->children; c != NULL; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
		    s->len <= LIMIT_TEXT_BYTES)
			g_string_append(s, (const char *)c->content);
	return s;
}

char *
get_text(const xmlNode *node)
{
	GString *s = raw_text(node);
	char *t = NULL;

	if (!text_is_blank(s->str) && s->len <= LIMIT_TEXT_BYTES)
		t = text_normalize(s->str);
	g_string_free(s, TRUE);
	return t;
}

bool
get_decimal_text(const xmlNode *node, struct decimal *out)
{
	GString *s = raw_text(node);
	bool ok = decimal_parse(s->str, out);

	g_string_free(s, TRUE);
	return ok;
}

bool
get_date_text(const xmlNode *node, day_t *out)
{
	GString *s = raw_text(node);
	bool ok;

	g_strstrip(s->str);
	ok = date_parse(s->str, out);
	g_string_free(s, TRUE);
	return ok;
}
