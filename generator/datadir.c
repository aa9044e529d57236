/*
 * datadir.c: locating the installed or in-tree data folder once.
 */
#include "datadir.h"
#include "config.h"

#include <stdbool.h>

#include <glib.h>

static gpointer
find_datadir(gpointer unused)
{
	const char *env = g_getenv("DUBAO_DATADIR");
	char *exe, *dir, *probe;

	(void)unused;
	if (env != NULL && *env != '\0')
		return g_strdup(env);
	exe = g_file_read_link("/proc/self/exe", NULL);
	/* The binary's folder, then the one above it (build-asan/dubao,
	 * the fuzz targets). */
	dir = exe != NULL ? g_path_get_dirname(exe) : NULL;
	for (int up = 0; dir != NULL && up < 2; up++) {
		probe = g_build_filename(dir, "templates", "dubao.rng", NULL);
		bool found = g_file_test(probe, G_FILE_TEST_IS_REGULAR);
		g_free(probe);
		if (found) {
			g_free(exe);
			return dir;
		}
		char *parent = g_path_get_dirname(dir);
		g_free(dir);
		dir = parent;
	}
	g_free(dir);
	g_free(exe);
	return g_strdup(DUBAO_DATADIR);
}

const char *
datadir(void)
{
	static GOnce once = G_ONCE_INIT;

	return g_once(&once, find_datadir, NULL);
}

char *
datadir_file(const char *rel)
{
	return g_build_filename(datadir(), rel, NULL);
}
