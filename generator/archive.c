/*
 * archive.c: building the year-end archive in a folder of its own, then
 * putting it in place of the previous one.
 */
#define _GNU_SOURCE
#include "config.h"
#include "archive.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "batch.h"
#include "cli.h"
#include "date.h"
#include "output.h"
#include "render.h"
#include "report.h"

/* The model at the k-th progress file: made from it and the earlier ones. */
static xmlDocPtr
model_at(const struct inputs *in, guint k, struct thresholds th)
{
	GPtrArray *upto = g_ptr_array_new();
	struct inputs sub = {.plan = in->plan, .progress = upto};
	xmlDocPtr model;

	for (guint i = 0; i <= k; i++)
		g_ptr_array_add(upto, g_ptr_array_index(in->progress, i));
	model = report_model(&sub, th);
	g_ptr_array_unref(upto);
	return model;
}

xmlDocPtr
archive_yearbook(const struct inputs *in, struct thresholds th)
{
	xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
	xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"yearbook");

	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, (const xmlChar *)"version", (const xmlChar *)"1");
	xmlNewProp(root, (const xmlChar *)"generator", (const xmlChar *)"dubao " DUBAO_VERSION);
	for (guint k = 0; k < in->progress->len; k++) {
		xmlDocPtr model = model_at(in, k, th);
		xmlAddChild(root, xmlDocCopyNode(xmlDocGetRootElement(model), doc, 1));
		xmlFreeDoc(model);
	}
	return doc;
}

/* The bulletin layout of the issue whose model is report (a <report>
 * element of the yearbook), or NULL after its template's errors. */
static xmlDocPtr
issue_layout(xmlNodePtr report, const struct archive_opts *o)
{
	xmlDocPtr model = xmlNewDoc((const xmlChar *)"1.0");
	struct render_opts ro = {.template = o->bulletin_template, .params = o->bulletin_params};
	xmlDocPtr layout;

	xmlDocSetRootElement(model, xmlDocCopyNode(report, model, 1));
	layout = render_fill(model, &ro);
	xmlFreeDoc(model);
	return layout;
}

static char *
prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = g_strdup(v != NULL ? (const char *)v : "");

	xmlFree(v);
	return s;
}

/* The issue's <issue> element in its model. */
static xmlNodePtr
issue_of(xmlNodePtr report)
{
	for (xmlNodePtr c = report->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, (const xmlChar *)"issue"))
			return c;
	return report;
}

/* The review template's <chapter issue="AS-OF"> for that issue, or NULL. */
static xmlNodePtr
placeholder(xmlNodePtr root, const char *as_of)
{
	for (xmlNodePtr c = root->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, (const xmlChar *)"chapter"))
			continue;
		char *issue = prop(c, "issue");
		bool same = strcmp(issue, as_of) == 0;
		g_free(issue);
		if (same)
			return c;
	}
	return NULL;
}

xmlDocPtr
archive_review_layout(xmlDocPtr yearbook, const struct archive_opts *o)
{
	struct render_opts ro = {.template = o->review_template, .params = o->params};
	xmlDocPtr review = render_fill(yearbook, &ro);
	xmlNodePtr root = review != NULL ? xmlDocGetRootElement(review) : NULL;

	if (root == NULL)
		return review;
	for (xmlNodePtr r = xmlDocGetRootElement(yearbook)->children; r != NULL; r = r->next) {
		if (r->type != XML_ELEMENT_NODE)
			continue;
		xmlDocPtr layout = issue_layout(r, o);
		if (layout == NULL) {
			xmlFreeDoc(review);
			return NULL;
		}
		xmlNodePtr doc = xmlDocGetRootElement(layout);
		char *as_of = prop(issue_of(r), "as-of");
		/* Where the review template put the issue's chapter, with its
		 * own title; else at the end, named as its bulletin is. */
		xmlNodePtr chapter = placeholder(root, as_of);
		if (chapter == NULL) {
			char *title = doc != NULL ? prop(doc, "title") : g_strdup("");
			chapter = xmlNewChild(root, NULL, (const xmlChar *)"chapter", NULL);
			xmlNewProp(chapter, (const xmlChar *)"title",
			    (const xmlChar *)(*title != '\0' ? title : as_of));
			xmlNewProp(chapter, (const xmlChar *)"issue", (const xmlChar *)as_of);
			g_free(title);
		}
		xmlNodePtr at = chapter;
		for (xmlNodePtr c = doc != NULL ? doc->children : NULL; c != NULL; c = c->next)
			at = xmlAddNextSibling(at, xmlDocCopyNode(c, review, 1));
		g_free(as_of);
		xmlFreeDoc(layout);
	}
	return review;
}

/* ---- the files ---- */

