/*
 * load.c: running the reading passes in order over every input file.
 */
#include "load.h"

#include <string.h>

#include "input_limits.h"
#include "read_plan.h"
#include "read_progress.h"
#include "read_xml.h"
#include "schema.h"
#include "shape.h"
#include "validate.h"

/* Parse, shape and schema: the passes every file goes through.  Returns
 * the document, or NULL if it could not be parsed or is over a limit. */
static xmlDocPtr
read_checked(const char *path, enum doc_kind kind, struct diags *d)
{
	xmlDocPtr doc = read_xml(path, d);
	bool stopped;

	if (doc == NULL)
		return NULL;
	/* The schema's messages would repeat, less clearly, what shape.c
	 * says; it is consulted when shape.c found nothing, and anything it
	 * then finds is reported as it words it. */
	if (shape_check(doc, kind, d, &stopped) == 0)
		schema_validate(doc, d, true);
	if (stopped) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* A sound progress file and its diagnostics, sorted together. */
struct loaded {
	struct progress *pr;
	struct diags *d;
};

static gint
by_as_of(gconstpointer a, gconstpointer b)
{
	const struct loaded *x = a, *y = b;

	return (x->pr->as_of > y->pr->as_of) - (x->pr->as_of < y->pr->as_of);
}

/* Every pass over the plan and the n progress files, their messages left
 * in pd and dd[0..n-1]; dates[i] is file i's as-of if it could be read
 * that far (0 otherwise), sound or not.  in->errors and in->warnings
 * are left to the caller, which has the messages. */
static struct inputs *
load_files(const char *plan_path, char *const *progress_paths, int n, struct diags *pd,
    struct diags *dd, day_t *dates)
{
	struct inputs *in = g_new0(struct inputs, 1);
	struct diags **by_date = g_new0(struct diags *, n > 0 ? n : 1);
	GArray *loaded = g_array_new(FALSE, FALSE, sizeof(struct loaded));
	xmlDocPtr doc;
	bool plan_ok;

	in->progress = g_ptr_array_new_with_free_func((GDestroyNotify)progress_free);
	doc = read_checked(plan_path, DOC_PLAN, pd);
	if (doc != NULL) {
		in->plan = read_plan(doc, plan_path, pd);
		validate_plan(in->plan, pd);
		xmlFreeDoc(doc);
	}
	plan_ok = in->plan != NULL && pd->errors == 0;

	for (int i = 0; i < n; i++) {
		dates[i] = 0;
		doc = read_checked(progress_paths[i], DOC_PROGRESS, &dd[i]);
		if (doc == NULL)
			continue;
		struct progress *pr = read_progress(doc, progress_paths[i]);
		xmlFreeDoc(doc);
		dates[i] = pr->as_of;
		/* Validation goes on after shape errors, so that one run
		 * lists every error of the file. */
		if (plan_ok)
			validate_progress(in->plan, pr, &dd[i]);
		else
			diag(&dd[i], 0, MSG_NOT_CHECKED);
		if (dd[i].errors == 0 && plan_ok) {
			struct loaded l = {pr, &dd[i]};
			g_array_append_val(loaded, l);
		} else
			progress_free(pr);
	}

	/* The sound files by date (stable: equal dates keep their order),
	 * then the rules across dates. */
	g_array_sort(loaded, by_as_of);
	for (guint i = 0; i < loaded->len; i++) {
		struct loaded *l = &g_array_index(loaded, struct loaded, i);
		g_ptr_array_add(in->progress, l->pr);
		by_date[i] = l->d;
	}
	if (plan_ok)
		validate_series(in->plan, in->progress, by_date);
	g_free(by_date);
	g_array_free(loaded, TRUE);
	return in;
}

struct inputs *
inputs_load(const char *plan_path, char *const *progress_paths, int n, FILE *err)
{
	struct inputs *in;
	struct diags pd;
	struct diags *dd;
	day_t *dates;
	int too_many = 0;

	if (n > LIMIT_PROGRESS) {
		struct diags ld;
		diags_init(&ld, progress_paths[LIMIT_PROGRESS]);
		diag(&ld, 0, MSG_TOO_MANY_FILES, LIMIT_PROGRESS);
		diags_print(&ld, err);
		diags_clear(&ld);
		too_many = 1;
		n = 0;
	}
	dd = g_new0(struct diags, n > 0 ? n : 1);
	dates = g_new0(day_t, n > 0 ? n : 1);
	diags_init(&pd, plan_path);
	for (int i = 0; i < n; i++)
		diags_init(&dd[i], progress_paths[i]);
	in = load_files(plan_path, progress_paths, n, &pd, dd, dates);

	in->errors = pd.errors + too_many;
	in->warnings = pd.warnings;
	diags_print(&pd, err);
	diags_clear(&pd);
	for (int i = 0; i < n; i++) {
		in->errors += dd[i].errors;
		in->warnings += dd[i].warnings;
		diags_print(&dd[i], err);
		diags_clear(&dd[i]);
	}
	g_free(dd);
	g_free(dates);
	return in;
}

struct inputs_apart *
inputs_load_apart(const char *plan_path, char *const *progress_paths, int n)
{
	struct inputs_apart *ia = g_new0(struct inputs_apart, 1);
	struct diags pd;
	struct diags *dd = g_new0(struct diags, n > 0 ? n : 1);
	day_t *dates = g_new0(day_t, n > 0 ? n : 1);

	ia->files = g_new0(struct input_file, n > 0 ? n : 1);
	ia->n = n;
	diags_init(&pd, plan_path);
	for (int i = 0; i < n; i++)
		diags_init(&dd[i], progress_paths[i]);
	ia->in = load_files(plan_path, progress_paths, n, &pd, dd, dates);
	ia->plan_errors = pd.errors;
	ia->plan_messages = diags_text(&pd);
	diags_clear(&pd);
	for (int i = 0; i < n; i++) {
		struct input_file *f = &ia->files[i];
		f->path = progress_paths[i];
		f->as_of = dates[i];
		f->errors = dd[i].errors;
		f->messages = diags_text(&dd[i]);
		diags_clear(&dd[i]);
		for (guint k = 0; f->errors == 0 && k < ia->in->progress->len; k++) {
			struct progress *pr = g_ptr_array_index(ia->in->progress, k);
			if (strcmp(pr->path, f->path) == 0)
				f->pr = pr;
		}
	}
	g_free(dd);
	g_free(dates);
	return ia;
}

void
inputs_apart_free(struct inputs_apart *ia)
{
	if (ia == NULL)
		return;
	for (int i = 0; i < ia->n; i++)
		g_free(ia->files[i].messages);
	g_free(ia->files);
	g_free(ia->plan_messages);
	inputs_free(ia->in);
	g_free(ia);
}

void
inputs_free(struct inputs *in)
{
	if (in == NULL)
		return;
	plan_free(in->plan);
	g_ptr_array_free(in->progress, TRUE);
	g_free(in);
}

static int
cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
inputs_folder_files(const char *dir, GError **err)
{
	GDir *d = g_dir_open(dir, 0, err);
	GPtrArray *names;
	const char *name;

	if (d == NULL)
		return NULL;
	names = g_ptr_array_new_with_free_func(g_free);
	while ((name = g_dir_read_name(d)) != NULL)
		if (g_str_has_prefix(name, "progress-") && g_str_has_suffix(name, ".xml"))
			g_ptr_array_add(names, g_build_filename(dir, name, NULL));
	g_dir_close(d);
	g_ptr_array_sort(names, cmp_name);
	return names;
}
