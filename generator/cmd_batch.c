/*
 * cmd_batch.c: `dubao batch DIR... -o OUTDIR`: every bulletin of the
 * plan folders, made or remade when its inputs changed, several at a
 * time, the output folder locked against a second run.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "batch.h"
#include "batch_log.h"
#include "batch_manifest.h"
#include "batch_run.h"
#include "cli.h"
#include "output.h"

struct batch_cli {
	struct common_opts common;
	int jobs;
	gboolean force;
	gboolean units;
	gboolean pdfa;
	char *template;
	char *unit_template;
	char *issuer;
	char **params;
};

/* What the done callback needs. */
struct run_state {
	struct manifest *manifest;
	struct batch_log *log;
	const char *outdir;
	gint64 saved;           /* when the manifest was last written */
	bool save_failed;
};

static void
on_started(struct batch_report *r, void *data)
{
	struct run_state *st = data;

	batch_log_started(st->log, r);
}

/* Records each report as it is built; the manifest is written at most
 * once a second, so a killed run loses no more than a second's record
 * (those reports are then rebuilt, never wrongly kept). */
static void
on_done(struct batch_report *r, double seconds, void *data)
{
	struct run_state *st = data;
	GError *err = NULL;

	if (r->state == REPORT_BUILT) {
		manifest_record(st->manifest, r, st->outdir);
		if (g_get_monotonic_time() - st->saved >= G_USEC_PER_SEC) {
			if (!manifest_save(st->manifest, st->outdir, &err)) {
				batch_log_say(st->log, "%s", err->message);
				g_clear_error(&err);
				st->save_failed = true;
			}
			st->saved = g_get_monotonic_time();
		}
	}
	batch_log_finished(st->log, r, seconds);
}

/* Options that can only be wrong: before anything is read. */
static bool
check_setup(const struct batch_cli *o, int argc, char **argv)
{
	if (argc < 2) {
		cli_error(_("batch needs at least one plan folder (see dubao batch --help)"));
		return false;
	}
	if (o->jobs < 1 || o->jobs > 512) {
		cli_error(_("--jobs=%d: give a number of processes from 1 to 512"), o->jobs);
		return false;
	}
	for (int i = 1; i < argc; i++)
		if (!g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
			cli_error(_("%s is not a folder (a plan folder holds plan.xml and "
			    "progress-*.xml)"), argv[i]);
			return false;
		}
	const char *names[2] = {o->template, o->units ? o->unit_template : NULL};
	if (!cli_templates_exist(names, 2))
		return false;
	return cli_data_ready();
}

/* Messages of the reports, on stderr: the failures' reasons, and the
 * warnings of what was built now (those of reports kept as they were
 * were shown when they were built). */
static void
print_messages(GPtrArray *reports)
{
	GHashTable *plans = g_hash_table_new(NULL, NULL);

	for (guint i = 0; i < reports->len; i++) {
		struct batch_report *r = g_ptr_array_index(reports, i);
		const struct batch_folder *f = r->folder;
		if (r->state == REPORT_BUILT && f->ia != NULL &&
		    !g_hash_table_contains(plans, f)) {
			g_hash_table_add(plans, (gpointer)f);
			fputs(f->ia->plan_messages, stderr);
		}
		if ((r->state == REPORT_BUILT || r->state == REPORT_FAILED) && r->why->len > 0)
			fputs(r->why->str, stderr);
	}
	g_hash_table_destroy(plans);
}

static int
run(const struct batch_cli *o, char **dirs, int ndirs, const char *const *params,
    struct thresholds th)
{
	const char *outdir = o->common.output;
	struct batch_opts bo = {
		.outdir = outdir, .jobs = o->jobs, .force = o->force, .units = o->units,
		.pdfa = o->pdfa, .template = o->template, .unit_template = o->unit_template,
		.params = params, .th = th,
	};
	GError *err = NULL;
	int lock, rc = EXIT_OK;
	unsigned counts[REPORT_SKIPPED + 1] = {0};
	gint64 t0 = g_get_monotonic_time();

