/*
 * input_limits.h: every size, count and depth limit on input, in one place.
 *
 * FORMAT.md leaves limits to the implementation, on condition that they
 * are documented (doc/format.md, "Limits") and that exceeding one is a
 * clear error.  They are generous for a city's plan (hundreds of items)
 * and small enough that a hostile file cannot exhaust memory or time.
 */
#ifndef DUBAO_INPUT_LIMITS_H
#define DUBAO_INPUT_LIMITS_H

#define LIMIT_FILE_BYTES   (32 * 1024 * 1024) /* one input file */
#define LIMIT_TEXT_BYTES   65536              /* one text or attribute value */
#define LIMIT_DEPTH        256                /* libxml2's own nesting limit */
#define LIMIT_ELEMENTS     200000             /* elements in one input file,
                                                 of any namespace */
#define LIMIT_ATTRIBUTES   256                /* attributes on one element */
#define LIMIT_ITEMS        50000              /* categories + projects + tasks */
#define LIMIT_PROGRESS     1000               /* progress files in one run */
#define LIMIT_DIGITS       15                 /* significant digits of a number */
#define LIMIT_PAGES        2000               /* pages of one PDF (a bulletin,
                                                 the year's review) */

#endif
