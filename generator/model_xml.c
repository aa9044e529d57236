/*
 * model_xml.c: writing the measured plan as the report model.
 *
 * Fractions are printed with exactly four decimals, the hundredths of a
 * percentage point that FORMAT.md rounds to and compares, so every light
 * can be recomputed from the printed numbers alone.
 */
#include "model_xml.h"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "validate.h"

char *
format_fraction(int h, char buf[FRACTION_BUFSZ])
{
	int a = abs(h);

	snprintf(buf, FRACTION_BUFSZ, "%s%d.%04d", h < 0 ? "-" : "", a / 10000, a % 10000);
	return buf;
}

static void
set(xmlNodePtr node, const char *name, const char *value)
{
	if (value != NULL)
		xmlNewProp(node, (const xmlChar *)name, (const xmlChar *)value);
}

static void
set_int(xmlNodePtr node, const char *name, int value)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%d", value);
	set(node, name, buf);
}

static void
set_fraction(xmlNodePtr node, const char *name, int h)
{
	char buf[FRACTION_BUFSZ];

	set(node, name, format_fraction(h, buf));
}

static void
set_date(xmlNodePtr node, const char *name, day_t day)
{
	char buf[DATE_BUFSZ];

	if (day > 0)
		set(node, name, date_format(day, buf));
}

static void
set_decimal(xmlNodePtr node, const char *name, struct decimal d)
{
	char buf[DECIMAL_BUFSZ];

	set(node, name, decimal_format(d, buf));
}

