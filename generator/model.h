/*
 * model.h: the plan tree and the progress reports, as read from input.
 *
 * A plan owns its categories, a category its projects, a project its
 * tasks.  Items (projects and tasks) are also listed flat in plan order
 * in plan->items, and each has its index there, so per-item results
 * (metrics.h) are plain arrays.  A progress report owns its reports and
 * points into the plan it was checked against.  All strings are owned
 * and already normalised (text.h).
 */
#ifndef DUBAO_MODEL_H
#define DUBAO_MODEL_H

#include <stdbool.h>

#include <glib.h>

#include "date.h"
#include "decimal.h"

struct category;

struct unit {
	char *name;
	bool lead;
	int line;
};

struct milestone {
	day_t date;
	struct decimal percent;
	int line;
};

enum item_kind {
	ITEM_PROJECT,
	ITEM_TASK,
};

struct item {
	enum item_kind kind;
	char *id, *seq, *name;
	char *description;          /* NULL if none */
	struct decimal weight;      /* 1 unless given */
	int line;
	size_t index;               /* in plan->items */

	GPtrArray *units;           /* of struct unit *, the item's own */
	bool has_target;
	struct decimal target;
	char *target_unit;
	int target_line;
	day_t due;                  /* own <due>, 0 if none */
	int due_line;
	GArray *milestones;         /* of struct milestone */

	struct category *category;
	struct item *project;       /* a task's project, NULL for a project */
	GPtrArray *tasks;           /* of struct item *, empty for a task */
};

struct category {
	char *id, *seq, *name;
	int line;
	size_t index;               /* in plan->categories */
	GPtrArray *projects;        /* of struct item * */
};

struct plan {
	char *path;                 /* as given on the command line */
	char *id, *title, *issuer;
	int year;
	day_t start, end;
	int line;
	GPtrArray *categories;      /* of struct category *, owned */
	GPtrArray *items;           /* every project and task, plan order */
	GHashTable *ids;            /* id -> struct item * or category *,
	                               see plan_find */
};

enum status {
	STATUS_NONE,
	STATUS_NOT_STARTED,
	STATUS_IN_PROGRESS,
	STATUS_COMPLETED,
};

struct report {
	char *ref;                  /* as written */
	struct item *item;          /* the leaf it names, once validated */
	int line;
	bool measured;              /* has a status, <done> or <percent>, even
	                               one that did not parse */
	enum status status;
	bool has_done;
	struct decimal done;        /* as written */
	char *done_unit;            /* as written, NULL if omitted */
	struct decimal done_target; /* converted to the target's unit */
	bool has_percent;
	struct decimal percent;
	char *narrative, *problem, *next;   /* NULL if none */
};

struct progress {
	char *path;
	char *plan_id;
	day_t as_of;
	char *issue;                /* the issue number (期号): digits without
	                               leading zeros; NULL if not given */
	char *issue_zero;           /* issue as written when it is 0 ("00") */
	char *title;                /* NULL if not given */
	int line;
	GPtrArray *reports;         /* of struct report *, file order */
	struct report **by_item;    /* plan->items->len entries, NULL if not
	                               reported; set by validate_progress */
};

/* What plan_find returns. */
struct plan_entry {
	bool is_category;
	union {
		struct item *item;
		struct category *category;
	} u;
	int line;
};

/* The item or category with that id, or NULL. */
const struct plan_entry *plan_find(const struct plan *plan, const char *id);

/* A leaf is what a report can name: a task, or a project without tasks. */
bool item_is_leaf(const struct item *item);

/* The units that apply to an item: its own, else its project's. */
const GPtrArray *item_units(const struct item *item);

/* The lead unit that applies (the first unit when none is marked), or
 * NULL when the item has no units at all. */
const struct unit *item_lead(const struct item *item);

/* The due date that applies: own, else the project's, else plan end. */
day_t item_due(const struct plan *plan, const struct item *item);

struct plan *plan_new(void);
void plan_free(struct plan *plan);
struct category *category_new(void);
struct item *item_new(enum item_kind kind);
struct progress *progress_new(void);
void progress_free(struct progress *progress);

#endif
