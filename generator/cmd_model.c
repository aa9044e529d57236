/*
 * cmd_model.c: `dubao model PLAN PROGRESS...`, the measured report model
 * as XML, for reading and for writing templates against.
 */
#include <stdio.h>

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "cli.h"
#include "load.h"
#include "metrics.h"
#include "model_xml.h"

int
cmd_model(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("PLAN PROGRESS... - print the report model"));
	struct common_opts o = {NULL, NULL, NULL};
	struct thresholds th;
	struct inputs *in;
	int rc = EXIT_OK;

	g_option_context_set_summary(ctx, _(
	    "Measures the plan at the date of the latest progress report and\n"
	    "prints the report model (doc/model.md) as XML: completion, expected\n"
	    "progress and status light of every task, project, category and of\n"
	    "the plan, per lead unit, and the change since the previous report."));
	cli_add_common(ctx, &o, _("Write the model to FILE instead of standard output"));
	if (!cli_parse(ctx, &argc, &argv) || !cli_thresholds(&o, &th)) {
		rc = EXIT_USAGE;
		goto out;
	}
	if (argc < 3) {
		cli_error(_("model needs a plan and at least one progress file "
		    "(see dubao model --help)"));
		rc = EXIT_USAGE;
		goto out;
	}
	if (!cli_data_ready()) {
		rc = EXIT_USAGE;
		goto out;
	}
	in = inputs_load(argv[1], argv + 2, argc - 2, stderr);
	if (in->errors > 0)
		rc = EXIT_INPUT;
	else {
		GPtrArray *snaps = g_ptr_array_new_with_free_func((GDestroyNotify)snapshot_free);
		const struct snapshot *prev = NULL;
		for (guint k = 0; k < in->progress->len; k++) {
			struct snapshot *s = snapshot_new(in->plan,
			    g_ptr_array_index(in->progress, k), prev, th);
			g_ptr_array_add(snaps, s);
			prev = s;
		}
		xmlDocPtr doc = model_xml(in->plan, snaps, th);
		xmlChar *text = NULL;
		int len = 0;
		xmlDocDumpFormatMemoryEnc(doc, &text, &len, "UTF-8", 1);
		if (!cli_write_output(o.output, (const char *)text, (size_t)len))
			rc = EXIT_USAGE;
		xmlFree(text);
		xmlFreeDoc(doc);
		g_ptr_array_free(snaps, TRUE);
	}
	inputs_free(in);
out:
	g_option_context_free(ctx);
	g_free(o.green_within);
	g_free(o.yellow_within);
	g_free(o.output);
	return rc;
}
