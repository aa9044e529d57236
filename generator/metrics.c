/*
 * metrics.c: the computations of FORMAT.md's Metrics section.
 */
#include "metrics.h"

#include <math.h>
#include <string.h>

int
round_h(double fraction)
{
	return (int)floor(fraction * 10000.0 + 0.5 + 1e-9);
}

const char *
light_name(enum light light)
{
	static const char *const names[] = {"done", "green", "yellow", "red", "grey"};

	return light < LIGHT__COUNT ? names[light] : "grey";
}

const char *
reported_name(enum reported r)
{
	static const char *const names[] = {"no", "partly", "yes"};

	return names[r];
}

double
leaf_expected(const struct plan *plan, const struct item *leaf, day_t d)
{
	/* t(x) = x - start + 1; the schedule runs through (0, 0), each
	 * milestone, and (t(due), 1). */
	double t = (double)(d - plan->start + 1);
	double t_due = (double)(item_due(plan, leaf) - plan->start + 1);
	double t0 = 0.0, p0 = 0.0;

	if (t >= t_due)
		return 1.0;
	for (guint i = 0; i <= leaf->milestones->len; i++) {
		double t1, p1;
		if (i < leaf->milestones->len) {
			const struct milestone *m = &g_array_index(leaf->milestones,
			    struct milestone, i);
			t1 = (double)(m->date - plan->start + 1);
			p1 = decimal_to_double(m->percent) / 100.0;
		} else {
			t1 = t_due;
			p1 = 1.0;
		}
		if (t < t1) {
			double v = p0 + (p1 - p0) * (t - t0) / (t1 - t0);
			return v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
		}
		t0 = t1;
		p0 = p1;
	}
	return 1.0;
}

/* The light of something measured; all_parts_done is true for a leaf. */
static enum light
light_of(const struct measure *m, bool all_parts_done, struct thresholds th)
{
	if (!m->known)
		return LIGHT_GREY;
	if (m->completion_h == 10000 && all_parts_done)
		return LIGHT_DONE;
	if (m->completion_h >= m->expected_h - th.green_within)
		return LIGHT_GREEN;
	if (m->completion_h >= m->expected_h - th.yellow_within)
		return LIGHT_YELLOW;
	return LIGHT_RED;
}

static void
measure_leaf(const struct plan *plan, const struct progress *pr,
    const struct item *it, struct measure *m, struct thresholds th)
{
	const struct report *r = pr->by_item[it->index];

	memset(m, 0, sizeof *m);
	m->reported = r != NULL ? REPORTED_YES : REPORTED_NO;
	m->has_expected = true;
	m->expected = leaf_expected(plan, it, pr->as_of);
	m->expected_h = round_h(m->expected);
	if (r != NULL && r->has_done && it->has_target) {
		m->has_ratio = true;
		m->ratio = decimal_to_double(r->done_target) /
		    decimal_to_double(it->target);
		m->ratio_h = round_h(m->ratio);
	}
	/* The first rule that applies. */
	if (r == NULL)
		m->known = false;
	else if (r->status == STATUS_COMPLETED) {
		m->known = true;
		m->completion = 1.0;
	} else if (m->has_ratio) {
		m->known = true;
		m->completion = m->ratio < 1.0 ? m->ratio : 1.0;
	} else if (r->has_percent) {
		m->known = true;
		m->completion = decimal_to_double(r->percent) / 100.0;
	} else if (r->status == STATUS_NOT_STARTED) {
		m->known = true;
		m->completion = 0.0;
	}
	if (m->known)
		m->completion_h = round_h(m->completion);
	m->light = light_of(m, true, th);
}

static void
count(struct counts *c, const struct measure *m)
{
	c->total++;
	if (m->known)
		c->known++;
	c->light[m->light]++;
	c->reported[m->reported]++;
}

/* A weighted mean being summed over the parts of something. */
struct mean {
	double sum_w, sum_c, sum_e;
	int n;
	bool all_done;
	int reported_yes, reported_no, total;
};

static void
mean_add(struct mean *a, const struct measure *m, double w)
{
	a->total++;
	if (m->reported == REPORTED_YES)
		a->reported_yes++;
	else if (m->reported == REPORTED_NO)
		a->reported_no++;
	if (m->light != LIGHT_DONE)
		a->all_done = false;
	if (!m->known)
		return;
	a->sum_w += w;
	a->sum_c += w * m->completion;
	a->sum_e += w * m->expected;
	a->n++;
}

static void
mean_finish(const struct mean *a, struct measure *m, struct thresholds th)
{
	m->known = a->n > 0 && a->sum_w > 0.0;
	m->has_expected = m->known;
	if (m->known) {
		m->completion = a->sum_c / a->sum_w;
		m->expected = a->sum_e / a->sum_w;
		m->completion_h = round_h(m->completion);
		m->expected_h = round_h(m->expected);
	}
	if (a->reported_yes == a->total)
		m->reported = REPORTED_YES;
	else if (a->reported_no == a->total)
		m->reported = REPORTED_NO;
	else
		m->reported = REPORTED_PARTLY;
	m->light = light_of(m, a->all_done, th);
}

static struct mean
mean_start(void)
{
	struct mean a = {0.0, 0.0, 0.0, 0, true, 0, 0, 0};

	return a;
}

