/*
 * archive.h: the year-end archive of a plan folder, for the annual
 * review: the review PDF (a cover, the contents, the year's summary from
 * the review template, then every issue's bulletin as a chapter), every
 * bulletin, every chart as SVG, the input files, and SHA256SUMS over all
 * of them.  PDF files are PDF/A-1b; the same inputs give the same bytes.
 *
 *     OUTDIR/review.pdf
 *     OUTDIR/bulletins/AS-OF.pdf
 *     OUTDIR/charts/review/ID.svg, OUTDIR/charts/AS-OF/ID.svg
 *     OUTDIR/inputs/plan.xml, OUTDIR/inputs/progress-….xml
 *     OUTDIR/SHA256SUMS
 *
 * The archive is made in a new folder beside OUTDIR and put in its
 * place only when complete: a previous archive stays whole until then.
 */
#ifndef DUBAO_ARCHIVE_H
#define DUBAO_ARCHIVE_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "load.h"
#include "metrics.h"

struct archive_opts {
	const char *outdir;
	const char *review_template;
	const char *bulletin_template;
	const char *const *params;      /* the review template's parameters:
	                                   name, value, …, NULL */
	const char *const *bulletin_params; /* the bulletins' (the issuer only:
	                                   they are the bulletins as issued) */
	struct thresholds th;
};

/* The year's model, what the review template reads: <yearbook> holding
 * the report model of every progress file of in, oldest first, each made
 * from that file and the ones before it (as its bulletin was).  Caller
 * frees with xmlFreeDoc. */
xmlDocPtr archive_yearbook(const struct inputs *in, struct thresholds th);

/* The review's layout: the review template filled with the yearbook,
 * then a chapter per issue holding its bulletin's layout.  NULL after
 * printing the templates' errors.  Caller frees with xmlFreeDoc. */
xmlDocPtr archive_review_layout(xmlDocPtr yearbook, const struct archive_opts *o);

/* Makes the archive of in (sound, with at least one progress file).
 * Returns an exit status of cli.h. */
int archive_build(const struct inputs *in, const struct archive_opts *o);

#endif
