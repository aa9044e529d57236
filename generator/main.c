/*
 * main.c: the dubao program: picks the subcommand, sets up the locale
 * and libxml2, and cleans up.  Library code never exits; only the
 * commands decide the exit status.
 */
#include "config.h"
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>

#include "cli.h"
#include "fonts.h"

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{"check", cmd_check, N_("check a plan and progress reports")},
	{"model", cmd_model, N_("print the measured report model as XML")},
	{"charts", cmd_charts, N_("draw the charts as SVG files")},
	{"bulletin", cmd_bulletin, N_("make the bulletin as a PDF")},
	{"batch", cmd_batch, N_("make every bulletin of plan folders (monthly runs)")},
	{"archive", cmd_archive, N_("make the year-end archive of a plan folder")},
};

static void
usage(FILE *fp)
{
	fprintf(fp, _("Usage: dubao COMMAND [OPTIONS] PLAN [PROGRESS...]\n\n"
	    "dubao (督报) makes supervision bulletins of key livelihood projects\n"
	    "from an annual plan and its progress reports (XML).\n\nCommands:\n"));
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(fp, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
	fprintf(fp, _("\n'dubao COMMAND --help' describes a command; man dubao the rest.\n"
	    "Exit status: 0 done, 1 an input has errors, 2 usage or environment error.\n"));
}

int
main(int argc, char **argv)
{
	int rc = EXIT_USAGE;

	setlocale(LC_ALL, "");
	bindtextdomain("dubao", DUBAO_LOCALEDIR);
	bind_textdomain_codeset("dubao", "UTF-8");
	textdomain("dubao");
	xmlInitParser();

	if (argc < 2) {
		usage(stderr);
	} else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		rc = EXIT_OK;
	} else if (strcmp(argv[1], "--version") == 0) {
		printf("dubao %s\n", DUBAO_VERSION);
		rc = EXIT_OK;
	} else {
		size_t i;
		for (i = 0; i < G_N_ELEMENTS(commands); i++)
			if (strcmp(argv[1], commands[i].name) == 0)
				break;
		if (i < G_N_ELEMENTS(commands)) {
			char *prgname = g_strconcat("dubao ", argv[1], NULL);
			g_set_prgname(prgname);
			g_free(prgname);
			rc = commands[i].run(argc - 1, argv + 1);
		} else {
			fprintf(stderr, _("dubao: error: unknown command '%s'\n\n"), argv[1]);
			usage(stderr);
		}
	}
	fonts_shutdown();
	xmlCleanupParser();
	return rc;
}
