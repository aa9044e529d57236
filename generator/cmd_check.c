/*
 * cmd_check.c: `dubao check PLAN [PROGRESS...]`, validation only.
 *
 * Diagnostics go to standard error; a one-line summary of each sound
 * file goes to standard output, so a clerk running it by hand sees that
 * something was checked.
 */
#include <stdio.h>

#include <glib/gi18n.h>

#include "cli.h"
#include "load.h"

static void
summarise(const struct inputs *in)
{
	const struct plan *plan = in->plan;
	int projects = 0, tasks = 0;

	for (guint i = 0; i < plan->items->len; i++) {
		const struct item *it = g_ptr_array_index(plan->items, i);
		if (it->kind == ITEM_PROJECT)
			projects++;
		else
			tasks++;
	}
	printf(_("%s: plan %s: %u categories, %d projects, %d tasks\n"), plan->path,
	    plan->id, plan->categories->len, projects, tasks);
	for (guint k = 0; k < in->progress->len; k++) {
		const struct progress *pr = g_ptr_array_index(in->progress, k);
		char day[DATE_BUFSZ];
		int leaves = 0, missing = 0;
		for (guint i = 0; i < plan->items->len; i++) {
			const struct item *it = g_ptr_array_index(plan->items, i);
			if (!item_is_leaf(it))
				continue;
			leaves++;
			if (pr->by_item[i] == NULL)
				missing++;
		}
		printf(_("%s: progress as of %s: %u reports, %d of %d items not reported\n"),
		    pr->path, date_format(pr->as_of, day), pr->reports->len, missing, leaves);
	}
}

int
cmd_check(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("PLAN [PROGRESS...] - check input files"));
	struct inputs *in;
	int rc;

	g_option_context_set_summary(ctx, _(
	    "Checks a plan and its progress reports against the input format:\n"
	    "the schema, then every rule of FORMAT.md. Each problem is printed\n"
	    "as FILE:LINE: error: MESSAGE. Exit status 0 if there are no errors\n"
	    "(warnings allowed), 1 if any file has an error, 2 on a usage error."));
	if (!cli_parse(ctx, &argc, &argv)) {
		g_option_context_free(ctx);
		return EXIT_USAGE;
	}
	g_option_context_free(ctx);
	if (argc < 2) {
		cli_error(_("check needs a plan file (see dubao check --help)"));
		return EXIT_USAGE;
	}
	if (!cli_data_ready())
		return EXIT_USAGE;
	in = inputs_load(argv[1], argv + 2, argc - 2, stderr);
	rc = in->errors > 0 ? EXIT_INPUT : EXIT_OK;
	if (rc == EXIT_OK)
		summarise(in);
	inputs_free(in);
	return rc;
}
