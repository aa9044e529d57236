/*
 * fuzz_chart.c: the fuzz target of chart drawing: a <chart> element of
 * the layout vocabulary (doc/layout.md) read, measured and drawn as SVG
 * in memory, as `dubao charts` writes it.
 */
#include <glib.h>
#include <libxml/tree.h>

#include "canvas_cairo.h"
#include "chart.h"
#include "fonts.h"
#include "fuzz.h"

static void
draw(const struct chart *ch, struct diags *d)
{
	struct fonts *fonts = fuzz_fonts();
	PangoContext *pango = fonts_context(fonts);
	double height = chart_draw(ch, fonts, pango, NULL, 0, 0, d);
	/* As chart_file_write draws it, into memory only. */
	struct canvas_cairo *cc = canvas_cairo_new(CAIRO_OUT_SVG, ch->width, height, 1, pango);
	GError *err = NULL;

	chart_draw_sized(ch, fonts, pango, canvas_cairo_canvas(cc), 0, 0, height, d);
	GBytes *svg = canvas_cairo_finish(cc, &err);
	if (svg != NULL)
		g_bytes_unref(svg);
	g_clear_error(&err);
	canvas_cairo_free(cc);
	chart_forget(pango);
	g_object_unref(pango);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xmlDocPtr doc = fuzz_read_xml(data, size);
	xmlNode *root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;

	if (root == NULL) {
		xmlFreeDoc(doc);
		return 0;
	}
	struct diags d;
	diags_init(&d, "chart");
	struct chart *ch = chart_read(root, &d);
	if (ch != NULL) {
		draw(ch, &d);
		chart_free(ch);
	}
	diags_clear(&d);
	xmlFreeDoc(doc);
	return 0;
}
