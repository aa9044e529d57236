/*
 * validate_progress.c: the rules of FORMAT.md for progress reports,
 * each against its plan, and across the reports of one plan.
 */
#include "validate.h"

#include <math.h>
#include <string.h>

#include "date.h"
#include "decimal.h"
#include "text.h"
#include "unit_conv.h"

/* The item's tasks' ids, for telling the user what to report on. */
static char *
task_ids(const struct item *it)
{
	GString *s = g_string_new(NULL);

	for (guint i = 0; i < it->tasks->len; i++) {
		const struct item *t = g_ptr_array_index(it->tasks, i);
		if (i == 4 && it->tasks->len > 5) {
			g_string_append(s, ", …");
			break;
		}
		g_string_append_printf(s, "%s%s", i > 0 ? ", " : "", t->id);
	}
	return g_string_free(s, FALSE);
}

/* Resolves r->ref to a leaf, or says why it cannot be. */
static struct item *
resolve(const struct plan *plan, const struct report *r, struct diags *d)
{
	const struct plan_entry *e = plan_find(plan, r->ref);

	if (r->ref == NULL || !text_is_identifier(r->ref))
		return NULL;    /* shape.c said so */
	if (e == NULL) {
		diag(d, r->line, MSG_UNKNOWN_REF, r->ref);
		return NULL;
	}
	if (e->is_category) {
		diag(d, r->line, MSG_REF_CATEGORY, r->ref);
		return NULL;
	}
	if (!item_is_leaf(e->u.item)) {
		char *ids = task_ids(e->u.item);
		diag(d, r->line, MSG_REF_HAS_TASKS, r->ref, ids);
		g_free(ids);
		return NULL;
	}
	return e->u.item;
}

/* done ÷ target in percent, for the consistency warnings. */
static double
done_percent(const struct report *r)
{
	return 100.0 * decimal_to_double(r->done_target) /
	    decimal_to_double(r->item->target);
}

static void
check_quantities(struct report *r, struct diags *d)
{
	struct item *it = r->item;
	const struct decimal hundred = {100, 0};
	char a[DECIMAL_BUFSZ], b[DECIMAL_BUFSZ];
	bool done_ok = false;
	int shift;

	if (r->has_done) {
		if (!it->has_target)
			diag(d, r->line, MSG_DONE_NO_TARGET, decimal_format(r->done, a),
			    item_label(it));
		else if (!unit_shift(r->done_unit != NULL ? r->done_unit :
		    it->target_unit, it->target_unit, &shift))
			diag(d, r->line, MSG_UNIT_MISMATCH, r->done_unit,
			    item_label(it), it->target_unit);
		else {
			/* 11000 户 in 万户 is 1.1, not 1.1000. */
			r->done_target = decimal_shift(r->done, shift);
			if (shift != 0)
				r->done_target = decimal_trim(r->done_target);
			done_ok = true;
		}
	}
	if (!done_ok)
		r->has_done = false;
	if (r->has_percent && decimal_cmp(r->percent, hundred) > 0)
		diag(d, r->line, MSG_PERCENT_RANGE, "percent",
		    decimal_format(r->percent, a), item_label(it));

	/* Contradictions: warnings, the report is still used (FORMAT.md). */
	if (r->status == STATUS_COMPLETED && done_ok &&
	    decimal_cmp(r->done_target, it->target) < 0) {
		char *done = g_strconcat(decimal_format(r->done_target, a),
		    it->target_unit, NULL);
		char *target = g_strconcat(decimal_format(it->target, b),
		    it->target_unit, NULL);
		diag(d, r->line, MSG_COMPLETED_SHORT, r->ref, done, target);
		g_free(done);
		g_free(target);
	}
	if (r->status == STATUS_NOT_STARTED) {
		if (done_ok && !decimal_is_zero(r->done)) {
			char *what = g_strconcat("done ", decimal_format(r->done, a), NULL);
			diag(d, r->line, MSG_NOT_STARTED_DONE, r->ref, what);
			g_free(what);
		} else if (r->has_percent && !decimal_is_zero(r->percent)) {
			char *what = g_strconcat("percent ", decimal_format(r->percent, a), NULL);
			diag(d, r->line, MSG_NOT_STARTED_DONE, r->ref, what);
			g_free(what);
		}
	}
	if (done_ok && r->has_percent) {
		double by_done = done_percent(r);
		double by_percent = decimal_to_double(r->percent);
		if (fabs(by_done - by_percent) > 10.0 + 1e-9) {
			char shown[32];
			g_snprintf(shown, sizeof shown, "%.2f", by_done);
			diag(d, r->line, MSG_DONE_PERCENT_APART, r->ref, shown,
			    decimal_format(r->percent, a));
		}
	}
}

void
validate_progress(const struct plan *plan, struct progress *pr, struct diags *d)
{
	char a[DATE_BUFSZ], b[DATE_BUFSZ], c[DATE_BUFSZ];

	g_free(pr->by_item);
	pr->by_item = g_new0(struct report *, plan->items->len);

	if (pr->plan_id != NULL && plan->id != NULL && text_is_identifier(pr->plan_id) &&
	    strcmp(pr->plan_id, plan->id) != 0)
		diag(d, pr->line, MSG_PLAN_MISMATCH, pr->plan_id, plan->id);
	if (pr->as_of > 0 && (pr->as_of < plan->start || pr->as_of > plan->end))
		diag(d, pr->line, MSG_ASOF_OUTSIDE, date_format(pr->as_of, a),
		    date_format(plan->start, b), date_format(plan->end, c));
	if (pr->issue_zero != NULL)
		diag(d, pr->line, MSG_ISSUE_ZERO, pr->issue_zero);

	for (guint i = 0; i < pr->reports->len; i++) {
		struct report *r = g_ptr_array_index(pr->reports, i);
		struct item *it = resolve(plan, r, d);

		if (it == NULL)
			continue;
		if (pr->by_item[it->index] != NULL) {
			diag(d, r->line, MSG_DUP_REPORT, r->ref,
			    pr->by_item[it->index]->line);
			continue;
		}
		r->item = it;
		pr->by_item[it->index] = r;
		if (!r->measured) {
			diag(d, r->line, MSG_EMPTY_REPORT, r->ref);
			continue;
		}
		check_quantities(r, d);
	}
}

void
validate_series(const struct plan *plan, GPtrArray *progress, struct diags **d)
{
	char a[DECIMAL_BUFSZ], b[DECIMAL_BUFSZ], day[DATE_BUFSZ];

	for (guint i = 1; i < progress->len; i++) {
		const struct progress *prev = g_ptr_array_index(progress, i - 1);
		const struct progress *pr = g_ptr_array_index(progress, i);

		if (pr->as_of == prev->as_of) {
			diag(d[i], pr->line, MSG_DUP_ASOF, date_format(pr->as_of, day),
			    prev->path);
			continue;
		}
		for (guint k = 0; k < plan->items->len; k++) {
			const struct report *r = pr->by_item[k], *q = prev->by_item[k];
			if (r == NULL || q == NULL || !r->has_done || !q->has_done)
				continue;
			if (decimal_cmp(r->done_target, q->done_target) < 0) {
				char *now = g_strconcat(decimal_format(r->done_target, a),
				    r->item->target_unit, NULL);
				char *then = g_strconcat(decimal_format(q->done_target, b),
				    r->item->target_unit, NULL);
				diag(d[i], r->line, MSG_DONE_DECREASED, item_label(r->item),
				    now, then, date_format(prev->as_of, day));
				g_free(now);
				g_free(then);
			}
		}
	}
}
