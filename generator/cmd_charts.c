/*
 * cmd_charts.c: `dubao charts PLAN PROGRESS... -o DIR`: every chart of
 * the charts template as its own SVG file (and PNG previews).
 *
 * The pipeline of DESIGN.md up to the charts: inputs → model → template
 * (templates/charts.xsl) → layout → each <chart> drawn through the cairo
 * canvas.  Files are named after the chart ids (identifiers, so safe as
 * file names) and written atomically.
 */
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "canvas_cairo.h"
#include "canvas_trace.h"
#include "chart.h"
#include "chart_file.h"
#include "cli.h"
#include "fill.h"
#include "fonts.h"
#include "load.h"
#include "output.h"
#include "report.h"

struct charts_opts {
	struct common_opts common;
	char *template;
	gboolean png;
	gboolean trace;
	gboolean layout;
};

/* Renders one chart into a file in dir; returns false on failure. */
static bool
write_chart(const struct chart *ch, struct fonts *f, PangoContext *pango,
    const char *dir, enum cairo_format format, struct diags *d)
{
	GError *err = NULL;
	double height = 0;
	char *path = chart_file_write(ch, f, pango, dir, format, 2.0, d, &height, &err);

	if (path == NULL) {
		cli_error("%s", err->message);
		g_error_free(err);
		return false;
	}
	printf(_("wrote %s (%.0f x %.0f pt)\n"), path, ch->width, height);
	g_free(path);
	return true;
}

static void
print_trace(const struct chart *ch, struct fonts *f, PangoContext *pango, struct diags *d)
{
	double height = chart_draw(ch, f, pango, NULL, 0, 0, NULL);
	struct canvas_trace *t = canvas_trace_new(ch->width, height, pango);

	chart_draw(ch, f, pango, canvas_trace_canvas(t), 0, 0, d);
	printf("chart %s\n%s", ch->id, canvas_trace_text(t));
	canvas_trace_free(t);
}

/* The <chart> elements of the layout, in document order. */
static void
find_charts(xmlNodePtr node, GPtrArray *out)
{
	for (xmlNodePtr c = node; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (c->ns == NULL && strcmp((const char *)c->name, "chart") == 0)
			g_ptr_array_add(out, c);
		else
			find_charts(c->children, out);
	}
}

static int
render_all(xmlDocPtr layout, const struct charts_opts *o, struct diags *ld)
{
	GPtrArray *nodes = g_ptr_array_new();
	GHashTable *ids = g_hash_table_new(g_str_hash, g_str_equal);
	GPtrArray *charts = g_ptr_array_new_with_free_func((GDestroyNotify)chart_free);
	GError *err = NULL;
	struct fonts *f;
	PangoContext *pango = NULL;
	int rc = EXIT_OK;

	find_charts(xmlDocGetRootElement(layout), nodes);
	for (guint i = 0; i < nodes->len; i++) {
		struct chart *ch = chart_read(g_ptr_array_index(nodes, i), ld);
		if (ch == NULL)
			continue;
		if (g_hash_table_contains(ids, ch->id)) {
			diag(ld, 0, MSG_LAYOUT_ATTR, "chart", "id",
			    "the same id twice; each chart needs its own file name");
			chart_free(ch);
			continue;
		}
		g_hash_table_add(ids, ch->id);
		g_ptr_array_add(charts, ch);
	}
	if (ld->errors > 0) {
		rc = EXIT_INPUT;
		goto out;
	}
	f = fonts_default(&err);
	if (f == NULL) {
		cli_error("%s", err->message);
		g_error_free(err);
		rc = EXIT_USAGE;
		goto out;
	}
	pango = fonts_context(f);
	if (!o->trace && !output_mkdir(o->common.output, &err)) {
		cli_error("%s", err->message);
		g_error_free(err);
		rc = EXIT_USAGE;
		goto out;
	}
	for (guint i = 0; i < charts->len; i++) {
		const struct chart *ch = g_ptr_array_index(charts, i);
		if (o->trace) {
			print_trace(ch, f, pango, ld);
			continue;
		}
		if (!write_chart(ch, f, pango, o->common.output, CAIRO_OUT_SVG, ld) ||
		    (o->png && !write_chart(ch, f, pango, o->common.output, CAIRO_OUT_PNG, NULL)))
			rc = EXIT_USAGE;
	}
out:
	if (pango != NULL) {
		chart_forget(pango);
		g_object_unref(pango);
	}
	g_ptr_array_free(charts, TRUE);
	g_hash_table_destroy(ids);
	g_ptr_array_free(nodes, TRUE);
	return rc;
}

int
cmd_charts(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("PLAN PROGRESS... - draw the charts"));
	struct charts_opts o = {{NULL, NULL, NULL}, NULL, FALSE, FALSE, FALSE};
	GOptionEntry entries[] = {
		{"template", 't', 0, G_OPTION_ARG_FILENAME, &o.template,
		    N_("The charts template (default: charts.xsl of the data folder)"), "FILE"},
		{"png", 0, 0, G_OPTION_ARG_NONE, &o.png, N_("Also write a PNG preview of each chart"), NULL},
		{"trace", 0, 0, G_OPTION_ARG_NONE, &o.trace,
		    N_("Print every drawing operation instead of writing files"), NULL},
		{"layout", 0, 0, G_OPTION_ARG_NONE, &o.layout,
		    N_("Print the layout the template made, and stop"), NULL},
		G_OPTION_ENTRY_NULL
	};
	struct thresholds th;
	struct inputs *in = NULL;
	int rc = EXIT_OK;

	g_option_context_set_summary(ctx, _(
	    "Draws the charts of a bulletin (completion per category, lights per\n"
	    "category, trend, lights per lead unit) as SVG files in DIR, one file\n"
	    "per chart, named after the chart. The same inputs always give the\n"
	    "same bytes."));
	cli_add_common(ctx, &o.common, _("The folder to write the charts to (default: charts)"));
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!cli_parse(ctx, &argc, &argv) || !cli_thresholds(&o.common, &th)) {
		rc = EXIT_USAGE;
		goto out;
	}
	if (o.common.output == NULL)
		o.common.output = g_strdup("charts");
	if (o.template == NULL)
		o.template = g_strdup("charts.xsl");
	rc = cli_report_inputs("charts", argc, argv, &in);
	if (rc != EXIT_OK)
		goto out;
	char *path = fill_find_template(o.template);
	struct diags ld;
	xmlDocPtr model = report_model(in, th), layout;
	diags_init(&ld, path);
	layout = fill_template(path, model, NULL, &ld);
	xmlFreeDoc(model);
	if (layout == NULL)
		rc = EXIT_INPUT;
	else if (o.layout)
		rc = cli_write_xml(NULL, layout) ? EXIT_OK : EXIT_USAGE;
	else
		rc = render_all(layout, &o, &ld);
	diags_print(&ld, stderr);
	diags_clear(&ld);
	xmlFreeDoc(layout);
	g_free(path);
out:
	inputs_free(in);
	g_option_context_free(ctx);
	cli_common_free(&o.common);
	g_free(o.template);
	return rc;
}
