/*
 * model.c: construction, lookup and destruction of the plan tree and
 * progress reports.
 */
#include "model.h"

static void
unit_free(gpointer p)
{
	struct unit *u = p;

	g_free(u->name);
	g_free(u);
}

static void item_free(gpointer p);

struct item *
item_new(enum item_kind kind)
{
	struct item *it = g_new0(struct item, 1);

	it->kind = kind;
	it->weight.mant = 1;
	it->units = g_ptr_array_new_with_free_func(unit_free);
	it->milestones = g_array_new(FALSE, FALSE, sizeof(struct milestone));
	it->tasks = g_ptr_array_new_with_free_func(item_free);
	return it;
}

static void
item_free(gpointer p)
{
	struct item *it = p;

	g_free(it->id);
	g_free(it->seq);
	g_free(it->name);
	g_free(it->description);
	g_free(it->target_unit);
	g_ptr_array_free(it->units, TRUE);
	g_array_free(it->milestones, TRUE);
	g_ptr_array_free(it->tasks, TRUE);
	g_free(it);
}

static void
category_free(gpointer p)
{
	struct category *c = p;

	g_free(c->id);
	g_free(c->seq);
	g_free(c->name);
	g_ptr_array_free(c->projects, TRUE);
	g_free(c);
}

struct category *
category_new(void)
{
	struct category *c = g_new0(struct category, 1);

	c->projects = g_ptr_array_new_with_free_func(item_free);
	return c;
}

struct plan *
plan_new(void)
{
	struct plan *plan = g_new0(struct plan, 1);

	plan->categories = g_ptr_array_new_with_free_func(category_free);
	plan->items = g_ptr_array_new();
	plan->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	return plan;
}

void
plan_free(struct plan *plan)
{
	if (plan == NULL)
		return;
	g_free(plan->path);
	g_free(plan->id);
	g_free(plan->title);
	g_free(plan->issuer);
	g_hash_table_destroy(plan->ids);
	g_ptr_array_free(plan->items, TRUE);
	g_ptr_array_free(plan->categories, TRUE);
	g_free(plan);
}

const struct plan_entry *
plan_find(const struct plan *plan, const char *id)
{
	return id == NULL ? NULL : g_hash_table_lookup(plan->ids, id);
}

bool
item_is_leaf(const struct item *item)
{
	return item->tasks->len == 0;
}

const GPtrArray *
item_units(const struct item *item)
{
	if (item->units->len == 0 && item->project != NULL)
		return item->project->units;
	return item->units;
}

const struct unit *
item_lead(const struct item *item)
{
	const GPtrArray *units = item_units(item);

	for (guint i = 0; i < units->len; i++) {
		const struct unit *u = g_ptr_array_index(units, i);
		if (u->lead)
			return u;
	}
	return units->len > 0 ? g_ptr_array_index(units, 0) : NULL;
}

day_t
item_due(const struct plan *plan, const struct item *item)
{
	if (item->due > 0)
		return item->due;
	if (item->project != NULL && item->project->due > 0)
		return item->project->due;
	return plan->end;
}

static void
report_free(gpointer p)
{
	struct report *r = p;

	g_free(r->ref);
	g_free(r->done_unit);
	g_free(r->narrative);
	g_free(r->problem);
	g_free(r->next);
	g_free(r);
}

struct progress *
progress_new(void)
{
	struct progress *pr = g_new0(struct progress, 1);

	pr->reports = g_ptr_array_new_with_free_func(report_free);
	return pr;
}

void
progress_free(struct progress *pr)
{
	if (pr == NULL)
		return;
	g_free(pr->path);
	g_free(pr->plan_id);
	g_free(pr->issue);
	g_free(pr->issue_zero);
	g_free(pr->title);
	g_free(pr->by_item);
	g_ptr_array_free(pr->reports, TRUE);
	g_free(pr);
}
