/*
 * load.h: the whole reading stage for one plan and its progress files:
 * parse, shape, schema, build, validate; diagnostics printed per file.
 */
#ifndef DUBAO_LOAD_H
#define DUBAO_LOAD_H

#include <stdbool.h>
#include <stdio.h>

#include "date.h"
#include "model.h"

struct inputs {
	struct plan *plan;          /* NULL if the file could not be parsed */
	GPtrArray *progress;        /* of struct progress *, sorted by as-of */
	int errors;                 /* in all files together */
	int warnings;
};

/* Reads and checks plan_path and the n progress files, printing each
 * file's diagnostics to err (plan first, then the progress files in the
 * order given, each in line order).  Progress files are checked against
 * the plan only if it has no errors.  Never returns NULL; caller frees
 * with inputs_free. */
struct inputs *inputs_load(const char *plan_path, char *const *progress_paths,
    int n, FILE *err);
void inputs_free(struct inputs *in);

/* A plan folder's progress files: dir/progress-*.xml, sorted by name
 * (the plan is dir/plan.xml).  NULL with *err if the folder cannot be
 * read.  Caller frees with g_ptr_array_unref. */
GPtrArray *inputs_folder_files(const char *dir, GError **err);

/* One progress file's outcome, for a batch that builds a report per
 * file and must know which files are sound. */
struct input_file {
	const char *path;           /* as given */
	struct progress *pr;        /* in in->progress if sound, else NULL */
	day_t as_of;                /* 0 if the file could not be read that far */
	int errors;
	char *messages;             /* its diagnostics, as printed */
};

struct inputs_apart {
	struct inputs *in;          /* the plan (faulty if plan_errors) and
	                               the sound progress files */
	int plan_errors;
	char *plan_messages;
	struct input_file *files;   /* n of them, in the order given */
	int n;
};

/* Reads and checks like inputs_load, but keeps each file's messages
 * instead of printing them.  The caller keeps the paths alive and
 * limits n (LIMIT_PROGRESS).  Free with inputs_apart_free. */
struct inputs_apart *inputs_load_apart(const char *plan_path, char *const *progress_paths,
    int n);
void inputs_apart_free(struct inputs_apart *ia);

#endif
