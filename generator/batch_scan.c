/*
 * batch_scan.c: plan folders → the reports a batch must make, and which
 * input files each one needs.
 *
 * The report of a progress file dated D needs the plan, that file and
 * every earlier progress file of the plan: they give the change since
 * the previous issue and the trend.  So a faulty file fails its own
 * report and every later one of its plan, and nothing else.  A file
 * that cannot be read far enough to know its date is placed among the
 * others by its file name (progress-2025-03.xml before
 * progress-2025-04.xml).
 */
#include "batch.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "date.h"
#include "input_limits.h"
#include "model.h"
#include "msg.h"
#include "output.h"

static struct batch_folder *
scan_folder(const char *dir)
{
	struct batch_folder *f = g_new0(struct batch_folder, 1);
	GError *err = NULL;
	GPtrArray *names;

	f->dir = g_strdup(dir);
	f->plan_path = g_build_filename(dir, "plan.xml", NULL);
	names = inputs_folder_files(dir, &err);
	if (names == NULL) {
		f->paths = g_new0(char *, 1);
		f->error = g_strdup_printf(_("cannot read the folder: %s"), err->message);
		g_error_free(err);
		return f;
	}
	f->npaths = (int)names->len;
	g_ptr_array_add(names, NULL);
	f->paths = (char **)g_ptr_array_free(names, FALSE);
	if (f->npaths > LIMIT_PROGRESS)
		return f;
	/* Digests before reading: a file replaced in between then gets
	 * its report rebuilt by the next run, never a stale one kept. */
	f->plan_digest = batch_file_digest(f->plan_path, NULL);
	f->digests = g_new0(char *, f->npaths + 1);
	for (int i = 0; i < f->npaths; i++)
		f->digests[i] = batch_file_digest(f->paths[i], NULL);
	f->ia = inputs_load_apart(f->plan_path, f->paths, f->npaths);
	if (f->ia->plan_errors == 0 && f->ia->in->plan != NULL)
		f->id = output_safe_name(f->ia->in->plan->id);
	return f;
}

/* Two plans with one id would write to one folder: the later folder's
 * plan is in error. */
static void
check_ids(GPtrArray *folders)
{
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < folders->len; i++) {
		struct batch_folder *f = g_ptr_array_index(folders, i);
		if (f->id == NULL)
			continue;
		struct batch_folder *first = g_hash_table_lookup(seen, f->id);
		if (first == NULL) {
			g_hash_table_insert(seen, f->id, f);
			continue;
		}
		struct diags d;
		diags_init(&d, f->plan_path);
		diag(&d, f->ia->in->plan->line, MSG_DUP_PLAN_ID, f->ia->in->plan->id,
		    first->plan_path);
		char *text = diags_text(&d);
		diags_clear(&d);
		char *all = g_strconcat(f->ia->plan_messages, text, NULL);
		g_free(f->ia->plan_messages);
		f->ia->plan_messages = all;
		f->ia->plan_errors++;
		g_free(text);
		g_clear_pointer(&f->id, g_free);
	}
	g_hash_table_destroy(seen);
}

GPtrArray *
batch_scan(char **dirs, int n)
{
	GPtrArray *folders = g_ptr_array_new_with_free_func((GDestroyNotify)batch_folder_free);

	for (int i = 0; i < n; i++)
		g_ptr_array_add(folders, scan_folder(dirs[i]));
	check_ids(folders);
	return folders;
}

void
batch_folder_free(struct batch_folder *f)
{
	if (f == NULL)
		return;
	inputs_apart_free(f->ia);
	g_strfreev(f->paths);
	g_free(f->dir);
	g_free(f->error);
	g_free(f->plan_path);
	g_free(f->id);
	g_free(f->plan_digest);
	if (f->digests != NULL)
		for (int i = 0; i < f->npaths; i++)
			g_free(f->digests[i]);
	g_free(f->digests);
	g_free(f);
}

