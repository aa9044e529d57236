/*
 * batch_manifest.c: reading, checking and writing OUTDIR/.dubao-manifest.
 */
#include "batch_manifest.h"

#include <string.h>

#include <glib/gstdio.h>

#include "output.h"

#define MANIFEST_NAME ".dubao-manifest"

struct built_file {
	char *digest;
	char *rel;
};

struct entry {
	char *key;
	GArray *files;          /* of struct built_file */
};

struct manifest {
	GHashTable *reports;    /* report name -> struct entry * */
};

static void
entry_free(struct entry *e)
{
	for (guint i = 0; i < e->files->len; i++) {
		struct built_file *b = &g_array_index(e->files, struct built_file, i);
		g_free(b->digest);
		g_free(b->rel);
	}
	g_array_free(e->files, TRUE);
	g_free(e->key);
	g_free(e);
}

static struct entry *
entry_new(const char *key)
{
	struct entry *e = g_new0(struct entry, 1);

	e->key = g_strdup(key);
	e->files = g_array_new(FALSE, FALSE, sizeof(struct built_file));
	return e;
}

/* A path the manifest may name: inside the report's folder. */
static bool
rel_ok(const char *rel)
{
	if (*rel == '\0' || *rel == '/')
		return false;
	char **parts = g_strsplit(rel, "/", -1);
	bool ok = true;
	for (char **p = parts; *p != NULL; p++)
		if (**p == '\0' || strcmp(*p, ".") == 0 || strcmp(*p, "..") == 0)
			ok = false;
	g_strfreev(parts);
	return ok;
}

struct manifest *
manifest_load(const char *outdir)
{
	struct manifest *m = g_new0(struct manifest, 1);
	char *path = g_build_filename(outdir, MANIFEST_NAME, NULL);
	char *text = NULL;
	struct entry *cur = NULL;

	m->reports = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    (GDestroyNotify)entry_free);
	if (!g_file_get_contents(path, &text, NULL, NULL)) {
		g_free(path);
		return m;
	}
	char **lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l != NULL; l++) {
		char **f = g_strsplit(*l, "\t", 3);
		if (g_strv_length(f) == 3 && strcmp(f[0], "report") == 0) {
			cur = entry_new(f[2]);
			g_hash_table_replace(m->reports, g_strdup(f[1]), cur);
		} else if (g_strv_length(f) == 3 && strcmp(f[0], "file") == 0 && cur != NULL &&
		    rel_ok(f[2])) {
			struct built_file b = {g_strdup(f[1]), g_strdup(f[2])};
			g_array_append_val(cur->files, b);
		}
		g_strfreev(f);
	}
	g_strfreev(lines);
	g_free(text);
	g_free(path);
	return m;
}

void
manifest_free(struct manifest *m)
{
	if (m == NULL)
		return;
	g_hash_table_destroy(m->reports);
	g_free(m);
}

static char *
output_path(const char *outdir, const struct batch_report *r, const char *rel)
{
	return g_build_filename(outdir, r->reldir, rel, NULL);
}

bool
manifest_current(const struct manifest *m, const struct batch_report *r, const char *outdir)
{
	const struct entry *e = g_hash_table_lookup(m->reports, r->name);

	if (e == NULL || r->key == NULL || strcmp(e->key, r->key) != 0 || e->files->len == 0)
		return false;
	for (guint i = 0; i < e->files->len; i++) {
		const struct built_file *b = &g_array_index(e->files, struct built_file, i);
		char *path = output_path(outdir, r, b->rel);
		char *digest = batch_file_digest(path, NULL);
		bool same = digest != NULL && strcmp(digest, b->digest) == 0;
		g_free(digest);
		g_free(path);
		if (!same)
			return false;
	}
	return true;
}

void
manifest_record(struct manifest *m, const struct batch_report *r, const char *outdir)
{
	struct entry *old = g_hash_table_lookup(m->reports, r->name);
	struct entry *e = entry_new(r->key);
	GHashTable *now = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < r->outputs->len; i++) {
		const char *rel = g_ptr_array_index(r->outputs, i);
		char *path = output_path(outdir, r, rel);
		char *digest = batch_file_digest(path, NULL);
		if (digest != NULL) {
			struct built_file b = {digest, g_strdup(rel)};
			g_array_append_val(e->files, b);
			g_hash_table_add(now, b.rel);
		}
		g_free(path);
	}
	for (guint i = 0; old != NULL && i < old->files->len; i++) {
		const struct built_file *b = &g_array_index(old->files, struct built_file, i);
		if (!g_hash_table_contains(now, b->rel)) {
			char *path = output_path(outdir, r, b->rel);
			g_unlink(path);
			g_free(path);
		}
	}
	g_hash_table_destroy(now);
	g_hash_table_replace(m->reports, g_strdup(r->name), e);
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool
manifest_save(const struct manifest *m, const char *outdir, GError **err)
{
	GString *s = g_string_new("# dubao batch manifest 1: what each report was built from, and "
	    "the files it wrote.\n# Delete this file to have the next run rebuild everything.\n");
	guint n = 0;
	gpointer *names = g_hash_table_get_keys_as_array(m->reports, &n);
	char *path = g_build_filename(outdir, MANIFEST_NAME, NULL);
	bool ok;

	qsort(names, n, sizeof *names, cmp_name);
	for (guint i = 0; i < n; i++) {
		const struct entry *e = g_hash_table_lookup(m->reports, names[i]);
		g_string_append_printf(s, "report\t%s\t%s\n", (const char *)names[i], e->key);
		for (guint k = 0; k < e->files->len; k++) {
			const struct built_file *b = &g_array_index(e->files, struct built_file, k);
			g_string_append_printf(s, "file\t%s\t%s\n", b->digest, b->rel);
		}
	}
	ok = output_write(path, s->str, s->len, err);
	g_free(names);
	g_free(path);
	g_string_free(s, TRUE);
	return ok;
}
