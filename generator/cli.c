/*
 * cli.c: option handling and output shared by the subcommands.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "decimal.h"
#include "fill.h"
#include "load.h"
#include "output.h"
#include "schema.h"

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("dubao: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_add_common(GOptionContext *ctx, struct common_opts *o, const char *output_help)
{
	GOptionEntry entries[] = {
		{"green-within", 0, 0, G_OPTION_ARG_STRING, &o->green_within,
		    N_("Green while at most N points behind schedule (default 5)"), "N"},
		{"yellow-within", 0, 0, G_OPTION_ARG_STRING, &o->yellow_within,
		    N_("Yellow while at most N points behind schedule (default 20)"), "N"},
		{"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output, output_help, "FILE"},
		G_OPTION_ENTRY_NULL
	};

	g_option_context_add_main_entries(ctx, entries, NULL);
}

void
cli_common_free(struct common_opts *o)
{
	g_free(o->green_within);
	g_free(o->yellow_within);
	g_free(o->output);
}

static bool
points(const char *name, const char *s, int *out)
{
	struct decimal d;

	if (s == NULL)
		return true;
	if (!decimal_parse(s, &d) || d.exp < -2 || decimal_to_double(d) > 100.0) {
		cli_error(_("--%s=%s: give a number of percentage points from 0 to 100, "
		    "with at most two decimals"), name, s);
		return false;
	}
	*out = (int)(decimal_to_double(d) * 100.0 + 0.5);
	return true;
}

bool
cli_thresholds(const struct common_opts *o, struct thresholds *th)
{
	*th = THRESHOLDS_DEFAULT;
	if (!points("green-within", o->green_within, &th->green_within) ||
	    !points("yellow-within", o->yellow_within, &th->yellow_within))
		return false;
	if (th->yellow_within < th->green_within) {
		cli_error(_("--yellow-within (%d.%02d) must not be less than "
		    "--green-within (%d.%02d)"), th->yellow_within / 100,
		    th->yellow_within % 100, th->green_within / 100, th->green_within % 100);
		return false;
	}
	return true;
}

bool
cli_parse(GOptionContext *ctx, int *argc, char ***argv)
{
	GError *err = NULL;

	if (g_option_context_parse(ctx, argc, argv, &err))
		return true;
	cli_error("%s (see --help)", err->message);
	g_error_free(err);
	return false;
}

bool
cli_data_ready(void)
{
	const char *path;

	if (schema_available(&path))
		return true;
	cli_error(_("the schema %s cannot be loaded; is dubao installed completely? "
	    "(DUBAO_DATADIR names its data folder)"), path);
	return false;
}

int
cli_report_inputs(const char *command, int argc, char **argv, struct inputs **in)
{
	*in = NULL;
	if (argc < 3) {
		cli_error(_("%s needs a plan and at least one progress file "
		    "(see dubao %s --help)"), command, command);
		return EXIT_USAGE;
	}
	if (!cli_data_ready())
		return EXIT_USAGE;
	*in = inputs_load(argv[1], argv + 2, argc - 2, stderr);
	return (*in)->errors > 0 ? EXIT_INPUT : EXIT_OK;
}

bool
cli_write_output(const char *path, const char *data, size_t len)
{
	GError *err = NULL;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			cli_error(_("cannot write to standard output"));
			return false;
		}
		return true;
	}
	if (!output_write(path, data, len, &err)) {
		cli_error("%s", err->message);
		g_error_free(err);
		return false;
	}
	return true;
}

bool
cli_write_xml(const char *path, xmlDocPtr doc)
{
	xmlChar *text = NULL;
	int len = 0;
	bool ok;

	xmlDocDumpFormatMemoryEnc(doc, &text, &len, "UTF-8", 1);
	ok = cli_write_output(path, (const char *)text, (size_t)len);
	xmlFree(text);
	return ok;
}

/* NAME of a --param: what XSLT accepts as a parameter's name, in ASCII. */
static bool
param_name_ok(const char *s, size_t len)
{
	if (len == 0 || !(g_ascii_isalpha(s[0]) || s[0] == '_'))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!(g_ascii_isalnum(s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.'))
			return false;
	return true;
}

GPtrArray *
cli_template_params(const char *date, const char *issuer, char **params)
{
	GPtrArray *p = g_ptr_array_new_with_free_func(g_free);

	if (date != NULL) {
		g_ptr_array_add(p, g_strdup("date"));
		g_ptr_array_add(p, g_strdup(date));
	}
	if (issuer != NULL) {
		g_ptr_array_add(p, g_strdup("issuer"));
		g_ptr_array_add(p, g_strdup(issuer));
	}
	for (char **q = params; q != NULL && *q != NULL; q++) {
		const char *eq = strchr(*q, '=');
		if (eq == NULL || !param_name_ok(*q, (size_t)(eq - *q))) {
			cli_error(_("--param '%s' is not NAME=VALUE with NAME a template "
			    "parameter's name (letters, digits, _ - .)"), *q);
			g_ptr_array_unref(p);
			return NULL;
		}
		g_ptr_array_add(p, g_strndup(*q, (size_t)(eq - *q)));
		g_ptr_array_add(p, g_strdup(eq + 1));
	}
	g_ptr_array_add(p, NULL);
	return p;
}

bool
cli_templates_exist(const char *const *names, int n)
{
	for (int i = 0; i < n; i++) {
		if (names[i] == NULL)
			continue;
		char *path = fill_find_template(names[i]);
		bool there = g_file_test(path, G_FILE_TEST_IS_REGULAR);
		if (!there)
			cli_error(_("the template %s does not exist"), path);
		g_free(path);
		if (!there)
			return false;
	}
	return true;
}
