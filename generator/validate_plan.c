/*
 * validate_plan.c: the rules of FORMAT.md that a plan must satisfy
 * beyond its shape.
 */
#include "validate.h"

#include <string.h>

#include "date.h"
#include "decimal.h"

const char *
item_label(const struct item *item)
{
	if (item->name != NULL)
		return item->name;
	return item->id != NULL ? item->id : "?";
}

static const char *
kind_name(enum item_kind kind)
{
	return kind == ITEM_PROJECT ? "project" : "task";
}

static void
check_duplicate(const struct plan *plan, const char *elem, const char *id,
    const void *self, int line, struct diags *d)
{
	const struct plan_entry *first = plan_find(plan, id);

	if (first == NULL || (first->is_category ? (const void *)first->u.category :
	    (const void *)first->u.item) == self)
		return;
	const char *first_elem = first->is_category ? "category" :
	    kind_name(first->u.item->kind);
	diag(d, line, MSG_DUP_ID, elem, id, first_elem, first->line);
}

static void
check_units(const struct item *it, struct diags *d)
{
	const struct unit *lead = NULL;
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < it->units->len; i++) {
		const struct unit *u = g_ptr_array_index(it->units, i);
		if (u->lead) {
			if (lead != NULL)
				diag(d, u->line, MSG_TWO_LEADS, u->name, item_label(it),
				    lead->name);
			else
				lead = u;
		}
		if (!g_hash_table_add(seen, u->name))
			diag(d, u->line, MSG_DUP_UNIT, u->name, item_label(it));
	}
	g_hash_table_destroy(seen);
	if (it->units->len > 0 && lead == NULL) {
		const struct unit *first = g_ptr_array_index(it->units, 0);
		diag(d, first->line, MSG_NO_LEAD, item_label(it), first->name);
	}
	/* Whoever does the work must be named: on a leaf, own or inherited. */
	if (item_is_leaf(it) && item_units(it)->len == 0)
		diag(d, it->line, MSG_NO_UNITS, kind_name(it->kind), item_label(it));
}

static void
check_milestones(const struct plan *plan, const struct item *it, struct diags *d)
{
	day_t due = item_due(plan, it);
	const struct milestone *prev = NULL;
	char a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ];
	char p[DECIMAL_BUFSZ], q[DECIMAL_BUFSZ];
	const struct decimal hundred = {100, 0};

	for (guint i = 0; i < it->milestones->len; i++) {
		const struct milestone *m = &g_array_index(it->milestones, struct milestone, i);
		if (decimal_cmp(m->percent, hundred) > 0)
			diag(d, m->line, MSG_PERCENT_RANGE, "milestone",
			    decimal_format(m->percent, p), item_label(it));
		if (plan->start > 0 && due > 0 && (m->date < plan->start || m->date > due))
			diag(d, m->line, MSG_MILESTONE_OUTSIDE, date_format(m->date, a),
			    item_label(it), date_format(plan->start, b), date_format(due, c));
		if (prev != NULL && m->date <= prev->date)
			diag(d, m->line, MSG_MILESTONE_ORDER, date_format(m->date, a),
			    item_label(it), date_format(prev->date, b));
		if (prev != NULL && decimal_cmp(m->percent, prev->percent) < 0)
			diag(d, m->line, MSG_MILESTONE_DECREASE, decimal_format(m->percent, p),
			    item_label(it), decimal_format(prev->percent, q));
		prev = m;
	}
}

static void
check_item(const struct plan *plan, const struct item *it, struct diags *d)
{
	char buf[DECIMAL_BUFSZ], a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ];

	if (it->id != NULL)
		check_duplicate(plan, kind_name(it->kind), it->id, it, it->line, d);
	if (decimal_is_zero(it->weight))
		diag(d, it->line, MSG_WEIGHT_ZERO, kind_name(it->kind), item_label(it),
		    decimal_format(it->weight, buf));
	if (it->has_target && decimal_is_zero(it->target))
		diag(d, it->target_line, MSG_TARGET_ZERO, decimal_format(it->target, buf),
		    item_label(it));
	/* Without a period (year missing or wrong, already said) there is
	 * nothing to compare dates with. */
	if (it->due > 0 && plan->start > 0 && plan->end > 0 &&
	    (it->due < plan->start || it->due > plan->end))
		diag(d, it->due_line, MSG_DUE_OUTSIDE, date_format(it->due, a),
		    item_label(it), date_format(plan->start, b), date_format(plan->end, c));
	check_units(it, d);
	check_milestones(plan, it, d);
}

void
validate_plan(const struct plan *plan, struct diags *d)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ];

	if (plan->start > 0 && plan->end > 0 && plan->start > plan->end)
		diag(d, plan->line, MSG_START_AFTER_END, date_format(plan->start, a),
		    date_format(plan->end, b));
	for (guint i = 0; i < plan->categories->len; i++) {
		const struct category *cat = g_ptr_array_index(plan->categories, i);
		if (cat->id != NULL)
			check_duplicate(plan, "category", cat->id, cat, cat->line, d);
	}
	for (guint i = 0; i < plan->items->len; i++)
		check_item(plan, g_ptr_array_index(plan->items, i), d);
}
