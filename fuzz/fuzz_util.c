/*
 * fuzz_util.c: the set-up and the in-memory files of fuzz.h.
 */
#define _GNU_SOURCE
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include <glib.h>
#include <libxml/parser.h>

#include "fonts.h"
#include "layout.h"
#include "pdf_write.h"
#include "read_xml.h"
#include "typeset.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* The targets are run from the source tree (make fuzz). */
	if (getenv("DUBAO_DATADIR") == NULL)
		setenv("DUBAO_DATADIR", ".", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	xmlInitParser();
	return 0;
}

FILE *
fuzz_null(void)
{
	static FILE *null;

	if (null == NULL)
		null = fopen("/dev/null", "w");
	if (null == NULL) {
		perror("/dev/null");
		abort();
	}
	return null;
}

void
fuzz_file_open(struct fuzz_file *ff, const uint8_t *data, size_t n)
{
	ff->fd = memfd_create("dubao-fuzz", MFD_CLOEXEC);
	if (ff->fd < 0) {
		perror("memfd_create");
		abort();
	}
	for (size_t done = 0; done < n;) {
		ssize_t w = write(ff->fd, data + done, n - done);
		if (w <= 0) {
			perror("write");
			abort();
		}
		done += (size_t)w;
	}
	snprintf(ff->path, sizeof ff->path, "/proc/self/fd/%d", ff->fd);
}

void
fuzz_file_close(struct fuzz_file *ff)
{
	close(ff->fd);
	ff->fd = -1;
}

struct fonts *
fuzz_fonts(void)
{
	GError *err = NULL;
	struct fonts *f = fonts_default(&err);

	if (f == NULL) {
		fprintf(stderr, "fuzz: %s\n", err->message);
		abort();
	}
	return f;
}

xmlDocPtr
fuzz_read_xml(const uint8_t *data, size_t n)
{
	struct fuzz_file ff;
	struct diags d;

	fuzz_file_open(&ff, data, n);
	diags_init(&d, ff.path);
	xmlDocPtr doc = read_xml(ff.path, &d);
	diags_clear(&d);
	fuzz_file_close(&ff);
	return doc;
}

void
fuzz_typeset(xmlDocPtr doc)
{
	struct diags d;
	GError *err = NULL;

	diags_init(&d, "layout");
	struct layout_doc *ld = layout_read(doc, &d);
	if (ld == NULL)
		goto out;
	struct fonts *f = fuzz_fonts();
	PangoContext *pango = fonts_context(f);
	struct typeset *ts = typeset_document(ld, f, pango, &d);
	if (d.errors == 0) {
		struct pdf_options popt = {.stamp = false, .pdfa = false};
		GBytes *pdf = pdf_write(ts, ld, f, pango, &popt, &err);
		if (pdf != NULL)
			g_bytes_unref(pdf);
		g_clear_error(&err);
	}
	typeset_free(ts);
	layout_free(ld);
	chart_forget(pango);
	g_object_unref(pango);
out:
	diags_clear(&d);
}
