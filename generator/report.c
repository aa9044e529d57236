/*
 * report.c: snapshots of every progress file, then the model.
 */
#include "report.h"

#include "model_xml.h"

xmlDocPtr
report_model(const struct inputs *in, struct thresholds th)
{
	GPtrArray *snaps = g_ptr_array_new_with_free_func((GDestroyNotify)snapshot_free);
	const struct snapshot *prev = NULL;
	xmlDocPtr doc;

	for (guint k = 0; k < in->progress->len; k++) {
		struct snapshot *s = snapshot_new(in->plan,
		    g_ptr_array_index(in->progress, k), prev, th);
		g_ptr_array_add(snaps, s);
		prev = s;
	}
	doc = model_xml(in->plan, snaps, th);
	g_ptr_array_free(snaps, TRUE);
	return doc;
}
