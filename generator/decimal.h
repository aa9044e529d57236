/*
 * decimal.h: exact decimal numbers as written in the input.
 *
 * FORMAT.md says quantities are exact decimals: 1.1499 万户 is 11499 户
 * exactly, and a printed quantity must be the one the office wrote.  A
 * decimal is a mantissa and a power of ten; it is turned into a double
 * only where FORMAT.md computes in floating point (ratios and means).
 */
#ifndef DUBAO_DECIMAL_H
#define DUBAO_DECIMAL_H

#include <stdbool.h>
#include <stdint.h>

struct decimal {
	int64_t mant;   /* at most LIMIT_DIGITS digits, never negative */
	int exp;        /* value = mant * 10^exp */
};

/* Parses [0-9]+(\.[0-9]+)? with surrounding XML white space.  Returns
 * false, leaving *out untouched, if s is not such a number or has more
 * than LIMIT_DIGITS significant digits. */
bool decimal_parse(const char *s, struct decimal *out);

/* The value times 10^shift (shift is a multiple of 4 for 万 and 亿). */
struct decimal decimal_shift(struct decimal d, int shift);

/* -1, 0 or 1 as a < b, a == b, a > b, compared exactly. */
int decimal_cmp(struct decimal a, struct decimal b);

bool decimal_is_zero(struct decimal d);

/* The same value without trailing zeros after the decimal point. */
struct decimal decimal_trim(struct decimal d);

/* The nearest double. */
double decimal_to_double(struct decimal d);

/* Writes the value with exactly the digits it has ("1.50" stays
 * "1.50", 1.1499 shifted by 4 is "11499") into buf; returns buf. */
#define DECIMAL_BUFSZ 48
char *decimal_format(struct decimal d, char buf[DECIMAL_BUFSZ]);

#endif