static xmlNodePtr
child(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

/* A text child; xmlNewTextChild escapes the content. */
static void
text_child(xmlNodePtr parent, const char *name, const char *text)
{
	if (text != NULL)
		xmlNewTextChild(parent, NULL, (const xmlChar *)name, (const xmlChar *)text);
}

static void
put_measure(xmlNodePtr node, const struct measure *m)
{
	if (m->known)
		set_fraction(node, "completion", m->completion_h);
	if (m->has_ratio)
		set_fraction(node, "ratio", m->ratio_h);
	if (m->has_expected)
		set_fraction(node, "expected", m->expected_h);
	set(node, "light", light_name(m->light));
	set(node, "reported", reported_name(m->reported));
	if (m->has_delta)
		set_fraction(node, "delta", m->delta_h);
}

static void
put_counts(xmlNodePtr parent, const char *of, const struct counts *c)
{
	xmlNodePtr n = child(parent, "counts");

	set(n, "of", of);
	set_int(n, "total", c->total);
	set_int(n, "known", c->known);
	set_int(n, "unknown", c->total - c->known);
	for (int l = 0; l < LIGHT__COUNT; l++)
		set_int(n, light_name((enum light)l), c->light[l]);
	set_int(n, "reported", c->reported[REPORTED_YES]);
	set_int(n, "partly-reported", c->reported[REPORTED_PARTLY]);
	set_int(n, "not-reported", c->reported[REPORTED_NO]);
}

static const char *
status_name(enum status s)
{
	switch (s) {
	case STATUS_NOT_STARTED:
		return "not-started";
	case STATUS_IN_PROGRESS:
		return "in-progress";
	case STATUS_COMPLETED:
		return "completed";
	case STATUS_NONE:
		break;
	}
	return NULL;
}

static void
put_units(xmlNodePtr parent, const struct item *it)
{
	const GPtrArray *units = item_units(it);
	const struct unit *lead = item_lead(it);
	xmlNodePtr n;

	if (units->len == 0)
		return;
	n = child(parent, "units");
	if (units != it->units)
		set(n, "inherited", "yes");
	for (guint i = 0; i < units->len; i++) {
		const struct unit *u = g_ptr_array_index(units, i);
		xmlNodePtr un = xmlNewTextChild(n, NULL, (const xmlChar *)"unit",
		    (const xmlChar *)u->name);
		set(un, "role", u == lead ? "lead" : "co");
	}
}

static void
put_report(xmlNodePtr node, const struct item *it, const struct report *r)
{
	if (r == NULL)
		return;
	set(node, "status", status_name(r->status));
	if (r->has_done) {
		xmlNodePtr d = child(node, "done");
		set_decimal(d, "quantity", r->done_target);
		set(d, "unit", it->target_unit);
		set_decimal(d, "reported-quantity", r->done);
		set(d, "reported-unit", r->done_unit != NULL ? r->done_unit : it->target_unit);
	}
	if (r->has_percent) {
		xmlNodePtr p = child(node, "percent");
		set_decimal(p, "value", r->percent);
	}
	text_child(node, "narrative", r->narrative);
	text_child(node, "problem", r->problem);
	text_child(node, "next", r->next);
}

static xmlNodePtr
put_item(xmlNodePtr parent, const struct plan *plan, const struct snapshot *s,
    const struct item *it)
{
	const struct unit *lead = item_lead(it);
	xmlNodePtr n = child(parent, it->kind == ITEM_PROJECT ? "project" : "task");
	char buf[DECIMAL_BUFSZ];

	set(n, "id", it->id);
	set(n, "seq", it->seq);
	set(n, "name", it->name);
	set(n, "weight", decimal_format(it->weight, buf));
	if (lead != NULL)
		set(n, "lead", lead->name);
	put_measure(n, &s->items[it->index]);
	if (item_is_leaf(it)) {
		set_date(n, "due", item_due(plan, it));
		if (it->due == 0)
			set(n, "due-inherited", "yes");
	} else if (it->due > 0)
		set_date(n, "due", it->due);

	text_child(n, "description", it->description);
	put_units(n, it);
	if (it->has_target) {
		xmlNodePtr t = child(n, "target");
		set_decimal(t, "quantity", it->target);
		set(t, "unit", it->target_unit);
	}
	for (guint i = 0; i < it->milestones->len; i++) {
		const struct milestone *m = &g_array_index(it->milestones, struct milestone, i);
		xmlNodePtr mn = child(n, "milestone");
		set_date(mn, "date", m->date);
		set_decimal(mn, "percent", m->percent);
	}
	if (item_is_leaf(it))
		put_report(n, it, s->progress->by_item[it->index]);
	else {
		put_counts(n, "tasks", &s->items[it->index].parts);
		for (guint i = 0; i < it->tasks->len; i++)
			put_item(n, plan, s, g_ptr_array_index(it->tasks, i));
	}
	return n;
}

static void
put_issue(xmlNodePtr node, const struct progress *pr)
{
	set_date(node, "as-of", pr->as_of);
	set(node, "number", pr->issue);
	set(node, "title", pr->title);
	set(node, "file", pr->path);
}

static void
put_history(xmlNodePtr root, const struct plan *plan, GPtrArray *snapshots)
{
	xmlNodePtr h = child(root, "history");

	for (guint k = 0; k < snapshots->len; k++) {
		const struct snapshot *s = g_ptr_array_index(snapshots, k);
		xmlNodePtr p = child(h, "point");
		put_issue(p, s->progress);
		put_measure(p, &s->total);
		for (guint c = 0; c < plan->categories->len; c++) {
			const struct category *cat = g_ptr_array_index(plan->categories, c);
			xmlNodePtr cn = child(p, "category");
			set(cn, "ref", cat->id);
			put_measure(cn, &s->categories[c]);
		}
	}
}

static void
put_units_rollup(xmlNodePtr root, const struct snapshot *s)
{
	xmlNodePtr us = child(root, "units");

	for (guint k = 0; k < s->units->len; k++) {
		const struct unit_stat *u = g_ptr_array_index(s->units, k);
		xmlNodePtr n = child(us, "unit");
		if (u->name != NULL)
			set(n, "name", u->name);
		else
			set(n, "none", "yes");
		put_measure(n, &u->mean);
		put_counts(n, "items", &u->mean.parts);
		for (guint i = 0; i < u->items->len; i++) {
			const struct item *it = g_ptr_array_index(u->items, i);
			xmlNodePtr r = child(n, "item");
			set(r, "ref", it->id);
		}
	}
}

xmlDocPtr
model_xml(const struct plan *plan, GPtrArray *snapshots, struct thresholds th)
{
	const struct snapshot *s = g_ptr_array_index(snapshots, snapshots->len - 1);
	const struct snapshot *prev = snapshots->len > 1 ?
	    g_ptr_array_index(snapshots, snapshots->len - 2) : NULL;
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"report");
	xmlNodePtr n;
	char buf[DATE_BUFSZ];

	xmlDocSetRootElement(doc, root);
	set(root, "version", "1");
	set(root, "generator", "dubao " DUBAO_VERSION);

	n = child(root, "plan");
	set(n, "id", plan->id);
	set_int(n, "year", plan->year);
	set(n, "title", plan->title);
	set(n, "issuer", plan->issuer);
	set_date(n, "start", plan->start);
	set_date(n, "end", plan->end);
	set(n, "file", plan->path);

	n = child(root, "issue");
	put_issue(n, s->progress);
	set_int(n, "day", s->progress->as_of - plan->start + 1);
	set_int(n, "days", plan->end - plan->start + 1);
	if (prev != NULL) {
		set(n, "previous-as-of", date_format(prev->progress->as_of, buf));
		set(n, "previous-number", prev->progress->issue);
	}

	n = child(root, "thresholds");
	set_fraction(n, "green-within", th.green_within);
	set_fraction(n, "yellow-within", th.yellow_within);

	n = child(root, "summary");
	put_measure(n, &s->total);
	put_counts(n, "projects", &s->total.parts);
	put_counts(n, "tasks", &s->tasks);

	for (guint c = 0; c < plan->categories->len; c++) {
		const struct category *cat = g_ptr_array_index(plan->categories, c);
		xmlNodePtr cn = child(root, "category");
		set(cn, "id", cat->id);
		set(cn, "seq", cat->seq);
		set(cn, "name", cat->name);
		put_measure(cn, &s->categories[c]);
		put_counts(cn, "projects", &s->categories[c].parts);
		for (guint i = 0; i < cat->projects->len; i++)
			put_item(cn, plan, s, g_ptr_array_index(cat->projects, i));
	}
	put_units_rollup(root, s);
	put_history(root, plan, snapshots);
	return doc;
}
