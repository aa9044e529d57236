/*
 * cmd_archive.c: `dubao archive DIR -o OUTDIR`: the year-end archive of a
 * plan folder (archive.h).
 */
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "archive.h"
#include "cli.h"
#include "load.h"
#include "output.h"

struct archive_cli {
	struct common_opts common;
	char *template;
	char *bulletin_template;
	char *issuer;
	char **params;
	gboolean model;
	gboolean layout;
};

/* The plan folder read and checked, or NULL (messages printed) with the
 * exit status in *rc. */
static struct inputs *
load_folder(const char *dir, int *rc)
{
	GError *err = NULL;
	GPtrArray *files = inputs_folder_files(dir, &err);

	if (files == NULL) {
		cli_error(_("cannot read the plan folder %s: %s"), dir, err->message);
		g_error_free(err);
		*rc = EXIT_USAGE;
		return NULL;
	}
	char *plan = g_build_filename(dir, "plan.xml", NULL);
	struct inputs *in = inputs_load(plan, (char *const *)files->pdata, (int)files->len,
	    stderr);
	g_free(plan);
	g_ptr_array_unref(files);
	*rc = EXIT_OK;
	if (in->errors > 0)
		*rc = EXIT_INPUT;
	else if (in->progress->len == 0) {
		cli_error(_("%s has no progress-*.xml file: there is nothing to archive"), dir);
		*rc = EXIT_INPUT;
	}
	if (*rc != EXIT_OK) {
		inputs_free(in);
		return NULL;
	}
	return in;
}

int
cmd_archive(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("DIR - the year-end archive of a plan folder"));
	struct archive_cli o;
	GOptionEntry entries[] = {
		{"template", 't', 0, G_OPTION_ARG_FILENAME, &o.template,
		    N_("The review template (default: review.xsl of the data folder)"), "FILE"},
		{"bulletin-template", 0, 0, G_OPTION_ARG_FILENAME, &o.bulletin_template,
		    N_("The bulletin template (default: bulletin.xsl)"), "FILE"},
		{"issuer", 0, 0, G_OPTION_ARG_STRING, &o.issuer,
		    N_("The issuing office (default: the plan's issuer)"), "TEXT"},
		{"param", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.params,
		    N_("Pass the review template the parameter NAME, the string VALUE "
		    "(repeatable; the bulletins stay as issued)"), "NAME=VALUE"},
		{"model", 0, 0, G_OPTION_ARG_NONE, &o.model,
		    N_("Print the year's model (what the review template reads), and stop"), NULL},
		{"layout", 0, 0, G_OPTION_ARG_NONE, &o.layout,
		    N_("Print the review's layout, and stop"), NULL},
		G_OPTION_ENTRY_NULL
	};
	struct thresholds th;
	struct inputs *in = NULL;
	GPtrArray *params = NULL, *bulletin_params = NULL;
	xmlDocPtr yearbook = NULL;
	int rc = EXIT_USAGE;

	memset(&o, 0, sizeof o);
	g_option_context_set_summary(ctx, _(
	    "Makes the archive of a plan folder's year for the annual review, in OUTDIR\n"
	    "(default: archive-<plan id>): review.pdf (a cover, the contents, the\n"
	    "year's summary, then every issue's bulletin as a chapter), every bulletin\n"
	    "in bulletins/, every chart as SVG in charts/, the input files in inputs/,\n"
	    "and SHA256SUMS over all of them (sha256sum -c SHA256SUMS checks it).\n"
	    "The PDF files are PDF/A-1b.  The same inputs give the same bytes.  The\n"
	    "archive is made beside OUTDIR and replaces it only when complete."));
	cli_add_common(ctx, &o.common, _("The archive folder (default: archive-<plan id>)"));
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!cli_parse(ctx, &argc, &argv) || !cli_thresholds(&o.common, &th))
		goto out;
	if (argc != 2) {
		cli_error(_("archive needs one plan folder (see dubao archive --help)"));
		goto out;
	}
	if (o.template == NULL)
		o.template = g_strdup("review.xsl");
	if (o.bulletin_template == NULL)
		o.bulletin_template = g_strdup("bulletin.xsl");
	const char *names[] = {o.template, o.bulletin_template};
	if (!cli_data_ready() || (!o.model && !cli_templates_exist(names, 2)))
		goto out;
	params = cli_template_params(NULL, o.issuer, o.params);
	bulletin_params = cli_template_params(NULL, o.issuer, NULL);
	if (params == NULL)
		goto out;
	in = load_folder(argv[1], &rc);
	if (in == NULL)
		goto out;
	struct archive_opts ao = {
		.outdir = o.common.output,
		.review_template = o.template,
		.bulletin_template = o.bulletin_template,
		.params = (const char *const *)params->pdata,
		.bulletin_params = (const char *const *)bulletin_params->pdata,
		.th = th,
	};
	if (o.model || o.layout) {
		yearbook = archive_yearbook(in, th);
		xmlDocPtr print = o.model ? yearbook : archive_review_layout(yearbook, &ao);
		rc = print == NULL ? EXIT_INPUT : cli_write_xml(NULL, print) ? EXIT_OK : EXIT_USAGE;
		if (print != yearbook)
			xmlFreeDoc(print);
		goto out;
	}
	if (ao.outdir == NULL) {
		char *id = output_safe_name(in->plan->id);
		o.common.output = g_strconcat("archive-", id, NULL);
		ao.outdir = o.common.output;
		g_free(id);
	}
	rc = archive_build(in, &ao);
out:
	xmlFreeDoc(yearbook);
	inputs_free(in);
	if (params != NULL)
		g_ptr_array_unref(params);
	if (bulletin_params != NULL)
		g_ptr_array_unref(bulletin_params);
	g_option_context_free(ctx);
	cli_common_free(&o.common);
	g_free(o.template);
	g_free(o.bulletin_template);
	g_free(o.issuer);
	g_strfreev(o.params);
	return rc;
}
