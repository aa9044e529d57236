/*
 * test_metrics.c: the Metrics section of FORMAT.md on small plans built
 * by hand, each expectation computed by hand in the comment beside it.
 */
#include <glib.h>

#include "date.h"
#include "decimal.h"
#include "metrics.h"
#include "model.h"
#include "tap.h"
#include "unit_conv.h"

/* ---- a small builder for plans and reports ---- */

static struct decimal
dec(const char *s)
{
	struct decimal d = {0, 0};

	if (!decimal_parse(s, &d))
		printf("# bad decimal in test: %s\n", s);
	return d;
}

static day_t
day(const char *s)
{
	day_t d = 0;

	date_parse(s, &d);
	return d;
}

static struct plan *
new_plan(void)
{
	struct plan *p = plan_new();

	p->id = g_strdup("t");
	p->year = 2025;
	p->start = day("2025-01-01");
	p->end = day("2025-12-31");
	return p;
}

static struct category *
add_category(struct plan *p, const char *id)
{
	struct category *c = category_new();

	c->id = g_strdup(id);
	c->name = g_strdup(id);
	c->index = p->categories->len;
	g_ptr_array_add(p->categories, c);
	return c;
}

static struct item *
add_item(struct plan *p, struct category *c, struct item *project,
    const char *id, const char *target, const char *unit, const char *weight)
{
	struct item *it = item_new(project != NULL ? ITEM_TASK : ITEM_PROJECT);

	it->id = g_strdup(id);
	it->name = g_strdup(id);
	it->category = c;
	it->project = project;
	if (target != NULL) {
		it->has_target = true;
		it->target = dec(target);
		it->target_unit = g_strdup(unit);
	}
	if (weight != NULL)
		it->weight = dec(weight);
	it->index = p->items->len;
	g_ptr_array_add(p->items, it);
	if (project != NULL)
		g_ptr_array_add(project->tasks, it);
	else
		g_ptr_array_add(c->projects, it);
	return it;
}

static void
add_milestone(struct item *it, const char *date, const char *percent)
{
	struct milestone m = {day(date), dec(percent), 0};

	g_array_append_val(it->milestones, m);
}

static struct progress *
new_progress(const struct plan *p, const char *as_of)
{
	struct progress *pr = progress_new();

	pr->as_of = day(as_of);
	pr->by_item = g_new0(struct report *, p->items->len);
	return pr;
}

/* A report on it; done may carry a unit ("1.1499 万户" style is split). */
static struct report *
report(struct progress *pr, struct item *it, enum status st,
    const char *done, const char *done_unit, const char *percent)
{
	struct report *r = g_new0(struct report, 1);
	int shift = 0;

	r->ref = g_strdup(it->id);
	r->item = it;
	r->status = st;
	if (done != NULL) {
		r->has_done = true;
		r->done = dec(done);
		r->done_unit = done_unit ? g_strdup(done_unit) : NULL;
		if (!unit_shift(done_unit ? done_unit : it->target_unit, it->target_unit, &shift))
			printf("# bad unit in test\n");
		r->done_target = decimal_shift(r->done, shift);
	}
	if (percent != NULL) {
		r->has_percent = true;
		r->percent = dec(percent);
	}
	g_ptr_array_add(pr->reports, r);
	pr->by_item[it->index] = r;
	return r;
}

/* ---- the tests ---- */

static void
test_rounding(void)
{
	/* FORMAT.md's examples. */
	is_int(round_h(0.123456), 1235, "0.123456 rounds to 1235 hundredths");
	is_int(round_h(32.6975 / 110), 2973, "32.6975 / 110 is exactly 29.725 %%: 2973, not 2972");
	is_int(round_h(0.12345), 1235, "half up: 0.12345 -> 1235");
	is_int(round_h(0.12344999), 1234, "below half: 0.12344999 -> 1234");
	is_int(round_h(0.0), 0, "zero");
	is_int(round_h(1.0), 10000, "one");
}