static void
measure_project(const struct plan *plan, const struct progress *pr,
    const struct item *p, struct snapshot *s, struct thresholds th)
{
	struct measure *m = &s->items[p->index];
	struct mean a = mean_start();

	if (item_is_leaf(p)) {
		measure_leaf(plan, pr, p, m, th);
		return;
	}
	memset(m, 0, sizeof *m);
	for (guint i = 0; i < p->tasks->len; i++) {
		const struct item *t = g_ptr_array_index(p->tasks, i);
		struct measure *tm = &s->items[t->index];
		measure_leaf(plan, pr, t, tm, th);
		mean_add(&a, tm, decimal_to_double(t->weight));
		count(&m->parts, tm);
		count(&s->tasks, tm);
	}
	mean_finish(&a, m, th);
}

/* A unit's roll-up while it is being summed. */
struct unit_acc {
	struct unit_stat *stat;
	struct mean mean;
};

static void
measure_units(struct snapshot *s, struct thresholds th)
{
	/* name -> index + 1 in accs; leaves with no unit go under "nobody". */
	GHashTable *by_name = g_hash_table_new(g_str_hash, g_str_equal);
	GArray *accs = g_array_new(FALSE, TRUE, sizeof(struct unit_acc));
	guint nobody = 0;

	for (guint i = 0; i < s->plan->items->len; i++) {
		const struct item *it = g_ptr_array_index(s->plan->items, i);
		const struct measure *m = &s->items[it->index];
		const struct unit *lead;
		guint k;

		if (!item_is_leaf(it))
			continue;
		lead = item_lead(it);
		k = lead != NULL ?
		    GPOINTER_TO_UINT(g_hash_table_lookup(by_name, lead->name)) : nobody;
		if (k == 0) {
			struct unit_acc acc = {g_new0(struct unit_stat, 1), mean_start()};
			acc.stat->name = lead != NULL ? lead->name : NULL;
			acc.stat->items = g_ptr_array_new();
			g_ptr_array_add(s->units, acc.stat);
			g_array_append_val(accs, acc);
			k = accs->len;
			if (lead != NULL)
				g_hash_table_insert(by_name, lead->name, GUINT_TO_POINTER(k));
			else
				nobody = k;
		}
		struct unit_acc *acc = &g_array_index(accs, struct unit_acc, k - 1);
		g_ptr_array_add(acc->stat->items, (gpointer)it);
		count(&acc->stat->mean.parts, m);
		/* Weights only compare tasks within one project, so across a
		 * unit's items the mean is unweighted. */
		mean_add(&acc->mean, m, 1.0);
	}
	for (guint k = 0; k < accs->len; k++) {
		struct unit_acc *acc = &g_array_index(accs, struct unit_acc, k);
		mean_finish(&acc->mean, &acc->stat->mean, th);
	}
	g_array_free(accs, TRUE);
	g_hash_table_destroy(by_name);
}

static void
unit_stat_free(gpointer p)
{
	struct unit_stat *u = p;

	g_ptr_array_free(u->items, TRUE);
	g_free(u);
}

static void
set_delta(struct measure *m, const struct measure *before)
{
	if (before != NULL && m->known && before->known) {
		m->has_delta = true;
		m->delta_h = m->completion_h - before->completion_h;
	}
}

struct snapshot *
snapshot_new(const struct plan *plan, const struct progress *pr,
    const struct snapshot *prev, struct thresholds th)
{
	struct snapshot *s = g_new0(struct snapshot, 1);
	struct mean all = mean_start();

	s->plan = plan;
	s->progress = pr;
	s->items = g_new0(struct measure, plan->items->len);
	s->categories = g_new0(struct measure, plan->categories->len);
	s->units = g_ptr_array_new_with_free_func(unit_stat_free);

	for (guint c = 0; c < plan->categories->len; c++) {
		const struct category *cat = g_ptr_array_index(plan->categories, c);
		struct measure *cm = &s->categories[c];
		struct mean a = mean_start();

		for (guint i = 0; i < cat->projects->len; i++) {
			const struct item *p = g_ptr_array_index(cat->projects, i);
			const struct measure *pm = &s->items[p->index];
			double w = decimal_to_double(p->weight);

			measure_project(plan, pr, p, s, th);
			mean_add(&a, pm, w);
			mean_add(&all, pm, w);
			count(&cm->parts, pm);
			count(&s->total.parts, pm);
		}
		mean_finish(&a, cm, th);
	}
	mean_finish(&all, &s->total, th);
	measure_units(s, th);

	if (prev != NULL) {
		for (guint i = 0; i < plan->items->len; i++)
			set_delta(&s->items[i], &prev->items[i]);
		for (guint c = 0; c < plan->categories->len; c++)
			set_delta(&s->categories[c], &prev->categories[c]);
		set_delta(&s->total, &prev->total);
		for (guint k = 0; k < s->units->len; k++) {
			struct unit_stat *u = g_ptr_array_index(s->units, k);
			for (guint j = 0; j < prev->units->len; j++) {
				const struct unit_stat *v = g_ptr_array_index(prev->units, j);
				if (g_strcmp0(u->name, v->name) == 0) {
					set_delta(&u->mean, &v->mean);
					break;
				}
			}
		}
	}
	return s;
}

void
snapshot_free(struct snapshot *s)
{
	if (s == NULL)
		return;
	g_free(s->items);
	g_free(s->categories);
	g_ptr_array_free(s->units, TRUE);
	g_free(s);
}
