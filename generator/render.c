/*
 * render.c: model → template → layout → typeset → PDF and SVG files.
 */
#include "render.h"

#include <string.h>

#include <glib/gi18n.h>

#include "chart_file.h"
#include "cli.h"
#include "fill.h"
#include "fonts.h"
#include "layout.h"
#include "output.h"
#include "pdf_write.h"
#include "typeset.h"

/* Each chart of the layout also as its own SVG file in dir: the same
 * drawing as in the PDF. */
static bool
write_charts(const struct layout_doc *ld, struct fonts *f, PangoContext *pango,
    const char *dir, struct render_result *res)
{
	GError *err = NULL;

	if (!output_mkdir(dir, &err)) {
		cli_error("%s", err->message);
		g_error_free(err);
		return false;
	}
	for (guint i = 0; i < ld->blocks->len; i++) {
		const struct block *b = g_ptr_array_index(ld->blocks, i);
		/* A compiled document's chapters have their charts elsewhere. */
		if (b->kind == BLOCK_CHAPTER)
			break;
		if (b->kind != BLOCK_CHART)
			continue;
		char *path = chart_file_write(b->chart, f, pango, dir, CAIRO_OUT_SVG, 1, NULL,
		    NULL, &err);
		if (path == NULL) {
			cli_error("%s", err->message);
			g_error_free(err);
			return false;
		}
		res->charts++;
		if (res->written != NULL)
			g_ptr_array_add(res->written, path);
		else
			g_free(path);
	}
	return true;
}

xmlDocPtr
render_fill(xmlDocPtr model, const struct render_opts *o)
{
	char *path = fill_find_template(o->template);
	struct diags d;
	xmlDocPtr layout;

	diags_init(&d, path);
	layout = fill_template(path, model, o->params, &d);
	diags_print(&d, stderr);
	diags_clear(&d);
	g_free(path);
	return layout;
}

int
render_layout(xmlDocPtr layout, const struct render_opts *o, struct render_result *res)
{
	char *path = fill_find_template(o->template);
	struct diags ld;
	struct layout_doc *doc = NULL;
	struct typeset *ts = NULL;
	GError *err = NULL;
	GBytes *pdf = NULL;
	PangoContext *pango = NULL;
	int rc = EXIT_OK;

	res->pages = 0;
	res->bytes = 0;
	res->charts = 0;
	/* What is wrong with a layout is its template's doing. */
	diags_init(&ld, path);
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
	if (ld.errors > 0) {            /* too many pages */
		rc = EXIT_INPUT;
		goto out;
	}
	struct pdf_options popt = {.stamp = o->stamp, .pdfa = o->pdfa};
	pdf = pdf_write(ts, doc, f, pango, &popt, &err);
	if (pdf == NULL) {
		cli_error("%s: %s", o->output, err->message);
		rc = EXIT_USAGE;
		goto out;
	}
	gsize len = 0;
	const void *data = g_bytes_get_data(pdf, &len);
	if (!cli_write_output(o->output, data, len))
		rc = EXIT_USAGE;
	else if (res->written != NULL && strcmp(o->output, "-") != 0)
		g_ptr_array_add(res->written, g_strdup(o->output));
	res->pages = ts->pages->len;
	res->bytes = len;
	if (rc == EXIT_OK && o->charts != NULL && !write_charts(doc, f, pango, o->charts, res))
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
	g_free(path);
	return rc;
}

int
render_report(xmlDocPtr model, const struct render_opts *o, struct render_result *res)
{
	xmlDocPtr layout = render_fill(model, o);
	int rc;

	res->pages = 0;
	res->bytes = 0;
	res->charts = 0;
	if (layout == NULL)
		return EXIT_INPUT;
	if (o->layout_only)
		rc = cli_write_xml(NULL, layout) ? EXIT_OK : EXIT_USAGE;
	else
		rc = render_layout(layout, o, res);
	xmlFreeDoc(layout);
	return rc;
}