static void
test_units(void)
{
	int shift = 99;
	char buf[DECIMAL_BUFSZ];

	ok(unit_shift("万户", "户", &shift) && shift == 4, "万户 -> 户 shifts by 4");
	ok(unit_shift("户", "万户", &shift) && shift == -4, "户 -> 万户 shifts by -4");
	ok(unit_shift("亿元", "万元", &shift) && shift == 4, "亿元 -> 万元 shifts by 4");
	ok(unit_shift("套", "套", &shift) && shift == 0, "same unit");
	ok(!unit_shift("公里", "户", &shift), "公里 against 户 is refused");
	ok(!unit_shift("万万户", "户", &shift), "万万户 against 户 is refused");
	ok(!unit_shift("万万户", "万户", &shift), "万万户 against 万户 is refused");
	ok(!unit_shift("万", "亿", &shift), "a bare 万 is a unit of its own, not 亿's");
	is_str(decimal_format(decimal_shift(dec("1.1499"), 4), buf), "11499",
	    "1.1499 万户 is 11499 户 exactly");
	is_str(decimal_format(decimal_shift(dec("33000"), -4), buf), "3.3000",
	    "33000 户 is 3.3000 万户");
	is_str(decimal_format(decimal_shift(dec("5"), 8), buf), "500000000", "5 亿 is 500000000");
	is_str(decimal_format(dec("0.05"), buf), "0.05", "0.05 prints as written");
	ok(decimal_cmp(dec("1.1499"), dec("1.15")) < 0, "1.1499 < 1.15 exactly");
	ok(decimal_cmp(decimal_shift(dec("3.3"), 4), dec("33000")) == 0, "3.3 万 == 33000");

	/* 1.1499 万户 against a target of 3.3 万户 and of 33000 户: both
	 * 11499 / 33000 = 0.348454... -> 3485. */
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	struct item *a = add_item(p, c, NULL, "a", "3.3", "万户", NULL);
	struct item *b = add_item(p, c, NULL, "b", "33000", "户", NULL);
	struct progress *pr = new_progress(p, "2025-06-30");
	report(pr, a, STATUS_NONE, "1.1499", "万户", NULL);
	report(pr, b, STATUS_NONE, "1.1499", "万户", NULL);
	struct snapshot *s = snapshot_new(p, pr, NULL, THRESHOLDS_DEFAULT);
	is_int(s->items[a->index].completion_h, 3485, "1.1499 万户 of 3.3 万户: 34.85 %%");
	is_int(s->items[b->index].completion_h, 3485, "1.1499 万户 of 33000 户: 34.85 %%");
	snapshot_free(s);
	progress_free(pr);
	plan_free(p);
}

static void
test_leaf_rules(void)
{
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	struct item *over = add_item(p, c, NULL, "over", "100", "个", NULL);
	struct item *done_short = add_item(p, c, NULL, "short", "100", "个", NULL);
	struct item *pct = add_item(p, c, NULL, "pct", NULL, NULL, NULL);
	struct item *ns = add_item(p, c, NULL, "ns", "100", "个", NULL);
	struct item *ip = add_item(p, c, NULL, "ip", "100", "个", NULL);
	struct item *none = add_item(p, c, NULL, "none", "100", "个", NULL);
	struct item *both = add_item(p, c, NULL, "both", "200", "个", NULL);
	struct progress *pr = new_progress(p, "2025-06-30");

	report(pr, over, STATUS_IN_PROGRESS, "120", NULL, NULL);
	report(pr, done_short, STATUS_COMPLETED, "80", NULL, NULL);
	report(pr, pct, STATUS_NONE, NULL, NULL, "65.5");
	report(pr, ns, STATUS_NOT_STARTED, NULL, NULL, NULL);
	report(pr, ip, STATUS_IN_PROGRESS, NULL, NULL, NULL);
	report(pr, both, STATUS_NONE, "50", NULL, "40");

	struct snapshot *s = snapshot_new(p, pr, NULL, THRESHOLDS_DEFAULT);
	const struct measure *m;

	m = &s->items[over->index];
	ok(m->has_ratio, "over-fulfilled: ratio kept");
	is_int(m->ratio_h, 12000, "over-fulfilled: ratio 120 / 100 = 1.2");
	is_int(m->completion_h, 10000, "over-fulfilled: completion capped at 1");
	is_int(m->light, LIGHT_DONE, "over-fulfilled: light done");

	m = &s->items[done_short->index];
	is_int(m->completion_h, 10000, "completed wins over done 80 of 100 (rule 1)");
	is_int(m->ratio_h, 8000, "completed: the raw ratio 0.8 is still shown");

	m = &s->items[pct->index];
	is_int(m->completion_h, 6550, "percent 65.5 -> 0.655 (rule 3)");
	ok(!m->has_ratio, "percent only: no ratio");

	m = &s->items[ns->index];
	ok(m->known, "not-started is known");
	is_int(m->completion_h, 0, "not-started -> 0 (rule 4)");
	/* expected at 06-30 is 181/365 = 0.49589 -> 4959; 0 < 4959-2000: red */
	is_int(m->light, LIGHT_RED, "not-started half way through: red");

	m = &s->items[ip->index];
	ok(!m->known, "in-progress without numbers is unknown (rule 5)");
	is_int(m->light, LIGHT_GREY, "unknown is grey");
	is_int(m->reported, REPORTED_YES, "but it was reported");

	m = &s->items[none->index];
	ok(!m->known, "not reported: unknown");
	is_int(m->reported, REPORTED_NO, "not reported: reported=no");
	is_int(m->light, LIGHT_GREY, "not reported: grey");

	m = &s->items[both->index];
	is_int(m->completion_h, 2500, "done wins over percent (rule 2 before 3): 50/200");

	snapshot_free(s);
	progress_free(pr);
	plan_free(p);
}

