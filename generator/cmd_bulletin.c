/*
 * cmd_bulletin.c: `dubao bulletin PLAN PROGRESS... -o FILE.pdf`: the
 * supervision bulletin of the latest progress report.
 *
 * The whole pipeline of DESIGN.md: inputs → model → template
 * (templates/bulletin.xsl) → layout → typeset (pango) → PDF (libharu).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "canvas_cairo.h"
#include "cli.h"
#include "fill.h"
#include "fonts.h"
#include "layout.h"
#include "load.h"
#include "output.h"
#include "pdf_write.h"
#include "report.h"
#include "typeset.h"

struct bulletin_opts {
	struct common_opts common;
	char *template;
	char *date;
	char *issuer;
	char *charts;
	char **params;          /* NAME=VALUE */
	gboolean layout;
	gboolean stamp;
};

/* NAME of a --param: what XSLT accepts as a parameter's name, in ASCII. */
static bool
param_name_ok(const char *s, size_t len)
{
	if (len == 0 || !(g_ascii_isalpha(s[0]) || s[0] == '_'))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!(g_ascii_isalnum(s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.'))
			return false;
	return true;
}

/* The template's parameters: --date, --issuer and every --param, as the
 * NULL-terminated name/value list fill_template takes; NULL after an
 * error message if a --param is malformed.  Free with g_ptr_array_unref. */
static GPtrArray *
template_params(const struct bulletin_opts *o)
{
	GPtrArray *p = g_ptr_array_new_with_free_func(g_free);

	if (o->date != NULL) {
		g_ptr_array_add(p, g_strdup("date"));
		g_ptr_array_add(p, g_strdup(o->date));
	}
	if (o->issuer != NULL) {
		g_ptr_array_add(p, g_strdup("issuer"));
		g_ptr_array_add(p, g_strdup(o->issuer));
	}
	for (char **q = o->params; q != NULL && *q != NULL; q++) {
		const char *eq = strchr(*q, '=');
		if (eq == NULL || !param_name_ok(*q, (size_t)(eq - *q))) {
			cli_error(_("--param '%s' is not NAME=VALUE with NAME a template "
			    "parameter's name (letters, digits, _ - .)"), *q);
			g_ptr_array_unref(p);
			return NULL;
		}
		g_ptr_array_add(p, g_strndup(*q, (size_t)(eq - *q)));
		g_ptr_array_add(p, g_strdup(eq + 1));
	}
	g_ptr_array_add(p, NULL);
	return p;
}

/* Each chart of the layout also as its own SVG file in dir: the same
 * drawing as in the PDF. */
static bool
write_charts(const struct layout_doc *ld, struct fonts *f, PangoContext *pango,
    const char *dir)
{
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		cli_error(_("cannot create the folder %s: %s"), dir, g_strerror(errno));
		return false;
	}
	for (guint i = 0; i < ld->blocks->len; i++) {
		const struct block *b = g_ptr_array_index(ld->blocks, i);
		if (b->kind != BLOCK_CHART)
			continue;
		double h = chart_draw(b->chart, f, pango, NULL, 0, 0, NULL);
		struct canvas_cairo *cc = canvas_cairo_new(CAIRO_OUT_SVG, b->chart->width, h, 1,
		    pango);
		GError *err = NULL;
		chart_draw(b->chart, f, pango, canvas_cairo_canvas(cc), 0, 0, NULL);
		GBytes *bytes = canvas_cairo_finish(cc, &err);
		char *name = g_strconcat(b->chart->id, ".svg", NULL);
		char *path = g_build_filename(dir, name, NULL);
		gsize len = 0;
		const void *data = bytes != NULL ? g_bytes_get_data(bytes, &len) : NULL;
		bool ok = bytes != NULL && output_write(path, data, len, &err);
		if (!ok) {
			cli_error("%s: %s", path, err->message);
			g_error_free(err);
		}
		if (bytes != NULL)
			g_bytes_unref(bytes);
		canvas_cairo_free(cc);
		g_free(name);
		g_free(path);
		if (!ok)
			return false;
	}
	return true;
}

/* Template → layout → PDF, once the model is made. */
static int
make_bulletin(xmlDocPtr model, const struct bulletin_opts *o)
{
	char *path = NULL;
	GPtrArray *params = template_params(o);
	struct diags ld;
	xmlDocPtr layout;
	struct layout_doc *doc = NULL;
	struct typeset *ts = NULL;
	GError *err = NULL;
	GBytes *pdf = NULL;
	PangoContext *pango = NULL;
	int rc = EXIT_OK;

	if (params == NULL)
		return EXIT_USAGE;
	path = fill_find_template(o->template);
	diags_init(&ld, path);
	layout = fill_template(path, model, (const char *const *)params->pdata, &ld);
	if (layout == NULL) {
		rc = EXIT_INPUT;
		goto out;
	}
	if (o->layout) {
		rc = cli_write_xml(NULL, layout) ? EXIT_OK : EXIT_USAGE;
		goto out;
	}
	doc = layout_read(layout, &ld);
	if (doc == NULL) {
		rc = EXIT_INPUT;
		goto out;
	}
	struct fonts *f = fonts_default(&err);
	if (f == NULL) {
		cli_error("%s", err->message);
		rc = EXIT_USAGE;
		goto out;
	}
	pango = fonts_context(f);
	ts = typeset_document(doc, f, pango, &ld);
	struct pdf_options popt = {o->stamp};
	pdf = pdf_write(ts, doc, f, pango, &popt, &err);
	if (pdf == NULL) {
		cli_error("%s", err->message);
		rc = EXIT_USAGE;
		goto out;
	}
	gsize len = 0;
	const void *data = g_bytes_get_data(pdf, &len);
	if (!cli_write_output(o->common.output, data, len))
		rc = EXIT_USAGE;
	else if (strcmp(o->common.output, "-") != 0)
		printf(_("wrote %s (%u pages, %zu bytes)\n"), o->common.output,
		    ts->pages->len, (size_t)len);
	if (rc == EXIT_OK && o->charts != NULL && !write_charts(doc, f, pango, o->charts))
		rc = EXIT_USAGE;
out:
	diags_print(&ld, stderr);
	diags_clear(&ld);
	if (err != NULL)
		g_error_free(err);
	if (pdf != NULL)
		g_bytes_unref(pdf);
	typeset_free(ts);
	layout_free(doc);
	if (pango != NULL) {
		chart_forget(pango);
		g_object_unref(pango);
	}
	xmlFreeDoc(layout);
	g_free(path);
	g_ptr_array_unref(params);
	return rc;
}

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
		G_OPTION_ENTRY_NULL
	};
	struct thresholds th;
	struct inputs *in = NULL;
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
	if (argc < 3) {
		cli_error(_("bulletin needs a plan and at least one progress file "
		    "(see dubao bulletin --help)"));
		rc = EXIT_USAGE;
		goto out;
	}
	if (o.common.output == NULL)
		o.common.output = g_strdup("bulletin.pdf");
	if (o.template == NULL)
		o.template = g_strdup("bulletin.xsl");
	if (!cli_data_ready()) {
		rc = EXIT_USAGE;
		goto out;
	}
	in = inputs_load(argv[1], argv + 2, argc - 2, stderr);
	if (in->errors > 0) {
		rc = EXIT_INPUT;
		goto out;
	}
	xmlDocPtr model = report_model(in, th);
	rc = make_bulletin(model, &o);
	xmlFreeDoc(model);
out:
	inputs_free(in);
	g_option_context_free(ctx);
	g_free(o.common.green_within);
	g_free(o.common.yellow_within);
	g_free(o.common.output);
	g_free(o.template);
	g_free(o.date);
	g_free(o.issuer);
	g_free(o.charts);
	g_strfreev(o.params);
	return rc;
}
