/*
 * datadir.c: locating the installed or in-tree data folder once.
 */
#include "datadir.h"
#include "config.h"

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
	if (exe != NULL) {
		dir = g_path_get_dirname(exe);
		probe = g_build_filename(dir, "templates", "dubao.rng", NULL);
		g_free(exe);
		if (g_file_test(probe, G_FILE_TEST_IS_REGULAR)) {
			g_free(probe);
			return dir;
		}
		g_free(probe);
		g_free(dir);
	}
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
