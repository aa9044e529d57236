/*
 * output.c: atomic, durable replacement of output files.
 */
#include "output.h"

bool
output_write(const char *path, const void *data, size_t len, GError **err)
{
	return g_file_set_contents_full(path, data, (gssize)len,
	    G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
	    0666, err);
}