	if (!output_mkdir(outdir, &err) || (lock = output_lock(outdir, &err)) < 0) {
		cli_error("%s", err->message);
		g_error_free(err);
		return EXIT_USAGE;
	}
	unsigned swept = output_sweep(outdir);
	GPtrArray *folders = batch_scan(dirs, ndirs);
	GPtrArray *reports = batch_reports(folders);
	char *common = batch_common_key(&bo, &err);
	if (common == NULL) {
		cli_error("%s", err->message);
		g_error_free(err);
		rc = EXIT_USAGE;
		goto out;
	}
	struct manifest *manifest = manifest_load(outdir);
	unsigned todo = 0;
	for (guint i = 0; i < reports->len; i++) {
		struct batch_report *r = g_ptr_array_index(reports, i);
		if (r->state != REPORT_TO_BUILD)
			continue;
		batch_report_key(r, common);
		if (!o->force && manifest_current(manifest, r, outdir))
			r->state = REPORT_CURRENT;
		else
			todo++;
	}

	struct run_state st = {manifest, batch_log_new(todo, batch_log_tty()), outdir,
	    g_get_monotonic_time(), false};
	if (swept > 0)
		batch_log_say(st.log, _("removed %u temporary files an interrupted run left in %s"),
		    swept, outdir);
	int sig = batch_run(reports, &bo, on_started, on_done, &st);
	if (!manifest_save(manifest, outdir, &err)) {
		batch_log_say(st.log, "%s", err->message);
		g_clear_error(&err);
		st.save_failed = true;
	}
	batch_log_end(st.log);
	manifest_free(manifest);

	print_messages(reports);
	for (guint i = 0; i < reports->len; i++) {
		struct batch_report *r = g_ptr_array_index(reports, i);
		counts[r->state]++;
		if (r->state == REPORT_FAILED && r->status > rc)
			rc = r->status;
	}
	printf(_("dubao batch: %u reports: %u built, %u up to date, %u failed"), reports->len,
	    counts[REPORT_BUILT], counts[REPORT_CURRENT], counts[REPORT_FAILED]);
	if (counts[REPORT_SKIPPED] > 0)
		printf(_(", %u not started"), counts[REPORT_SKIPPED]);
	printf(_(" (%.1f s)\n"), (double)(g_get_monotonic_time() - t0) / 1e6);
	if (sig != 0) {
		cli_error(_("stopped by signal %d (%s) once the reports in hand were finished; "
		    "run again to make the rest"), sig, strsignal(sig));
		rc = EXIT_USAGE;
	}
	if (st.save_failed)
		rc = EXIT_USAGE;
out:
	g_free(common);
	g_ptr_array_unref(reports);
	g_ptr_array_unref(folders);
	close(lock);
	return rc;
}

/* -j4 as make takes it: GOption reads only "-j 4" and "--jobs=4". */
static char **
split_jobs(int *argc, char **argv)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);

	for (int i = 0; i < *argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			for (; i < *argc; i++)
				g_ptr_array_add(out, g_strdup(argv[i]));
			break;
		}
		if (strncmp(argv[i], "-j", 2) == 0 && g_ascii_isdigit(argv[i][2])) {
			g_ptr_array_add(out, g_strdup("-j"));
			g_ptr_array_add(out, g_strdup(argv[i] + 2));
		} else
			g_ptr_array_add(out, g_strdup(argv[i]));
	}
	*argc = (int)out->len;
	g_ptr_array_set_free_func(out, NULL);
	g_ptr_array_add(out, NULL);
	return (char **)g_ptr_array_free(out, FALSE);
}

