/*
 * shape.c: a small table of the format's elements and the walk that
 * checks a document against it.
 *
 * The table is the RELAX NG schema (templates/dubao.rng) said again in
 * C; tests/schema-agrees.t runs both over every test file so that they
 * cannot drift apart.
 */
#include "shape.h"

#include <string.h>

#include <glib.h>

#include "date.h"
#include "decimal.h"
#include "input_limits.h"
#include "read_xml.h"
#include "text.h"

enum vtype {
	VT_TEXT,        /* free text; if required, not blank */
	VT_ID,
	VT_DATE,
	VT_NUMBER,
	VT_INTEGER,
	VT_YEAR,
	VT_CHOICE,
};

struct attr_spec {
	const char *name;
	enum vtype type;
	int required;
	const char *choices;  /* VT_CHOICE: "a, b, c" */
};

enum content {
	CT_ELEMENTS,    /* children only, no text */
	CT_EMPTY,       /* nothing but foreign elements */
	CT_TEXT,        /* text (and foreign elements) */
	CT_TEXT_REQ,    /* text that must not be blank */
	CT_DATE,        /* a date as text */
	CT_NUMBER,      /* a number as text */
};

struct elem_spec {
	const char *name;
	const struct attr_spec *attrs;     /* ends with a NULL name */
	const char *const *children;       /* allowed, NULL-terminated */
	const char *const *repeatable;     /* allowed more than once */
	const char *required_child;        /* at least one, or NULL */
	enum content content;
};

#define END {NULL, VT_TEXT, 0, NULL}

static const struct attr_spec plan_attrs[] = {
	{"id", VT_ID, 1, NULL}, {"year", VT_YEAR, 1, NULL},
	{"title", VT_TEXT, 1, NULL}, {"issuer", VT_TEXT, 0, NULL},
	{"start", VT_DATE, 0, NULL}, {"end", VT_DATE, 0, NULL}, END};
static const struct attr_spec category_attrs[] = {
	{"id", VT_ID, 1, NULL}, {"name", VT_TEXT, 1, NULL},
	{"seq", VT_TEXT, 0, NULL}, END};
static const struct attr_spec item_attrs[] = {
	{"id", VT_ID, 1, NULL}, {"name", VT_TEXT, 1, NULL},
	{"seq", VT_TEXT, 0, NULL}, {"weight", VT_NUMBER, 0, NULL}, END};
static const struct attr_spec unit_attrs[] = {
	{"role", VT_CHOICE, 0, "lead, co"}, END};
static const struct attr_spec target_attrs[] = {
	{"quantity", VT_NUMBER, 1, NULL}, {"unit", VT_TEXT, 1, NULL}, END};
static const struct attr_spec milestone_attrs[] = {
	{"date", VT_DATE, 1, NULL}, {"percent", VT_NUMBER, 1, NULL}, END};
static const struct attr_spec progress_attrs[] = {
	{"plan", VT_ID, 1, NULL}, {"as-of", VT_DATE, 1, NULL},
	{"issue", VT_INTEGER, 0, NULL}, {"title", VT_TEXT, 0, NULL}, END};
static const struct attr_spec report_attrs[] = {
	{"ref", VT_ID, 1, NULL},
	{"status", VT_CHOICE, 0, "not-started, in-progress, completed"}, END};
static const struct attr_spec done_attrs[] = {
	{"quantity", VT_NUMBER, 1, NULL}, {"unit", VT_TEXT, 0, NULL}, END};
static const struct attr_spec no_attrs[] = {END};

static const char *const plan_children[] = {"category", NULL};
static const char *const category_children[] = {"project", NULL};
static const char *const project_children[] = {"description", "units",
	"target", "due", "milestone", "task", NULL};
static const char *const task_children[] = {"description", "units",
	"target", "due", "milestone", NULL};
static const char *const item_repeatable[] = {"milestone", "task", NULL};
static const char *const units_children[] = {"unit", NULL};
static const char *const progress_children[] = {"report", NULL};
static const char *const report_children[] = {"done", "percent",
	"narrative", "problem", "next", NULL};
static const char *const none[] = {NULL};