static bool
copy_file(const char *from, const char *to)
{
	char *data = NULL;
	gsize len = 0;
	GError *err = NULL;
	bool ok = g_file_get_contents(from, &data, &len, &err) &&
	    output_write(to, data, len, &err);

	if (!ok) {
		cli_error("%s", err->message);
		g_error_free(err);
	}
	g_free(data);
	return ok;
}

/* Every file under dir, as paths relative to it (prefix), sorted. */
static void
list_files(const char *dir, const char *prefix, GPtrArray *out)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;

	while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
		char *path = g_build_filename(dir, name, NULL);
		char *rel = *prefix != '\0' ? g_strconcat(prefix, "/", name, NULL) : g_strdup(name);
		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			list_files(path, rel, out);
		else
			g_ptr_array_add(out, g_strdup(rel));
		g_free(rel);
		g_free(path);
	}
	if (d != NULL)
		g_dir_close(d);
}

static int
cmp_path(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* SHA256SUMS in the format of sha256sum (two spaces, then the path). */
static bool
write_sums(const char *dir)
{
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	GString *s = g_string_new(NULL);
	GError *err = NULL;
	bool ok = true;

	list_files(dir, "", files);
	g_ptr_array_sort(files, cmp_path);
	for (guint i = 0; ok && i < files->len; i++) {
		const char *rel = g_ptr_array_index(files, i);
		char *path = g_build_filename(dir, rel, NULL);
		char *digest = batch_file_digest(path, &err);
		if (digest == NULL)
			ok = false;
		else
			g_string_append_printf(s, "%s  %s\n", digest, rel);
		g_free(digest);
		g_free(path);
	}
	char *sums = g_build_filename(dir, "SHA256SUMS", NULL);
	ok = ok && output_write(sums, s->str, s->len, &err);
	if (!ok) {
		cli_error("%s", err->message);
		g_error_free(err);
	}
	g_free(sums);
	g_string_free(s, TRUE);
	g_ptr_array_unref(files);
	return ok;
}

/* The bulletins and their charts, the review, the inputs, the sums. */
static int
fill_folder(const char *dir, const struct inputs *in, xmlDocPtr yearbook,
    const struct archive_opts *o)
{
	char day[DATE_BUFSZ];
	guint k = 0;
	int rc = EXIT_OK;
	GError *err = NULL;
	static const char *const sub[] = {"inputs", "bulletins", "charts", NULL};

	for (const char *const *s = sub; *s != NULL; s++) {
		char *p = g_build_filename(dir, *s, NULL);
		bool made = output_mkdir(p, &err);
		g_free(p);
		if (!made) {
			cli_error("%s", err->message);
			g_error_free(err);
			return EXIT_USAGE;
		}
	}
	const char *inputs[1 + in->progress->len];
	inputs[0] = in->plan->path;
	for (guint i = 0; i < in->progress->len; i++)
		inputs[1 + i] = ((const struct progress *)g_ptr_array_index(in->progress, i))->path;
	for (guint i = 0; i <= in->progress->len; i++) {
		char *base = g_path_get_basename(inputs[i]);
		char *to = g_build_filename(dir, "inputs", base, NULL);
		bool ok = copy_file(inputs[i], to);
		g_free(to);
		g_free(base);
		if (!ok)
			return EXIT_USAGE;
	}

	for (xmlNodePtr r = xmlDocGetRootElement(yearbook)->children; r != NULL; r = r->next) {
		if (r->type != XML_ELEMENT_NODE)
			continue;
		const struct progress *pr = g_ptr_array_index(in->progress, k++);
		date_format(pr->as_of, day);
		char *name = g_strconcat(day, ".pdf", NULL);
		char *pdf = g_build_filename(dir, "bulletins", name, NULL);
		char *charts = g_build_filename(dir, "charts", day, NULL);
		xmlDocPtr layout = issue_layout(r, o);
		struct render_opts ro = {.template = o->bulletin_template,
		    .params = o->bulletin_params, .output = pdf, .charts = charts, .pdfa = true};
		struct render_result res = {0};
		rc = layout != NULL ? render_layout(layout, &ro, &res) : EXIT_INPUT;
		xmlFreeDoc(layout);
		g_free(name);
		g_free(pdf);
		g_free(charts);
		if (rc != EXIT_OK)
			return rc;
	}

	xmlDocPtr review = archive_review_layout(yearbook, o);
	if (review == NULL)
		return EXIT_INPUT;
	char *pdf = g_build_filename(dir, "review.pdf", NULL);
	char *charts = g_build_filename(dir, "charts", "review", NULL);
	struct render_opts ro = {.template = o->review_template, .params = o->params,
	    .output = pdf, .charts = charts, .pdfa = true};
	struct render_result res = {0};
	rc = render_layout(review, &ro, &res);
	if (rc == EXIT_OK)
		printf(_("review.pdf: %u pages, %zu bytes; %u bulletins\n"), res.pages, res.bytes, k);
	xmlFreeDoc(review);
	g_free(pdf);
	g_free(charts);
	if (rc == EXIT_OK && !write_sums(dir))
		rc = EXIT_USAGE;
	return rc;
}

/* ---- putting it in place ---- */

/* What may be replaced: nothing, an empty folder, or an archive. */
static bool
replaceable(const char *outdir)
{
	char *sums = g_build_filename(outdir, "SHA256SUMS", NULL);
	bool ok = !g_file_test(outdir, G_FILE_TEST_EXISTS) || g_file_test(sums, G_FILE_TEST_EXISTS);

	if (!ok && g_file_test(outdir, G_FILE_TEST_IS_DIR)) {
		GDir *d = g_dir_open(outdir, 0, NULL);
		ok = d != NULL && g_dir_read_name(d) == NULL;
		if (d != NULL)
			g_dir_close(d);
	}
	g_free(sums);
	return ok;
}

/* Puts the folder made at tmp in outdir's place: exchanged in one step
 * where the system allows, so that there is always a whole archive
 * under that name; the previous one is then removed. */
static bool
put_in_place(const char *tmp, const char *outdir)
{
	if (!g_file_test(outdir, G_FILE_TEST_EXISTS))
		return g_rename(tmp, outdir) == 0;
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, outdir, RENAME_EXCHANGE) == 0) {
		output_remove_tree(tmp);
		return true;
	}
	/* No exchange (an old kernel or file system): aside, in, away. */
	char *aside = g_strconcat(tmp, ".old", NULL);
	bool ok = g_rename(outdir, aside) == 0 && g_rename(tmp, outdir) == 0;
	if (ok)
		output_remove_tree(aside);
	g_free(aside);
	return ok;
}

