/*
 * cli.h: the subcommands of the dubao program and what they share.
 *
 * Exit status, for every command: 0 success (warnings allowed), 1 an
 * input had errors, 2 usage or environment error (bad option, missing
 * data files, an output that cannot be written).
 */
#ifndef DUBAO_CLI_H
#define DUBAO_CLI_H

#include <glib.h>
#include <libxml/tree.h>

#include "metrics.h"

enum {
	EXIT_OK = 0,
	EXIT_INPUT = 1,
	EXIT_USAGE = 2,
};

int cmd_check(int argc, char **argv);
int cmd_model(int argc, char **argv);
int cmd_charts(int argc, char **argv);
int cmd_bulletin(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_archive(int argc, char **argv);

/* Options every reporting command takes: the light thresholds. */
struct common_opts {
	char *green_within;
	char *yellow_within;
	char *output;
};

/* Adds --green-within, --yellow-within and -o to a context. */
void cli_add_common(GOptionContext *ctx, struct common_opts *o, const char *output_help);

/* Frees the strings cli_add_common's options were parsed into. */
void cli_common_free(struct common_opts *o);

/* Turns the threshold options into hundredths of a point; prints an
 * error and returns false if one is not a number of points 0..100 or
 * yellow is tighter than green. */
bool cli_thresholds(const struct common_opts *o, struct thresholds *th);

/* Parses a command's arguments; on an error prints it with the usage
 * hint and returns false. */
bool cli_parse(GOptionContext *ctx, int *argc, char ***argv);

/* Checks that dubao's data files are in place; prints an error and
 * returns false if not. */
bool cli_data_ready(void);

/* The inputs of a command that reports (model, charts, bulletin), named
 * command in messages: argv[1] the plan, then at least one progress
 * file, read and checked with their diagnostics printed.  Returns
 * EXIT_OK, or the exit status after saying why; *in is set whenever the
 * files were read (caller frees with inputs_free), NULL otherwise. */
struct inputs;
int cli_report_inputs(const char *command, int argc, char **argv, struct inputs **in);

/* The template parameters of --date, --issuer (either may be NULL) and
 * --param NAME=VALUE options, as the name/value list fill_template
 * takes (in ->pdata, NULL-terminated); NULL after an error message if a
 * --param is malformed.  Free with g_ptr_array_unref. */
GPtrArray *cli_template_params(const char *date, const char *issuer, char **params);

/* Whether each template named (a name in the data folder or a path;
 * NULLs skipped) is there; prints an error for the first that is not. */
bool cli_templates_exist(const char *const *names, int n);

/* Prints "dubao: error: ..." to stderr. */
void cli_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

/* Writes data to path (atomically), or to stdout if path is NULL or "-". */
bool cli_write_output(const char *path, const char *data, size_t len);

/* The same for an XML document, indented, UTF-8. */
bool cli_write_xml(const char *path, xmlDocPtr doc);

#endif
