/*
 * chart_file.c: a chart drawn to SVG or PNG bytes and written to a file.
 */
#include "chart_file.h"

#include "output.h"

char *
chart_file_write(const struct chart *ch, struct fonts *f, PangoContext *pango,
    const char *dir, enum cairo_format format, double scale, struct diags *d,
    double *height, GError **err)
{
	double h = chart_draw(ch, f, pango, NULL, 0, 0, NULL);
	struct canvas_cairo *cc = canvas_cairo_new(format, ch->width, h, scale, pango);
	char *id = output_safe_name(ch->id);
	char *name = g_strconcat(id, format == CAIRO_OUT_SVG ? ".svg" : ".png", NULL);
	char *path = g_build_filename(dir, name, NULL);
	GBytes *bytes;
	bool ok = false;

	chart_draw(ch, f, pango, canvas_cairo_canvas(cc), 0, 0, d);
	bytes = canvas_cairo_finish(cc, err);
	if (bytes == NULL)
		g_prefix_error(err, "%s: ", path);
	else {
		gsize len;
		const void *data = g_bytes_get_data(bytes, &len);
		ok = output_write(path, data, len, err);
		g_bytes_unref(bytes);
	}
	canvas_cairo_free(cc);
	g_free(id);
	g_free(name);
	if (!ok) {
		g_free(path);
		return NULL;
	}
	if (height != NULL)
		*height = h;
	return path;
}
