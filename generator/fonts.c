/*
 * fonts.c: roles.conf, fontconfig and the private pango font map.
 */
#include "fonts.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "datadir.h"
#include "msg.h"

static const char *const role_names[ROLE__COUNT] = {
	"title", "heading", "subheading", "body", "table", "number",
};

struct fonts {
	PangoFontMap *map;
	char *families[ROLE__COUNT];    /* "A,B,C" for pango */
	char *fingerprint;              /* see fonts_fingerprint */
};

const char *
font_role_name(enum font_role role)
{
	return role < ROLE__COUNT ? role_names[role] : NULL;
}

bool
font_role_parse(const char *name, enum font_role *out)
{
	for (int r = 0; r < ROLE__COUNT; r++)
		if (strcmp(name, role_names[r]) == 0) {
			*out = (enum font_role)r;
			return true;
		}
	return false;
}

/* Every TrueType face the system has, by each of its family names: one
 * pass over fontconfig's cached list instead of a query per family.
 * family -> GPtrArray of file names (borrowed from the patterns). */
static GHashTable *
truetype_families(FcConfig *system)
{
	GHashTable *by_family = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)g_ptr_array_unref);
	FcFontSet *all = FcConfigGetFonts(system, FcSetSystem);

	for (int i = 0; all != NULL && i < all->nfont; i++) {
		FcPattern *p = all->fonts[i];
		FcChar8 *file = NULL, *format = NULL, *family = NULL;
		/* libharu reads TrueType outlines only: no CFF, no bitmaps. */
		if (FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch ||
		    FcPatternGetString(p, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
		    strcmp((const char *)format, "TrueType") != 0)
			continue;
		for (int k = 0; FcPatternGetString(p, FC_FAMILY, k, &family) == FcResultMatch; k++) {
			GPtrArray *files = g_hash_table_lookup(by_family, family);
			if (files == NULL) {
				files = g_ptr_array_new();
				g_hash_table_insert(by_family, g_strdup((const char *)family), files);
			}
			g_ptr_array_add(files, file);
		}
	}
	return by_family;
}

static int
cmp_pattern_file(const void *a, const void *b)
{
	FcChar8 *fa = NULL, *fb = NULL;
	int ia = 0, ib = 0, c;

	FcPatternGetString(*(FcPattern *const *)a, FC_FILE, 0, &fa);
	FcPatternGetString(*(FcPattern *const *)b, FC_FILE, 0, &fb);
	c = strcmp((const char *)fa, (const char *)fb);
	if (c != 0)
		return c;
	FcPatternGetInteger(*(FcPattern *const *)a, FC_INDEX, 0, &ia);
	FcPatternGetInteger(*(FcPattern *const *)b, FC_INDEX, 0, &ib);
	return (ia > ib) - (ia < ib);
}

/* Copies into mine the system's (cached) patterns of every face of the
 * files, sorted by file and face index. */
static void
add_cached_faces(FcConfig *system, FcConfig *mine, GHashTable *files)
{
	FcFontSet *all = FcConfigGetFonts(system, FcSetSystem), *app;
	GPtrArray *picked = g_ptr_array_new();

	/* The application set exists once something was added to it: an
	 * empty directory's worth. */
	FcConfigAppFontAddDir(mine, (const FcChar8 *)"/nonexistent/dubao");
	app = FcConfigGetFonts(mine, FcSetApplication);
	for (int i = 0; all != NULL && i < all->nfont; i++) {
		FcChar8 *file = NULL;
		if (FcPatternGetString(all->fonts[i], FC_FILE, 0, &file) == FcResultMatch &&
		    g_hash_table_contains(files, file))
			g_ptr_array_add(picked, all->fonts[i]);
	}
	g_ptr_array_sort(picked, cmp_pattern_file);
	for (guint i = 0; app != NULL && i < picked->len; i++)
		FcFontSetAdd(app, FcPatternDuplicate(g_ptr_array_index(picked, i)));
	if (app == NULL) {
		/* Not this fontconfig: read the files after all. */
		GHashTableIter it;
		gpointer file;
		g_hash_table_iter_init(&it, files);
		while (g_hash_table_iter_next(&it, &file, NULL))
			FcConfigAppFontAddFile(mine, file);
	}
	g_ptr_array_free(picked, TRUE);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The roles' families and every file picked, with its size and time: a
 * font updated by the system changes it. */
static char *
fingerprint(const struct fonts *f, GHashTable *files)
{
	GString *s = g_string_new(NULL);
	guint n = 0;
	gpointer *names = g_hash_table_get_keys_as_array(files, &n);

	for (int r = 0; r < ROLE__COUNT; r++)
		g_string_append_printf(s, "%s=%s\n", role_names[r], f->families[r]);
	qsort(names, n, sizeof *names, cmp_str);
	for (guint i = 0; i < n; i++) {
		const char *file = names[i];
		GStatBuf st;
		if (g_stat(file, &st) == 0)
			g_string_append_printf(s, "%s %lld %lld\n", file, (long long)st.st_size,
			    (long long)st.st_mtime);
		else
			g_string_append_printf(s, "%s missing\n", file);
	}
	g_free(names);
	return g_string_free(s, FALSE);
}

struct fonts *
fonts_load(const char *path, GError **err)
{
	GKeyFile *kf = g_key_file_new();
	GHashTable *files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	struct fonts *f = NULL;
	FcConfig *system, *mine;

	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, err)) {
		g_prefix_error(err, "%s: ", path);
		goto out;
	}
	if (!FcInit()) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "fontconfig cannot start");
		goto out;
	}
	system = FcConfigGetCurrent();
	GHashTable *families = truetype_families(system);
	f = g_new0(struct fonts, 1);
	for (int r = 0; r < ROLE__COUNT; r++) {
		gsize n = 0;
		char **list = g_key_file_get_string_list(kf, role_names[r], "families", &n, NULL);
		GString *have = g_string_new(NULL);
		for (gsize i = 0; i < n; i++) {
			char *fam = g_strstrip(list[i]);
			GPtrArray *found = *fam != '\0' ? g_hash_table_lookup(families, fam) : NULL;
			if (found == NULL)
				continue;
			for (guint k = 0; k < found->len; k++)
				g_hash_table_add(files, g_strdup(g_ptr_array_index(found, k)));
			g_string_append_printf(have, "%s%s", have->len > 0 ? "," : "", fam);
		}
		g_strfreev(list);
		if (have->len == 0) {
			g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT,
			    "%s: no font of the role [%s] is installed as TrueType "
			    "(run make deps, or install one of its families)", path, role_names[r]);
			g_string_free(have, TRUE);
			g_hash_table_destroy(families);
			fonts_free(f);
			f = NULL;
			goto out;
		}
		f->families[r] = g_string_free(have, FALSE);
	}
	g_hash_table_destroy(families);
	f->fingerprint = fingerprint(f, files);

	/* The private configuration: those files, nothing else, in a fixed
	 * order so that every run sees the same fonts.  Their patterns come
	 * from the system's font cache: adding the files themselves would
	 * make fontconfig read every glyph of them again, each run. */
	mine = FcConfigCreate();
	add_cached_faces(system, mine, files);
	f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), mine);
	FcConfigDestroy(mine);   /* the font map holds its own reference */
