/*
 * fuzz.h: what the fuzz targets of fuzz/ share: bytes as a file dubao
 * can open by path, and the set-up every target does once.
 */
#ifndef DUBAO_FUZZ_H
#define DUBAO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <libxml/tree.h>

struct fonts;

/* LLVMFuzzerInitialize, once per process, is fuzz_util.c's: the data
 * folder is the source tree (the targets run from it, unless
 * DUBAO_DATADIR says otherwise). */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Where diagnostics go: nowhere.  A target looks only for crashes,
 * hangs, leaks and undefined behaviour, not at what dubao says. */
FILE *fuzz_null(void);

/* A file in memory holding the n bytes at data, and its path
 * (/proc/self/fd/N), as an input path for the readers.  Close with
 * fuzz_file_close. */
struct fuzz_file {
	int fd;
	char path[40];
};
void fuzz_file_open(struct fuzz_file *ff, const uint8_t *data, size_t n);
void fuzz_file_close(struct fuzz_file *ff);

/* The n bytes at data as an XML document, read as dubao reads every
 * file (read_xml.c: no DTD, no entities, the limits), or NULL.  Caller
 * frees with xmlFreeDoc. */
xmlDocPtr fuzz_read_xml(const uint8_t *data, size_t n);

/* The fonts, loaded once and kept, as in a batch. */
struct fonts *fuzz_fonts(void);

/* The layout document doc read (layout_read), typeset and written as a
 * PDF in memory, as render_layout does, then all of it freed. */
void fuzz_typeset(xmlDocPtr doc);

#endif
