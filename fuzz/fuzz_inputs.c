/*
 * fuzz_inputs.c: the fuzz target of the reading stage: a plan and its
 * progress files read, checked against the schema and each other, and
 * measured into the report model (what `dubao model` prints).
 *
 * The input is the plan, then each progress file, separated by NUL
 * bytes (at most four progress files; bytes after the fourth NUL go
 * to the last).
 */
#include <string.h>

#include <libxml/tree.h>

#include "fuzz.h"
#include "load.h"
#include "report.h"

enum { MAX_PROGRESS = 4 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_file files[1 + MAX_PROGRESS];
	char *paths[MAX_PROGRESS];
	int n = 0;
	size_t start = 0;

	for (size_t i = 0; i <= size; i++) {
		if (i < size && (data[i] != '\0' || n == MAX_PROGRESS))
			continue;
		fuzz_file_open(&files[n], data + start, i - start);
		if (n > 0)
			paths[n - 1] = files[n].path;
		n++;
		start = i + 1;
	}
	struct inputs *in = inputs_load(files[0].path, paths, n - 1, fuzz_null());
	if (in->errors == 0 && in->progress->len > 0) {
		xmlDocPtr model = report_model(in, THRESHOLDS_DEFAULT);
		xmlChar *text = NULL;
		int len = 0;
		xmlDocDumpMemory(model, &text, &len);
		xmlFree(text);
		xmlFreeDoc(model);
	}
	inputs_free(in);
	for (int i = 0; i < n; i++)
		fuzz_file_close(&files[i]);
	return 0;
}
