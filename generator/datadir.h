/*
 * datadir.h: where dubao finds its data (schema, templates, font roles).
 *
 * In order: $DUBAO_DATADIR; the folder of the running binary, or the one
 * above it, when it holds templates/dubao.rng (a build in the source
 * tree: ./dubao, build-asan/dubao); the folder the Makefile installed to
 * (DUBAO_DATADIR at build time).
 */
#ifndef DUBAO_DATADIR_H
#define DUBAO_DATADIR_H

/* The data folder; the string lives as long as the process. */
const char *datadir(void);

/* datadir()/rel.  Caller frees with g_free. */
char *datadir_file(const char *rel);

#endif
