/*
 * batch_key.c: what a report depends on, as one digest, so that a batch
 * rebuilds a report exactly when something that could change it has
 * changed: its input files (by content and by the path the model
 * records), the program, every file of its templates, the fonts, and
 * the options.
 */
#include "config.h"
#include "batch.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "datadir.h"
#include "fill.h"
#include "fonts.h"
#include "model.h"

/* Bumped when what goes into a key changes. */
#define KEY_VERSION 1

char *
batch_file_digest(const char *path, GError **err)
{
	GChecksum *sum;
	FILE *fp = fopen(path, "rbe");
	unsigned char buf[65536];
	size_t n;
	char *hex = NULL;

	if (fp == NULL) {
		g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(errno),
		    _("cannot read %s: %s"), path, g_strerror(errno));
		return NULL;
	}
	sum = g_checksum_new(G_CHECKSUM_SHA256);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		g_checksum_update(sum, buf, n);
	if (ferror(fp))
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_IO, _("cannot read %s"), path);
	else
		hex = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	fclose(fp);
	return hex;
}

/* "what digest" lines for every file of a template. */
static void
add_template(GString *key, const char *what, const char *name)
{
	char *path = fill_find_template(name);
	GPtrArray *files = fill_template_files(path);

	for (guint i = 0; i < files->len; i++) {
		const char *file = g_ptr_array_index(files, i);
		char *digest = batch_file_digest(file, NULL);
		/* By content: a copy elsewhere is the same template. */
		g_string_append_printf(key, "%s %s\n", what,
		    digest != NULL ? digest : file);
		g_free(digest);
	}
	g_ptr_array_unref(files);
	g_free(path);
}

char *
batch_common_key(const struct batch_opts *o, GError **err)
{
	GString *key = g_string_new(NULL);
	char *program = batch_file_digest("/proc/self/exe", err);
	char *roles = datadir_file("fonts/roles.conf");
	char *roles_digest = NULL;
	struct fonts *f;

	if (program == NULL)
		goto fail;
	roles_digest = batch_file_digest(roles, err);
	if (roles_digest == NULL)
		goto fail;
	f = fonts_default(err);
	if (f == NULL)
		goto fail;
	g_string_append_printf(key, "dubao batch key %d\nversion %s\nprogram %s\n", KEY_VERSION,
	    DUBAO_VERSION, program);
	add_template(key, "template", o->template);
	if (o->units)
		add_template(key, "unit-template", o->unit_template);
	g_string_append_printf(key, "roles %s\n%s", roles_digest, fonts_fingerprint(f));
	g_string_append_printf(key, "green-within %d\nyellow-within %d\nunits %d\npdfa %d\n",
	    o->th.green_within, o->th.yellow_within, o->units, o->pdfa);
	for (int i = 0; o->params != NULL && o->params[i] != NULL; i += 2)
		g_string_append_printf(key, "param %zu %s=%s\n", strlen(o->params[i + 1]),
		    o->params[i], o->params[i + 1]);
	g_free(program);
	g_free(roles);
	g_free(roles_digest);
	return g_string_free(key, FALSE);
fail:
	g_free(program);
	g_free(roles);
	g_free(roles_digest);
	g_string_free(key, TRUE);
	return NULL;
}

void
batch_report_key(struct batch_report *r, const char *common)
{
	const struct batch_folder *f = r->folder;
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	GString *s = g_string_new(common);

	/* Lengths first, so that no two lists of names run together into
	 * the same text. */
	g_string_append_printf(s, "plan %zu %s %s\n", strlen(f->plan_path), f->plan_path,
	    f->plan_digest != NULL ? f->plan_digest : "unreadable");
	for (guint i = 0; i < r->uses->len; i++) {
		const struct progress *pr = g_ptr_array_index(r->uses, i);
		const char *digest = "unreadable";
		for (int k = 0; k < f->npaths; k++)
			if (f->ia->files[k].pr == pr && f->digests[k] != NULL)
				digest = f->digests[k];
		g_string_append_printf(s, "progress %zu %s %s\n", strlen(pr->path), pr->path,
		    digest);
	}
	g_checksum_update(sum, (const guchar *)s->str, (gssize)s->len);
	g_free(r->key);
	r->key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	g_string_free(s, TRUE);
}
