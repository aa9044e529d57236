/*
 * load.h: the whole reading stage for one plan and its progress files:
 * parse, shape, schema, build, validate; diagnostics printed per file.
 */
#ifndef DUBAO_LOAD_H
#define DUBAO_LOAD_H

#include <stdbool.h>
#include <stdio.h>

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

#endif
