/*
 * read_plan.c: the plan document as a tree of categories, projects and
 * tasks, with the defaults of FORMAT.md applied (start and end from the
 * year, weight 1).
 */
#include "read_plan.h"

#include <stdlib.h>
#include <string.h>

#include "input_limits.h"
#include "read_tree.h"
#include "read_xml.h"
#include "shape.h"

struct building {
	struct plan *plan;
	struct diags *d;
	int overflow;           /* LIMIT_ITEMS reached, already said */
};

/* Remembers the first holder of an id; validate_plan.c reports the
 * others as duplicates. */
static void
register_id(struct plan *plan, const char *id, bool is_category, void *what, int line)
{
	struct plan_entry *e;

	if (id == NULL || g_hash_table_contains(plan->ids, id))
		return;
	e = g_new0(struct plan_entry, 1);
	e->is_category = is_category;
	if (is_category)
		e->u.category = what;
	else
		e->u.item = what;
	e->line = line;
	g_hash_table_insert(plan->ids, g_strdup(id), e);
}

static void
read_units(struct item *it, const xmlNode *units)
{
	for (const xmlNode *c = units->children; c != NULL; c = c->next) {
		if (!is_dubao(c, "unit"))
			continue;
		char *name = get_text(c);
		char *role = get_raw_attr(c, "role");
		if (name != NULL) {
			struct unit *u = g_new0(struct unit, 1);
			u->name = name;
			u->lead = role != NULL && strcmp(g_strstrip(role), "lead") == 0;
			u->line = node_line(c);
			g_ptr_array_add(it->units, u);
		}
		g_free(role);
	}
}

static bool
too_many(struct building *b, const xmlNode *node)
{
	if (b->plan->items->len + b->plan->categories->len < LIMIT_ITEMS)
		return false;
	if (!b->overflow)
		diag(b->d, node_line(node), MSG_TOO_MANY, LIMIT_ITEMS,
		    "categories, projects and tasks");
	b->overflow = 1;
	return true;
}

static struct item *
read_item(struct building *b, const xmlNode *node, enum item_kind kind,
    struct category *cat, struct item *project)
{
	struct item *it = item_new(kind);
	struct decimal w;

	it->id = get_raw_attr(node, "id");
	it->name = get_text_attr(node, "name");
	it->seq = get_text_attr(node, "seq");
	if (get_decimal_attr(node, "weight", &w))
		it->weight = w;
	it->line = node_line(node);
	it->category = cat;
	it->project = project;
	it->index = b->plan->items->len;
	g_ptr_array_add(b->plan->items, it);
	register_id(b->plan, it->id, false, it, it->line);

	/* The schema allows one of each; the first is read, even when it is
	 * faulty (a second is an error of its own, and must not be read over
	 * the first's values). */
	bool seen_description = false, seen_units = false, seen_target = false,
	    seen_due = false;
	for (const xmlNode *c = node->children; c != NULL; c = c->next) {
		if (is_dubao(c, "description") && !seen_description) {
			seen_description = true;
			it->description = get_text(c);
		} else if (is_dubao(c, "units") && !seen_units) {
			seen_units = true;
			read_units(it, c);
		} else if (is_dubao(c, "target") && !seen_target) {
			seen_target = true;
			it->target_line = node_line(c);
			it->has_target = get_decimal_attr(c, "quantity", &it->target);
			it->target_unit = get_text_attr(c, "unit");
			if (it->target_unit == NULL)
				it->has_target = false;
		} else if (is_dubao(c, "due") && !seen_due) {
			seen_due = true;
			get_date_text(c, &it->due);
			it->due_line = node_line(c);
		} else if (is_dubao(c, "milestone")) {
			struct milestone m = {0, {0, 0}, node_line(c)};
			if (get_date_attr(c, "date", &m.date) &&
			    get_decimal_attr(c, "percent", &m.percent))
				g_array_append_val(it->milestones, m);
		} else if (is_dubao(c, "task") && kind == ITEM_PROJECT && !too_many(b, c))
			g_ptr_array_add(it->tasks, read_item(b, c, ITEM_TASK, cat, it));
	}
	return it;
}

struct plan *
read_plan(xmlDocPtr doc, const char *path, struct diags *d)
{
	struct plan *plan = plan_new();
	struct building b = {plan, d, 0};
	const xmlNode *root = xmlDocGetRootElement(doc);
	char *year;

	plan->path = g_strdup(path);
	if (!is_dubao(root, "plan"))
		return plan;
	plan->id = get_raw_attr(root, "id");
	plan->title = get_text_attr(root, "title");
	plan->issuer = get_text_attr(root, "issuer");
	plan->line = node_line(root);
	year = get_raw_attr(root, "year");
	if (year != NULL && strlen(year) == 4 && strspn(year, "0123456789") == 4)
		plan->year = atoi(year);     /* 0 for "0000", refused by shape.c */
	g_free(year);
	if (!get_date_attr(root, "start", &plan->start) && plan->year > 0)
		plan->start = date_from_ymd(plan->year, 1, 1);
	if (!get_date_attr(root, "end", &plan->end) && plan->year > 0)
		plan->end = date_from_ymd(plan->year, 12, 31);

	for (const xmlNode *c = root->children; c != NULL; c = c->next) {
		if (!is_dubao(c, "category") || too_many(&b, c))
			continue;
		struct category *cat = category_new();
		cat->id = get_raw_attr(c, "id");
		cat->name = get_text_attr(c, "name");
		cat->seq = get_text_attr(c, "seq");
		cat->line = node_line(c);
		cat->index = plan->categories->len;
		g_ptr_array_add(plan->categories, cat);
		register_id(plan, cat->id, true, cat, cat->line);
		for (const xmlNode *p = c->children; p != NULL; p = p->next)
			if (is_dubao(p, "project") && !too_many(&b, p))
				g_ptr_array_add(cat->projects,
				    read_item(&b, p, ITEM_PROJECT, cat, NULL));
	}
	return plan;
}
