/*
 * metrics.h: completion, expected progress, status lights, reporting
 * state and change since the previous issue, exactly as FORMAT.md
 * ("Metrics") defines them; and the roll-up per lead unit.
 *
 * Percentages are kept twice: the unrounded fraction, which enters means,
 * and the rounded count of hundredths of a percentage point ("_h",
 * 0..10000 for 0..100 %), which is what is printed and what decides the
 * light, so that the numbers on paper always explain the colour.
 */
#ifndef DUBAO_METRICS_H
#define DUBAO_METRICS_H

#include <stdbool.h>

#include "model.h"

enum light {
	LIGHT_DONE,
	LIGHT_GREEN,
	LIGHT_YELLOW,
	LIGHT_RED,
	LIGHT_GREY,
	LIGHT__COUNT
};

enum reported {
	REPORTED_NO,
	REPORTED_PARTLY,
	REPORTED_YES,
};

/* Light thresholds in hundredths of a percentage point below expected:
 * green within 500 (5 points), yellow within 2000 (20 points). */
struct thresholds {
	int green_within;
	int yellow_within;
};

#define THRESHOLDS_DEFAULT ((struct thresholds){500, 2000})

/* How many of a set of items have each light and reporting state. */
struct counts {
	int total;
	int known;              /* completion known */
	int light[LIGHT__COUNT];
	int reported[3];        /* by enum reported */
};

struct measure {
	bool known;             /* completion is known */
	double completion;      /* 0..1 */
	int completion_h;       /* rounded, 0..10000 */
	bool has_ratio;         /* a leaf with a reported quantity */
	double ratio;           /* done ÷ target, may exceed 1 */
	int ratio_h;
	bool has_expected;      /* false for an aggregate with nothing known */
	double expected;        /* 0..1 */
	int expected_h;
	enum light light;
	enum reported reported;
	bool has_delta;
	int delta_h;            /* completion_h minus the previous issue's */
	struct counts parts;    /* a project's tasks, or a category's or the
	                           plan's projects; empty for a task */
};

/* The per-lead-unit roll-up: every leaf (task, or project without
 * tasks) under the lead unit that applies to it. */
struct unit_stat {
	const char *name;       /* borrowed from the plan; NULL: no unit */
	GPtrArray *items;       /* of const struct item *, the leaves */
	struct measure mean;    /* unweighted mean of its leaves; parts
	                           counts them */
};

/* Everything measured for one progress file. */
struct snapshot {
	const struct plan *plan;
	const struct progress *progress;
	struct measure *items;       /* by item->index */
	struct measure *categories;  /* by category->index */
	struct measure total;        /* the whole plan */
	struct counts tasks;         /* every task of the plan, counted apart */
	GPtrArray *units;            /* of struct unit_stat *, plan order */
};

/* Measures plan at pr's date.  If prev (the previous issue) is given,
 * fills in the deltas.  Caller frees with snapshot_free. */
struct snapshot *snapshot_new(const struct plan *plan, const struct progress *pr,
    const struct snapshot *prev, struct thresholds th);
void snapshot_free(struct snapshot *s);

/* FORMAT.md's rounding: floor(x * 10000 + 0.5 + 1e-9). */
int round_h(double fraction);

/* The expected progress (0..1) of a leaf at day d. */
double leaf_expected(const struct plan *plan, const struct item *leaf, day_t d);

const char *light_name(enum light light);
const char *reported_name(enum reported r);

#endif
