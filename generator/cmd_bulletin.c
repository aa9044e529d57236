/*
 * cmd_bulletin.c: `dubao bulletin PLAN PROGRESS... -o FILE.pdf`: the
 * supervision bulletin of the latest progress report.
 *
 * The whole pipeline of DESIGN.md: inputs → model → template
 * (templates/bulletin.xsl) → layout → typeset (pango) → PDF (libharu).
 */
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cli.h"
#include "load.h"
#include "render.h"
#include "report.h"

struct bulletin_opts {
	struct common_opts common;
	char *template;
	char *date;
	char *issuer;
	char *charts;
	char **params;          /* NAME=VALUE */
	gboolean layout;
	gboolean stamp;
	gboolean pdfa;
};

int
cmd_bulletin(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("PLAN PROGRESS... - make the bulletin PDF"));
	struct bulletin_opts o;
	GOptionEntry entries[] = {
		{"template", 't', 0, G_OPTION_ARG_FILENAME, &o.template,
		    N_("The bulletin template (default: bulletin.xsl of the data folder)"), "FILE"},
		{"date", 0, 0, G_OPTION_ARG_STRING, &o.date,
		    N_("The bulletin's date as printed (default: the report's as-of date)"), "TEXT"},
		{"issuer", 0, 0, G_OPTION_ARG_STRING, &o.issuer,
		    N_("The issuing office (default: the plan's issuer)"), "TEXT"},
		{"charts", 0, 0, G_OPTION_ARG_FILENAME, &o.charts,
		    N_("Also write the bulletin's charts as SVG files into DIR"), "DIR"},
		{"param", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.params,
		    N_("Pass the template parameter NAME the string VALUE (repeatable)"),
		    "NAME=VALUE"},
		{"layout", 0, 0, G_OPTION_ARG_NONE, &o.layout,
		    N_("Print the layout the template made, and stop"), NULL},
		{"stamp", 0, 0, G_OPTION_ARG_NONE, &o.stamp,
		    N_("Record the current time as the PDF's creation date (the same inputs "
		    "then no longer give the same bytes)"), NULL},
		{"pdfa", 0, 0, G_OPTION_ARG_NONE, &o.pdfa,
		    N_("Make the PDF conform to PDF/A-1b, for archiving"), NULL},
		G_OPTION_ENTRY_NULL
	};
	struct thresholds th;
	struct inputs *in = NULL;
	GPtrArray *params = NULL;
	int rc = EXIT_OK;

	memset(&o, 0, sizeof o);
	g_option_context_set_summary(ctx, _(
	    "Makes the supervision bulletin (督办通报) of the latest progress report\n"
	    "as a PDF in the form of GB/T 9704-2012: masthead, summary, the completion\n"
	    "chart, a table per category, items behind schedule, items not reported,\n"
	    "and the lead units, most behind first. Earlier progress files give the\n"
	    "change since the previous issue."));
	cli_add_common(ctx, &o.common, _("The PDF to write (default: bulletin.pdf)"));
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!cli_parse(ctx, &argc, &argv) || !cli_thresholds(&o.common, &th)) {
		rc = EXIT_USAGE;
		goto out;
	}
	if (o.common.output == NULL)
		o.common.output = g_strdup("bulletin.pdf");
	if (o.template == NULL)
		o.template = g_strdup("bulletin.xsl");
	rc = cli_report_inputs("bulletin", argc, argv, &in);
	if (rc != EXIT_OK)
		goto out;
	params = cli_template_params(o.date, o.issuer, o.params);
	if (params == NULL) {
		rc = EXIT_USAGE;
		goto out;
	}
	struct render_opts ro = {
		.template = o.template,
		.params = (const char *const *)params->pdata,
		.output = o.common.output,
		.charts = o.charts,
		.layout_only = o.layout,
		.stamp = o.stamp,
		.pdfa = o.pdfa,
	};
	struct render_result res = {0};
	xmlDocPtr model = report_model(in, th);
	rc = render_report(model, &ro, &res);
	xmlFreeDoc(model);
	if (rc == EXIT_OK && !o.layout && strcmp(o.common.output, "-") != 0)
		printf(_("wrote %s (%u pages, %zu bytes)\n"), o.common.output, res.pages,
		    res.bytes);
out:
	inputs_free(in);
	if (params != NULL)
		g_ptr_array_unref(params);
	g_option_context_free(ctx);
	cli_common_free(&o.common);
	g_free(o.template);
	g_free(o.date);
	g_free(o.issuer);
	g_free(o.charts);
	g_strfreev(o.params);
	return rc;
}