static struct batch_report *
new_report(struct batch_folder *f, int file, char *name)
{
	struct batch_report *r = g_new0(struct batch_report, 1);

	r->folder = f;
	r->file = file;
	r->name = name;
	r->why = g_string_new(NULL);
	r->uses = g_ptr_array_new();
	r->outputs = g_ptr_array_new_with_free_func(g_free);
	r->state = REPORT_FAILED;
	r->status = 1;
	return r;
}

/* The report of a folder none of whose reports can be made. */
static void
folder_failed(GPtrArray *out, struct batch_folder *f)
{
	struct batch_report *r = new_report(f, -1, g_strdup(f->dir));

	if (f->error != NULL)
		g_string_append_printf(r->why, "%s: error: %s\n", f->dir, f->error);
	else if (f->ia == NULL)
		g_string_append_printf(r->why, _("%s: error: more than %d progress files, the "
		    "limit\n"), f->dir, LIMIT_PROGRESS);
	else if (f->id == NULL)
		g_string_append_printf(r->why, _("%s: no report made: %s has errors:\n%s"), f->dir,
		    f->plan_path, f->ia->plan_messages);
	else
		g_string_append_printf(r->why, _("%s: error: no progress-*.xml file\n"), f->dir);
	g_ptr_array_add(out, r);
}

/* Whether the faulty file b stands before the report of file i. */
static bool
blocks(const struct batch_folder *f, int b, int i)
{
	day_t bd = f->ia->files[b].as_of, d = f->ia->files[i].as_of;

	if (b == i)
		return false;
	if (bd != 0)
		return bd <= d;
	return strcmp(f->paths[b], f->paths[i]) < 0;
}

static int
by_date(const void *a, const void *b)
{
	const struct progress *x = *(struct progress *const *)a;
	const struct progress *y = *(struct progress *const *)b;

	return (x->as_of > y->as_of) - (x->as_of < y->as_of);
}

static void
folder_reports(GPtrArray *out, struct batch_folder *f)
{
	char day[DATE_BUFSZ];

	for (int i = 0; i < f->npaths; i++) {
		const struct input_file *file = &f->ia->files[i];
		char *base = g_path_get_basename(f->paths[i]);
		char *name = g_strconcat(f->id, "/", file->as_of != 0 ?
		    date_format(file->as_of, day) : base, NULL);
		g_free(base);
		struct batch_report *r = new_report(f, i, name);
		if (file->as_of != 0)
			r->reldir = g_strdup(name);
		if (file->pr == NULL) {
			g_string_append_printf(r->why, _("%s: not made: %s has errors:\n%s"), r->name,
			    f->paths[i], file->messages);
			g_ptr_array_add(out, r);
			continue;
		}
		for (int k = 0; k < f->npaths; k++) {
			const struct input_file *other = &f->ia->files[k];
			if (other->pr == NULL && blocks(f, k, i))
				g_string_append_printf(r->why, _("%s: not made: it needs %s, "
				    "which has errors\n"), r->name, other->path);
			else if (other->pr != NULL && other->as_of <= file->as_of)
				g_ptr_array_add(r->uses, other->pr);
		}
		g_ptr_array_sort(r->uses, by_date);
		/* Its warnings are shown whether or not it is rebuilt. */
		if (r->why->len == 0) {
			r->state = REPORT_TO_BUILD;
			g_string_append(r->why, file->messages);
		}
		g_ptr_array_add(out, r);
	}
}

GPtrArray *
batch_reports(GPtrArray *folders)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)batch_report_free);

	for (guint i = 0; i < folders->len; i++) {
		struct batch_folder *f = g_ptr_array_index(folders, i);
		if (f->id == NULL || f->ia == NULL || f->npaths == 0)
			folder_failed(out, f);
		else
			folder_reports(out, f);
	}
	return out;
}

void
batch_report_free(struct batch_report *r)
{
	if (r == NULL)
		return;
	g_free(r->name);
	g_free(r->reldir);
	g_free(r->key);
	g_string_free(r->why, TRUE);
	g_ptr_array_unref(r->uses);
	g_ptr_array_unref(r->outputs);
	g_free(r);
}