int
cmd_batch(int argc, char **argv)
{
	GOptionContext *ctx = g_option_context_new(_("DIR... - make every bulletin of plan folders"));
	struct batch_cli o;
	GOptionEntry entries[] = {
		{"jobs", 'j', 0, G_OPTION_ARG_INT, &o.jobs,
		    N_("Make N reports at a time (default: the number of processors)"), "N"},
		{"force", 0, 0, G_OPTION_ARG_NONE, &o.force,
		    N_("Remake every report, even those whose inputs did not change"), NULL},
		{"units", 0, 0, G_OPTION_ARG_NONE, &o.units,
		    N_("Also make a supervision sheet (督办单) per lead unit"), NULL},
		{"pdfa", 0, 0, G_OPTION_ARG_NONE, &o.pdfa,
		    N_("Make the PDF files PDF/A-1b, for archiving"), NULL},
		{"template", 't', 0, G_OPTION_ARG_FILENAME, &o.template,
		    N_("The bulletin template (default: bulletin.xsl of the data folder)"), "FILE"},
		{"unit-template", 0, 0, G_OPTION_ARG_FILENAME, &o.unit_template,
		    N_("The unit sheet template (default: unit.xsl of the data folder)"), "FILE"},
		{"issuer", 0, 0, G_OPTION_ARG_STRING, &o.issuer,
		    N_("The issuing office (default: each plan's issuer)"), "TEXT"},
		{"param", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.params,
		    N_("Pass the template parameter NAME the string VALUE (repeatable)"),
		    "NAME=VALUE"},
		G_OPTION_ENTRY_NULL
	};
	struct thresholds th;
	GPtrArray *params = NULL;
	int rc = EXIT_USAGE;

	/* GOption rearranges the vector it parses: it gets a copy, owned
	 * keeps the strings. */
	char **owned = split_jobs(&argc, argv);
	char **view = g_memdup2(owned, (gsize)(argc + 1) * sizeof *owned);

	argv = view;
	memset(&o, 0, sizeof o);
	o.jobs = (int)g_get_num_processors();
	g_option_context_set_summary(ctx, _(
	    "Makes the bulletin of every progress file of each plan folder (a folder\n"
	    "holding plan.xml and progress-*.xml) into OUTDIR/<plan id>/<as-of>/:\n"
	    "bulletin.pdf, its charts as SVG files in charts/, and with --units a\n"
	    "sheet per lead unit in units/.  A report whose inputs, templates, fonts,\n"
	    "options and program are those it was made from is kept as it is\n"
	    "(OUTDIR/.dubao-manifest records them).  A faulty progress file fails its\n"
	    "own report and the later ones of its plan; every other report is made.\n"
	    "Every file is replaced atomically: an interrupted run leaves the previous\n"
	    "files whole.  SIGINT or SIGTERM stops it once the reports in hand are\n"
	    "done.\n\n"
	    "Exit status: 0 every report made or up to date, 1 a report failed because\n"
	    "of its inputs or templates, 2 usage or environment error (the output\n"
	    "folder unwritable or in use, the run stopped)."));
	cli_add_common(ctx, &o.common, _("The output folder (default: output)"));
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!cli_parse(ctx, &argc, &argv) || !cli_thresholds(&o.common, &th))
		goto out;
	if (o.common.output == NULL)
		o.common.output = g_strdup("output");
	if (o.template == NULL)
		o.template = g_strdup("bulletin.xsl");
	if (o.unit_template == NULL)
		o.unit_template = g_strdup("unit.xsl");
	if (!check_setup(&o, argc, argv))
		goto out;
	params = cli_template_params(NULL, o.issuer, o.params);
	if (params == NULL)
		goto out;
	rc = run(&o, argv + 1, argc - 1, (const char *const *)params->pdata, th);
out:
	if (params != NULL)
		g_ptr_array_unref(params);
	g_option_context_free(ctx);
	cli_common_free(&o.common);
	g_free(o.template);
	g_free(o.unit_template);
	g_free(o.issuer);
	g_strfreev(o.params);
	g_free(view);
	g_strfreev(owned);
	return rc;
}
