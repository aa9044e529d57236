/*
 * date.h: calendar dates as day numbers.
 *
 * A date is kept as its Julian day number (GLib's GDate numbering, day 1
 * is 0001-01-01), so FORMAT.md's t(x) = x - start + 1 is a subtraction.
 */
#ifndef DUBAO_DATE_H
#define DUBAO_DATE_H

#include <stdbool.h>

typedef int day_t;     /* 0 means "no date" */

/* Parses exactly YYYY-MM-DD naming a real calendar day (no white space).
 * Returns false, leaving *out untouched, otherwise. */
bool date_parse(const char *s, day_t *out);

/* The day number of y-m-d, which must be valid. */
day_t date_from_ymd(int y, int m, int d);

/* Writes YYYY-MM-DD into buf; returns buf. */
#define DATE_BUFSZ 16
char *date_format(day_t day, char buf[DATE_BUFSZ]);

#endif