static const struct elem_spec specs[] = {
	{"plan", plan_attrs, plan_children, plan_children, "category", CT_ELEMENTS},
	{"category", category_attrs, category_children, category_children, "project", CT_ELEMENTS},
	{"project", item_attrs, project_children, item_repeatable, NULL, CT_ELEMENTS},
	{"task", item_attrs, task_children, item_repeatable, NULL, CT_ELEMENTS},
	{"description", no_attrs, none, none, NULL, CT_TEXT},
	{"units", no_attrs, units_children, units_children, "unit", CT_ELEMENTS},
	{"unit", unit_attrs, none, none, NULL, CT_TEXT_REQ},
	{"target", target_attrs, none, none, NULL, CT_EMPTY},
	{"due", no_attrs, none, none, NULL, CT_DATE},
	{"milestone", milestone_attrs, none, none, NULL, CT_EMPTY},
	{"progress", progress_attrs, progress_children, progress_children, NULL, CT_ELEMENTS},
	{"report", report_attrs, report_children, none, NULL, CT_ELEMENTS},
	{"done", done_attrs, none, none, NULL, CT_EMPTY},
	{"percent", no_attrs, none, none, NULL, CT_NUMBER},
	{"narrative", no_attrs, none, none, NULL, CT_TEXT},
	{"problem", no_attrs, none, none, NULL, CT_TEXT},
	{"next", no_attrs, none, none, NULL, CT_TEXT},
};

struct walk {
	struct diags *d;
	long elements;
	int stopped;
};

int
is_dubao(const xmlNode *node, const char *name)
{
	return node != NULL && node->type == XML_ELEMENT_NODE &&
	    node->ns != NULL &&
	    strcmp((const char *)node->ns->href, DUBAO_NS) == 0 &&
	    (name == NULL || strcmp((const char *)node->name, name) == 0);
}

static const struct elem_spec *
find_spec(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(specs); i++)
		if (strcmp(specs[i].name, name) == 0)
			return &specs[i];
	return NULL;
}

static int
in_list(const char *const *list, const char *name)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, name) == 0)
			return 1;
	return 0;
}

/* The value as it appears in a message, cut to a readable length. */
static char *
quoted(const char *value)
{
	glong n = g_utf8_strlen(value, -1);

	if (n <= 40)
		return g_strdup(value);
	char *head = g_utf8_substring(value, 0, 40);
	char *s = g_strconcat(head, "…", NULL);
	g_free(head);
	return s;
}

/* Digits, at most LIMIT_DIGITS of them after leading zeros (as XML
 * Schema's totalDigits counts them). */
static int
is_integer(const char *s)
{
	char *t = g_strstrip(g_strdup(s));
	size_t n = strlen(t);
	int ok = n > 0 && strspn(t, "0123456789") == n &&
	    n - strspn(t, "0") <= LIMIT_DIGITS;

	g_free(t);
	return ok;
}

/* Four digits naming a year of the calendar (not 0000). */
static int
is_year(const char *s)
{
	return strlen(s) == 4 && strspn(s, "0123456789") == 4 && strcmp(s, "0000") != 0;
}

/* As RELAX NG compares <value>s: white space around is ignored. */
static int
in_choices(const char *choices, const char *value)
{
	char **list = g_strsplit(choices, ", ", -1);
	char *v = g_strstrip(g_strdup(value));
	int found = in_list((const char *const *)list, v);

	g_free(v);
	g_strfreev(list);
	return found;
}

/* Checks one typed value; where is "<elem> attr=" or the element name
 * for text content. */
static void
check_value(struct walk *w, int line, const char *where_elem,
    const char *where_attr, enum vtype type, int required,
    const char *choices, const char *value)
{
	char *shown, *where;
	day_t day;
	struct decimal dec;
	enum msg bad;

	if (strlen(value) > LIMIT_TEXT_BYTES) {
		char *what = where_attr != NULL ?
		    g_strdup_printf("<%s> attribute %s", where_elem, where_attr) :
		    g_strdup_printf("the text of <%s>", where_elem);
		diag(w->d, line, MSG_TEXT_TOO_LONG, what, strlen(value), LIMIT_TEXT_BYTES);
		g_free(what);
		return;
	}
	switch (type) {
	case VT_TEXT:
		if (required && text_is_blank(value)) {
			if (where_attr != NULL)
				diag(w->d, line, MSG_EMPTY_ATTR, where_elem, where_attr);
			else
				diag(w->d, line, MSG_EMPTY_TEXT, where_elem);
		}
		return;
	case VT_ID:
		if (text_is_identifier(value))
			return;
		bad = MSG_BAD_ID;
		break;
	case VT_DATE: {
		char *t = where_attr == NULL ? g_strstrip(g_strdup(value)) : g_strdup(value);
		int ok = date_parse(t, &day);
		g_free(t);
		if (ok)
			return;
		bad = MSG_BAD_DATE;
		break;
	}
	case VT_NUMBER:
		if (decimal_parse(value, &dec))
			return;
		bad = MSG_BAD_NUMBER;
		break;
	case VT_INTEGER:
		if (is_integer(value))
			return;
		bad = MSG_BAD_INTEGER;
		break;
	case VT_YEAR:
		if (is_year(value))
			return;
		bad = MSG_BAD_YEAR;
		break;
	case VT_CHOICE:
	default:
		if (in_choices(choices, value))
			return;
		bad = MSG_BAD_CHOICE;
		break;
	}
	shown = quoted(value);
	if (where_attr != NULL)
		where = g_strdup_printf("<%s> %s=\"%s\"", where_elem, where_attr, shown);
	else
		where = g_strdup_printf("<%s>%s</%s>", where_elem, shown, where_elem);
	if (bad == MSG_BAD_CHOICE)
		diag(w->d, line, bad, where, choices);
	else
		diag(w->d, line, bad, where);
	g_free(where);
	g_free(shown);
}

