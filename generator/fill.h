/*
 * fill.h: filling a report template: XSLT 1.0 with EXSLT, through
 * libxslt, from the report model to a layout document.
 *
 * Templates are the office's own files, trusted like the program, but
 * they still may not write files, create folders or use the network.
 */
#ifndef DUBAO_FILL_H
#define DUBAO_FILL_H

#include <libxml/tree.h>

#include "msg.h"

/* Applies the template at path to model.  params are name/value pairs
 * of XPath string parameters, NULL-terminated (values are passed as
 * strings, quoting is done here).  Returns the result, or NULL with the
 * reasons in d (whose path should be the template's).  Caller frees the
 * result with xmlFreeDoc. */
xmlDocPtr fill_template(const char *path, xmlDocPtr model, const char *const *params,
    struct diags *d);

/* Every file the template at path is made of: itself, then what it
 * includes and imports, as libxslt found them; just path if it cannot
 * be read.  A change to any of them can change a report.  Caller frees
 * with g_ptr_array_unref. */
GPtrArray *fill_template_files(const char *path);

/* The installed template of that name (datadir()/templates/NAME), or
 * path itself if it names a file.  Caller frees with g_free. */
char *fill_find_template(const char *name_or_path);

#endif