static void
test_expected(void)
{
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	struct item *lin = add_item(p, c, NULL, "lin", NULL, NULL, NULL);
	struct item *ms = add_item(p, c, NULL, "ms", NULL, NULL, NULL);
	struct item *early = add_item(p, c, NULL, "early", NULL, NULL, NULL);

	add_milestone(ms, "2025-06-30", "40");
	early->due = day("2025-03-31");

	/* Linear, no milestones, due = plan end (t = 365):
	 * 2025-01-01: t = 1, 1/365 = 0.00274 -> 27
	 * 2025-06-30: t = 181, 181/365 = 0.495890 -> 4959
	 * 2025-12-31: 1 -> 10000 */
	is_int(round_h(leaf_expected(p, lin, day("2025-01-01"))), 27, "linear: day 1 is 1/365");
	is_int(round_h(leaf_expected(p, lin, day("2025-06-30"))), 4959, "linear: 181/365");
	is_int(round_h(leaf_expected(p, lin, day("2025-12-31"))), 10000, "linear: due date");

	/* Milestone (t = 181, 40 %):
	 * 2025-03-31: t = 90, 0.4 * 90 / 181 = 0.198895 -> 1989
	 * 2025-06-30: on the milestone, 4000
	 * 2025-09-30: t = 273, 0.4 + 0.6 * (273 - 181) / (365 - 181) = 0.7 -> 7000 */
	is_int(round_h(leaf_expected(p, ms, day("2025-03-31"))), 1989, "before the milestone");
	is_int(round_h(leaf_expected(p, ms, day("2025-06-30"))), 4000, "on the milestone");
	is_int(round_h(leaf_expected(p, ms, day("2025-09-30"))), 7000, "after the milestone");

	/* Due 2025-03-31 (t = 90): at 02-14 (t = 45) half, after due 100 %. */
	is_int(round_h(leaf_expected(p, early, day("2025-02-14"))), 5000, "own due: half way");
	is_int(round_h(leaf_expected(p, early, day("2025-06-30"))), 10000,
	    "past the due date: clamped to 100 %%");
	plan_free(p);
}

