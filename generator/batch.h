/*
 * batch.h: what `dubao batch` works on: the plan folders given, the
 * reports they call for (one per progress file) and the run's options.
 *
 * batch_scan.c reads the folders and works out each report's inputs,
 * batch_key.c what a report depends on, batch_manifest.c what was built
 * before, batch_run.c builds, progress.c shows it, and cmd_batch.c is
 * the command.
 */
#ifndef DUBAO_BATCH_H
#define DUBAO_BATCH_H

#include <stdbool.h>

#include <glib.h>

#include "load.h"
#include "metrics.h"

/* A plan folder: plan.xml and progress-*.xml. */
struct batch_folder {
	char *dir;                  /* as given */
	char *error;                /* why it could not be listed, or NULL */
	char *plan_path;            /* dir/plan.xml */
	char **paths;               /* dir/progress-*.xml by name, NULL-terminated */
	int npaths;
	struct inputs_apart *ia;    /* NULL if the folder could not be read */
	char *id;                   /* the plan's id as a folder name; NULL if unsound */
	char *plan_digest;          /* SHA-256 of plan.xml */
	char **digests;             /* of each progress file */
};

enum report_state {
	REPORT_FAILED,              /* its inputs, or its making, failed */
	REPORT_CURRENT,             /* built before from the same inputs */
	REPORT_TO_BUILD,
	REPORT_BUILT,
	REPORT_SKIPPED,             /* the run was stopped before it */
};

/* One report: the bulletin of one progress file, with its charts and
 * unit sheets, in OUTDIR/<plan id>/<as-of>/. */
struct batch_report {
	struct batch_folder *folder;
	int file;                   /* its progress file in folder, -1 for the
	                               folder as a whole (a faulty plan) */
	char *name;                 /* "<plan id>/<as-of>"; "<plan id>/<file
	                               name>" if the date is unknown; the
	                               folder if the plan is faulty */
	char *reldir;               /* its folder under OUTDIR; NULL if none */
	GPtrArray *uses;            /* struct progress *: by date, its own last */
	char *key;                  /* digest of all it depends on */
	enum report_state state;
	int status;                 /* of a failure: the exit status it calls
	                               for (cli.h: 1 input, 2 environment) */
	GString *why;               /* what went wrong, as printed */
	GPtrArray *outputs;         /* paths under reldir, once built */
	unsigned pages, charts, units;
};

struct batch_opts {
	const char *outdir;
	int jobs;
	bool force;
	bool units;                 /* a sheet per lead unit too */
	bool pdfa;
	const char *template;       /* the bulletin's */
	const char *unit_template;
	const char *const *params;  /* template parameters: name, value, …, NULL */
	struct thresholds th;
};

/* Reads every folder's plan and progress files (each checked apart).
 * Returns struct batch_folder *, in the order given; never fails: a
 * folder that cannot be read has no ia, and its reports say why. */
GPtrArray *batch_scan(char **dirs, int n);
void batch_folder_free(struct batch_folder *f);

/* The reports of the folders, in order: one per progress file, and one
 * per folder whose plan is unsound.  Each report whose inputs are sound
 * is REPORT_TO_BUILD, with its uses; the others REPORT_FAILED with why. */
GPtrArray *batch_reports(GPtrArray *folders);
void batch_report_free(struct batch_report *r);

/* SHA-256 of a file's bytes, as hex; NULL with *err if unreadable. */
char *batch_file_digest(const char *path, GError **err);

/* What every report of the run depends on besides its inputs: the
 * program, the templates, the fonts and the options.  Returns NULL with
 * *err if the program or the fonts cannot be read. */
char *batch_common_key(const struct batch_opts *o, GError **err);

/* Sets r->key from common and r's input files. */
void batch_report_key(struct batch_report *r, const char *common);

#endif