static void
check_attributes(struct walk *w, const xmlNode *node, const struct elem_spec *spec)
{
	const char *name = (const char *)node->name;
	int line = node_line(node);
	int n = 0;

	/* libxml2's RELAX NG validation takes time and memory with the
	 * square of an element's attributes (a few thousand take
	 * gigabytes): a bound, and the file goes no further. */
	for (const xmlAttr *a = node->properties; a != NULL; a = a->next)
		if (++n > LIMIT_ATTRIBUTES) {
			diag(w->d, line, MSG_TOO_MANY_ATTRS, name, LIMIT_ATTRIBUTES);
			w->stopped = 1;
			return;
		}

	for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
		const char *aname = (const char *)a->name;
		xmlChar *value;
		const struct attr_spec *as = NULL;

		if (a->ns != NULL && strcmp((const char *)a->ns->href, DUBAO_NS) != 0)
			continue;       /* another namespace: an extension */
		value = xmlNodeListGetString(node->doc, a->children, 1);
		if (a->ns != NULL) {
			char *shown = quoted(value != NULL ? (const char *)value : "");
			char *qname = g_strdup_printf("%s:%s", a->ns->prefix != NULL ?
			    (const char *)a->ns->prefix : "", aname);
			diag(w->d, line, MSG_ATTR_NS, name, qname, aname, shown);
			g_free(qname);
			g_free(shown);
			xmlFree(value);
			continue;
		}
		for (as = spec->attrs; as->name != NULL; as++)
			if (strcmp(as->name, aname) == 0)
				break;
		if (as->name == NULL) {
			char *shown = quoted(value != NULL ? (const char *)value : "");
			diag(w->d, line, MSG_UNKNOWN_ATTR, name, aname, shown);
			g_free(shown);
		} else
			check_value(w, line, name, aname, as->type, as->required,
			    as->choices, value != NULL ? (const char *)value : "");
		xmlFree(value);
	}
	for (const struct attr_spec *as = spec->attrs; as->name != NULL; as++)
		if (as->required && !xmlHasNsProp(node, (const xmlChar *)as->name, NULL))
			diag(w->d, line, MSG_MISSING_ATTR, name, as->name);
}

static void check_element(struct walk *w, const xmlNode *node, const struct elem_spec *spec);

/* Counts the elements and attributes of a foreign subtree against the
 * limits, without recursion (its depth is libxml2's to bound, but a
 * loop costs nothing). */
static void
count_foreign(struct walk *w, const xmlNode *top)
{
	const xmlNode *c = top;

	while (c != NULL && !w->stopped) {
		if (c->type == XML_ELEMENT_NODE) {
			int n = 0;
			for (const xmlAttr *a = c->properties; a != NULL; a = a->next)
				n++;
			if (n > LIMIT_ATTRIBUTES) {
				diag(w->d, node_line(c), MSG_TOO_MANY_ATTRS,
				    (const char *)c->name, LIMIT_ATTRIBUTES);
				w->stopped = 1;
			} else if (++w->elements > LIMIT_ELEMENTS) {
				diag(w->d, node_line(c), MSG_TOO_MANY, LIMIT_ELEMENTS,
				    "elements");
				w->stopped = 1;
			}
			if (c->children != NULL) {
				c = c->children;
				continue;
			}
		}
		while (c != top && c->next == NULL)
			c = c->parent;
		if (c == top)
			break;
		c = c->next;
	}
}