static void
test_weights_and_unknowns(void)
{
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	struct category *c2 = add_category(p, "c2");
	/* Project with weighted tasks: 0.2 (w 1) and 0.6 (w 3):
	 * (0.2 + 1.8) / 4 = 0.5 -> 5000. */
	struct item *proj = add_item(p, c, NULL, "proj", NULL, NULL, NULL);
	struct item *t1 = add_item(p, c, proj, "t1", "10", "个", "1");
	struct item *t2 = add_item(p, c, proj, "t2", "10", "个", "3");
	/* A second project, unknown: left out of the category's mean. */
	struct item *unk = add_item(p, c, NULL, "unk", NULL, NULL, NULL);
	/* A third, weight 2, 1.0: category = (1 * 0.5 + 2 * 1.0) / 3 = 0.8333 */
	struct item *full = add_item(p, c, NULL, "full", "5", "个", "2");
	/* Category 2: one project with two tasks, one not reported. */
	struct item *half = add_item(p, c2, NULL, "half", NULL, NULL, NULL);
	struct item *h1 = add_item(p, c2, half, "h1", "10", "个", NULL);
	struct item *h2 = add_item(p, c2, half, "h2", "10", "个", NULL);
	struct progress *pr = new_progress(p, "2025-06-30");

	report(pr, t1, STATUS_NONE, "2", NULL, NULL);
	report(pr, t2, STATUS_NONE, "6", NULL, NULL);
	report(pr, full, STATUS_COMPLETED, NULL, NULL, NULL);
	report(pr, h1, STATUS_COMPLETED, NULL, NULL, NULL);
	(void)unk;
	(void)h2;

	struct snapshot *s = snapshot_new(p, pr, NULL, THRESHOLDS_DEFAULT);
	const struct measure *m = &s->items[proj->index];

	is_int(m->completion_h, 5000, "weighted tasks: (0.2*1 + 0.6*3) / 4 = 0.5");
	is_int(m->expected_h, 4959, "project expects the weighted mean of its tasks'");
	is_int(m->parts.total, 2, "project counts its tasks");

	m = &s->categories[c->index];
	is_int(m->completion_h, 8333, "category: (0.5*1 + 1.0*2) / 3, unknown left out");
	is_int(m->parts.known, 2, "category: 2 projects known");
	is_int(m->parts.total - m->parts.known, 1, "category: 1 unknown, counted apart");
	is_int(m->parts.light[LIGHT_GREY], 1, "category: the unknown one is grey");
	/* Expected: the same two projects, (0.4959*1 + 0.4959*2)/3. */
	is_int(m->expected_h, 4959, "category expects over the known projects only");

	m = &s->items[half->index];
	is_int(m->reported, REPORTED_PARTLY, "one of two tasks reported: partly");
	is_int(m->completion_h, 10000, "completion from the reported task only");
	ok(m->light != LIGHT_DONE, "a project with an unreported task is never done");
	is_int(m->light, LIGHT_GREEN, "...it is green (100 %% >= expected - 5)");
	is_int(s->items[h2->index].reported, REPORTED_NO, "the other task: not reported");

	/* The plan: mean over all projects, not over categories:
	 * proj 0.5 (w1), full 1.0 (w2), half 1.0 (w1): (0.5 + 2 + 1) / 4 = 0.875 */
	is_int(s->total.completion_h, 8750, "plan: mean over projects, not categories");
	is_int(s->total.parts.total, 4, "plan counts projects");
	is_int(s->tasks.total, 4, "tasks are counted apart");
	is_int(s->tasks.reported[REPORTED_NO], 1, "one task not reported");
	snapshot_free(s);
	progress_free(pr);
	plan_free(p);
}

