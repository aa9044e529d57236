/*
 * read_progress.c: the progress document as a list of reports.
 */
#include "read_progress.h"

#include <string.h>

#include "read_tree.h"
#include "read_xml.h"
#include "shape.h"

static enum status
parse_status(char *s)
{
	if (s == NULL)
		return STATUS_NONE;
	g_strstrip(s);
	if (strcmp(s, "not-started") == 0)
		return STATUS_NOT_STARTED;
	if (strcmp(s, "in-progress") == 0)
		return STATUS_IN_PROGRESS;
	if (strcmp(s, "completed") == 0)
		return STATUS_COMPLETED;
	return STATUS_NONE;
}

static struct report *
read_report(const xmlNode *node)
{
	struct report *r = g_new0(struct report, 1);
	char *status = get_raw_attr(node, "status");

	r->ref = get_raw_attr(node, "ref");
	r->status = parse_status(status);
	r->measured = status != NULL;
	r->line = node_line(node);
	g_free(status);
	/* The schema allows one of each; the first is read, even when it is
	 * faulty (a second is an error of its own, and must not be read over
	 * the first's values). */
	bool seen_done = false, seen_percent = false, seen_narrative = false,
	    seen_problem = false, seen_next = false;
	for (const xmlNode *c = node->children; c != NULL; c = c->next) {
		if (is_dubao(c, "done") && !seen_done) {
			seen_done = true;
			r->measured = true;
			r->has_done = get_decimal_attr(c, "quantity", &r->done);
			r->done_unit = get_text_attr(c, "unit");
		} else if (is_dubao(c, "percent") && !seen_percent) {
			seen_percent = true;
			r->measured = true;
			r->has_percent = get_decimal_text(c, &r->percent);
		} else if (is_dubao(c, "narrative") && !seen_narrative) {
			seen_narrative = true;
			r->narrative = get_text(c);
		} else if (is_dubao(c, "problem") && !seen_problem) {
			seen_problem = true;
			r->problem = get_text(c);
		} else if (is_dubao(c, "next") && !seen_next) {
			seen_next = true;
			r->next = get_text(c);
		}
	}
	return r;
}

struct progress *
read_progress(xmlDocPtr doc, const char *path)
{
	struct progress *pr = progress_new();
	const xmlNode *root = xmlDocGetRootElement(doc);
	char *issue;

	pr->path = g_strdup(path);
	if (!is_dubao(root, "progress"))
		return pr;
	pr->plan_id = get_raw_attr(root, "plan");
	get_date_attr(root, "as-of", &pr->as_of);
	pr->title = get_text_attr(root, "title");
	pr->line = node_line(root);
	issue = get_raw_attr(root, "issue");
	if (issue != NULL) {
		g_strstrip(issue);
		size_t n = strspn(issue, "0123456789");
		if (n > 0 && issue[n] == '\0') {
			const char *digits = issue + strspn(issue, "0");
			if (*digits != '\0')
				pr->issue = g_strdup(digits);
			else
				pr->issue_zero = g_strdup(issue);
		}
	}
	g_free(issue);
	for (const xmlNode *c = root->children; c != NULL; c = c->next)
		if (is_dubao(c, "report"))
			g_ptr_array_add(pr->reports, read_report(c));
	return pr;
}
