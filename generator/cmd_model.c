/*
 * cmd_model.c: `dubao model PLAN PROGRESS...`, the measured report model
 * as XML, for reading and for writing templates against.
 */
#include <stdio.h>

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "cli.h"
#include "load.h"
#include "report.h"

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
	rc = cli_report_inputs("model", argc, argv, &in);
	if (rc == EXIT_OK) {
		xmlDocPtr doc = report_model(in, th);
		if (!cli_write_xml(o.output, doc))
			rc = EXIT_USAGE;
		xmlFreeDoc(doc);
	}
	inputs_free(in);
out:
	g_option_context_free(ctx);
	cli_common_free(&o);
	return rc;
}