static void
test_lights_and_delta(void)
{
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	/* Expected at 2025-06-30 is 4959 for every one of them. */
	struct item *g = add_item(p, c, NULL, "g", "10000", "个", NULL);
	struct item *g2 = add_item(p, c, NULL, "g2", "10000", "个", NULL);
	struct item *y = add_item(p, c, NULL, "y", "10000", "个", NULL);
	struct item *y2 = add_item(p, c, NULL, "y2", "10000", "个", NULL);
	struct item *r = add_item(p, c, NULL, "r", "10000", "个", NULL);
	struct progress *before = new_progress(p, "2025-05-31");
	struct progress *now = new_progress(p, "2025-06-30");

	report(now, g, STATUS_NONE, "4459", NULL, NULL);   /* 4459 = 4959 - 500: green */
	report(now, g2, STATUS_NONE, "4458", NULL, NULL);  /* one below: yellow */
	report(now, y, STATUS_NONE, "2959", NULL, NULL);   /* 4959 - 2000: yellow */
	report(now, y2, STATUS_NONE, "2958", NULL, NULL);  /* one below: red */
	report(now, r, STATUS_NONE, "0", NULL, NULL);
	report(before, g, STATUS_NONE, "4000", NULL, NULL);
	report(before, r, STATUS_NONE, "100", NULL, NULL);

	struct snapshot *s0 = snapshot_new(p, before, NULL, THRESHOLDS_DEFAULT);
	struct snapshot *s = snapshot_new(p, now, s0, THRESHOLDS_DEFAULT);

	is_int(s->items[g->index].light, LIGHT_GREEN, "exactly 5 points behind: green");
	is_int(s->items[g2->index].light, LIGHT_YELLOW, "5.01 points behind: yellow");
	is_int(s->items[y->index].light, LIGHT_YELLOW, "exactly 20 points behind: yellow");
	is_int(s->items[y2->index].light, LIGHT_RED, "20.01 points behind: red");
	ok(s->items[g->index].has_delta, "reported both times: a delta");
	is_int(s->items[g->index].delta_h, 459, "44.59 - 40.00 = 4.59 points");
	is_int(s->items[r->index].delta_h, -100, "0 - 1 = -1 point");
	ok(!s->items[y->index].has_delta, "not reported before: no delta");

	struct thresholds strict = {200, 1000};
	struct snapshot *s2 = snapshot_new(p, now, NULL, strict);
	is_int(s2->items[g->index].light, LIGHT_YELLOW, "--green-within 2: 5 points behind is yellow");
	is_int(s2->items[y->index].light, LIGHT_RED, "--yellow-within 10: 20 points behind is red");
	ok(!s2->items[g->index].has_delta, "no previous issue: no delta");

	snapshot_free(s2);
	snapshot_free(s);
	snapshot_free(s0);
	progress_free(now);
	progress_free(before);
	plan_free(p);
}

static void
test_units_rollup(void)
{
	struct plan *p = new_plan();
	struct category *c = add_category(p, "c");
	struct item *proj = add_item(p, c, NULL, "proj", NULL, NULL, NULL);
	struct item *t1 = add_item(p, c, proj, "t1", "10", "个", "5");
	struct item *t2 = add_item(p, c, proj, "t2", "10", "个", NULL);
	struct item *solo = add_item(p, c, NULL, "solo", "10", "个", NULL);
	struct unit *u;

	u = g_new0(struct unit, 1);
	u->name = g_strdup("市住建局");
	u->lead = true;
	g_ptr_array_add(proj->units, u);
	u = g_new0(struct unit, 1);
	u->name = g_strdup("市城管局");
	u->lead = true;
	g_ptr_array_add(t2->units, u);
	/* solo has no unit at all. */

	struct progress *pr = new_progress(p, "2025-06-30");
	report(pr, t1, STATUS_NONE, "2", NULL, NULL);
	report(pr, t2, STATUS_COMPLETED, NULL, NULL, NULL);
	report(pr, solo, STATUS_NONE, "6", NULL, NULL);

	struct snapshot *s = snapshot_new(p, pr, NULL, THRESHOLDS_DEFAULT);
	is_int(s->units->len, 3, "three groups: 市住建局, 市城管局, no unit");
	const struct unit_stat *a = g_ptr_array_index(s->units, 0);
	const struct unit_stat *b = g_ptr_array_index(s->units, 1);
	const struct unit_stat *n = g_ptr_array_index(s->units, 2);
	is_str(a->name, "市住建局", "t1 inherits its project's lead unit");
	is_int(a->items->len, 1, "市住建局 leads one leaf (t1)");
	is_int(a->mean.completion_h, 2000, "市住建局: 2 of 10");
	is_str(b->name, "市城管局", "t2 has its own lead unit");
	is_int(b->mean.parts.light[LIGHT_DONE], 1, "市城管局: one done");
	ok(n->name == NULL && n->items->len == 1, "solo is under no unit");
	snapshot_free(s);
	progress_free(pr);
	plan_free(p);
}

int
main(void)
{
	test_rounding();
	test_units();
	test_leaf_rules();
	test_expected();
	test_weights_and_unknowns();
	test_lights_and_delta();
	test_units_rollup();
	return tap_done();
}