static void
check_text_content(struct walk *w, const xmlNode *node, const struct elem_spec *spec,
    const GString *text)
{
	const char *name = (const char *)node->name;
	int line = node_line(node);

	switch (spec->content) {
	case CT_TEXT:
	case CT_TEXT_REQ:
		check_value(w, line, name, NULL, VT_TEXT,
		    spec->content == CT_TEXT_REQ, NULL, text->str);
		break;
	case CT_DATE:
		check_value(w, line, name, NULL, VT_DATE, 1, NULL, text->str);
		break;
	case CT_NUMBER:
		check_value(w, line, name, NULL, VT_NUMBER, 1, NULL, text->str);
		break;
	case CT_ELEMENTS:
	case CT_EMPTY:
		break;
	}
}

static void
check_children(struct walk *w, const xmlNode *node, const struct elem_spec *spec)
{
	const char *name = (const char *)node->name;
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	GString *text = g_string_new(NULL);
	int takes_text = spec->content != CT_ELEMENTS && spec->content != CT_EMPTY;
	int stray_reported = 0;

	for (const xmlNode *c = node->children; c != NULL && !w->stopped; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)c->content;
			if (takes_text) {
				if (text->len <= LIMIT_TEXT_BYTES)
					g_string_append(text, s);
			} else if (!stray_reported && !text_is_blank(s)) {
				char *t = text_normalize(s), *shown = quoted(t);
				/* At the element at fault, as FORMAT.md asks: a text
				 * node's own line is where libxml2 ended it. */
				diag(w->d, node_line(node), MSG_STRAY_TEXT, name, shown);
				g_free(shown);
				g_free(t);
				stray_reported = 1;
			}
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;       /* comments and processing instructions */
		if (c->ns == NULL) {
			diag(w->d, node_line(c), MSG_NO_NS, (const char *)c->name);
			continue;
		}
		if (!is_dubao(c, NULL)) {
			/* Another namespace: an extension, not looked into, but
			 * its elements count towards the limit. */
			count_foreign(w, c);
			continue;
		}
		const char *cname = (const char *)c->name;
		const struct elem_spec *cspec = find_spec(cname);
		if (cspec == NULL || !in_list(spec->children, cname)) {
			diag(w->d, node_line(c), MSG_UNKNOWN_ELEMENT, cname, name);
			continue;
		}
		if (g_hash_table_contains(seen, cname) && !in_list(spec->repeatable, cname))
			diag(w->d, node_line(c), MSG_REPEATED_ELEMENT, cname, name);
		g_hash_table_add(seen, (gpointer)cname);
		check_element(w, c, cspec);
	}
	if (takes_text && !w->stopped)
		check_text_content(w, node, spec, text);
	if (spec->required_child != NULL && !w->stopped &&
	    !g_hash_table_contains(seen, spec->required_child))
		diag(w->d, node_line(node), MSG_MISSING_ELEMENT, name, spec->required_child);
	g_string_free(text, TRUE);
	g_hash_table_destroy(seen);
}

static void
check_element(struct walk *w, const xmlNode *node, const struct elem_spec *spec)
{
	if (++w->elements > LIMIT_ELEMENTS) {
		diag(w->d, node_line(node), MSG_TOO_MANY, LIMIT_ELEMENTS, "elements");
		w->stopped = 1;
		return;
	}
	check_attributes(w, node, spec);
	if (!w->stopped)
		check_children(w, node, spec);
}

int
shape_check(xmlDocPtr doc, enum doc_kind kind, struct diags *d, bool *stopped)
{
	struct walk w = {d, 0, 0};
	const xmlNode *root = xmlDocGetRootElement(doc);
	const char *want = kind == DOC_PLAN ? "plan" : "progress";
	int before = d->errors;

	if (root == NULL) {
		diag(d, 0, MSG_XML, "no root element");
		return d->errors - before;
	}
	const char *name = (const char *)root->name;
	*stopped = false;
	if (root->ns == NULL || strcmp((const char *)root->ns->href, DUBAO_NS) != 0) {
		if (strcmp(name, "plan") != 0 && strcmp(name, "progress") != 0)
			diag(d, node_line(root), MSG_ROOT, name);
		else if (root->ns == NULL)
			diag(d, node_line(root), MSG_NO_NS, name);
		else
			diag(d, node_line(root), MSG_WRONG_NS, name,
			    (const char *)root->ns->href);
		return d->errors - before;
	}
	if (strcmp(name, want) != 0) {
		if (strcmp(name, "plan") == 0 || strcmp(name, "progress") == 0)
			diag(d, node_line(root), kind == DOC_PLAN ? MSG_WANT_PLAN :
			    MSG_WANT_PROGRESS, name);
		else
			diag(d, node_line(root), MSG_ROOT, name);
		return d->errors - before;
	}
	check_element(&w, root, find_spec(want));
	*stopped = w.stopped;
	return d->errors - before;
}