out:
	g_hash_table_destroy(files);
	g_key_file_free(kf);
	return f;
}

void
fonts_free(struct fonts *f)
{
	if (f == NULL)
		return;
	if (f->map != NULL)
		g_object_unref(f->map);
	for (int r = 0; r < ROLE__COUNT; r++)
		g_free(f->families[r]);
	g_free(f->fingerprint);
	g_free(f);
}

const char *
fonts_fingerprint(const struct fonts *f)
{
	return f->fingerprint;
}

static struct fonts *default_fonts;
static GError *default_error;

static gpointer
load_default(gpointer unused)
{
	char *path = datadir_file("fonts/roles.conf");

	(void)unused;
	default_fonts = fonts_load(path, &default_error);
	g_free(path);
	return default_fonts;
}

struct fonts *
fonts_default(GError **err)
{
	static GOnce once = G_ONCE_INIT;
	struct fonts *f = g_once(&once, load_default, NULL);

	if (f == NULL && err != NULL && default_error != NULL)
		*err = g_error_copy(default_error);
	return f;
}

void
fonts_shutdown(void)
{
	fonts_free(default_fonts);
	default_fonts = NULL;
	g_clear_error(&default_error);
	/* No FcFini(): patterns copied from fontconfig's cache keep it in
	 * use as long as pango's font map lives, and FcFini asserts on that;
	 * what stays is fontconfig's (tests/valgrind.supp). */
}

PangoContext *
fonts_context(struct fonts *f)
{
	PangoContext *ctx = pango_font_map_create_context(f->map);
	cairo_font_options_t *opts = cairo_font_options_create();

	cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(opts, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(ctx, opts);
	cairo_font_options_destroy(opts);
	pango_cairo_context_set_resolution(ctx, 72.0);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	pango_context_set_language(ctx, pango_language_from_string("zh-cn"));
	return ctx;
}

PangoFontDescription *
fonts_describe(struct fonts *f, enum font_role role, double size_pt)
{
	PangoFontDescription *d = pango_font_description_new();

	pango_font_description_set_family(d, f->families[role]);
	pango_font_description_set_absolute_size(d, size_pt * PANGO_SCALE);
	return d;
}

const char *
fonts_families(struct fonts *f, enum font_role role)
{
	return f->families[role];
}

int
fonts_report_missing(PangoLayout *layout, struct diags *d, const char *where)
{
	const char *text = pango_layout_get_text(layout);
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	char *quote = NULL;
	int n = 0;

	do {
		PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
		if (run == NULL)
			continue;
		PangoGlyphString *gs = run->glyphs;
		for (int i = 0; i < gs->num_glyphs; i++) {
			if (!(gs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG))
				continue;
			gunichar c = g_utf8_get_char(text + run->item->offset + gs->log_clusters[i]);
			/* Line breaks and other controls are not drawn anyway. */
			if (g_unichar_iscntrl(c) || g_unichar_type(c) == G_UNICODE_LINE_SEPARATOR)
				continue;
			n++;
			if (quote == NULL) {
				/* Enough of the text to find it by (the end
				 * of g_utf8_substring must be within it). */
				const char *w = where != NULL ? where : "";
				quote = g_utf8_substring(w, 0, MIN(30, g_utf8_strlen(w, -1)));
			}
			char s[8] = {0};
			g_unichar_to_utf8(c, s);
			diag(d, 0, MSG_MISSING_GLYPH, s, (unsigned)c, quote);
		}
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	g_free(quote);
	return n;
}