/* Folders a killed run left beside outdir: .NAME.tmp-XXXXXX. */
static void
sweep(const char *parent, const char *base)
{
	char *prefix = g_strconcat(".", base, ".tmp-", NULL);
	GDir *d = g_dir_open(parent, 0, NULL);
	const char *name;

	while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_prefix(name, prefix))
			continue;
		char *path = g_build_filename(parent, name, NULL);
		output_remove_tree(path);
		g_free(path);
	}
	if (d != NULL)
		g_dir_close(d);
	g_free(prefix);
}

int
archive_build(const struct inputs *in, const struct archive_opts *o)
{
	char *parent = g_path_get_dirname(o->outdir);
	char *base = g_path_get_basename(o->outdir);
	char *lockname = g_strconcat(".", base, ".lock", NULL);
	char *lockpath = g_build_filename(parent, lockname, NULL);
	char *tmpname = g_strconcat(".", base, ".tmp-XXXXXX", NULL);
	char *tmp = g_build_filename(parent, tmpname, NULL);
	GError *err = NULL;
	int lock = -1, rc = EXIT_USAGE;

	if (!output_mkdir(parent, &err) || (lock = output_lock_file(lockpath, o->outdir, &err)) < 0) {
		cli_error("%s", err->message);
		g_error_free(err);
		goto out;
	}
	if (!replaceable(o->outdir)) {
		cli_error(_("%s exists and is not an archive dubao made (it has no SHA256SUMS); "
		    "give another folder with -o, or move it away"), o->outdir);
		goto out;
	}
	sweep(parent, base);
	if (g_mkdtemp(tmp) == NULL) {
		cli_error(_("cannot create a folder in %s: %s"), parent, g_strerror(errno));
		goto out;
	}
	xmlDocPtr yearbook = archive_yearbook(in, o->th);
	rc = fill_folder(tmp, in, yearbook, o);
	xmlFreeDoc(yearbook);
	if (rc == EXIT_OK) {
		/* Readable like any other output, not mkdtemp's 0700. */
		mode_t mask = umask(0);
		umask(mask);
		g_chmod(tmp, 0777 & ~mask);
		output_sync_dirs(tmp);
		if (!put_in_place(tmp, o->outdir)) {
			cli_error(_("cannot put the archive in place of %s: %s"), o->outdir,
			    g_strerror(errno));
			rc = EXIT_USAGE;
		} else {
			output_sync_dir(parent);
			printf(_("wrote %s\n"), o->outdir);
		}
	}
	if (rc != EXIT_OK)
		output_remove_tree(tmp);
out:
	if (lock >= 0)
		close(lock);
	g_free(parent);
	g_free(base);
	g_free(lockname);
	g_free(lockpath);
	g_free(tmpname);
	g_free(tmp);
	return rc;
}
