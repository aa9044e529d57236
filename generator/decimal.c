/*
 * decimal.c: parsing, exact comparison and printing of input numbers.
 */
#include "decimal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "input_limits.h"

static bool
is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool
decimal_parse(const char *s, struct decimal *out)
{
	int64_t mant = 0;
	int digits = 0, frac = 0;
	bool point = false, any_int = false, any_frac = false;

	if (s == NULL)
		return false;
	while (is_xml_space(*s))
		s++;
	for (; *s != '\0' && !is_xml_space(*s); s++) {
		if (*s == '.') {
			if (point || !any_int)
				return false;
			point = true;
			continue;
		}
		if (*s < '0' || *s > '9')
			return false;
		if (point) {
			any_frac = true;
			if (++frac > LIMIT_DIGITS)
				return false;
		} else
			any_int = true;
		if (mant == 0 && *s == '0') {
			/* Leading zeros are not significant digits. */
			continue;
		}
		if (++digits > LIMIT_DIGITS)
			return false;
		mant = mant * 10 + (*s - '0');
	}
	while (is_xml_space(*s))
		s++;
	if (*s != '\0' || !any_int || (point && !any_frac))
		return false;
	out->mant = mant;
	out->exp = -frac;
	return true;
}

struct decimal
decimal_shift(struct decimal d, int shift)
{
	d.exp += shift;
	return d;
}

bool
decimal_is_zero(struct decimal d)
{
	return d.mant == 0;
}

int
decimal_cmp(struct decimal a, struct decimal b)
{
	/* Align on the smaller exponent.  Mantissas have at most 15 digits
	 * and exponents differ by at most 15 + 8 + 8, so 128 bits suffice
	 * (10^15 * 10^23 < 2^127). */
	__int128 x = a.mant, y = b.mant;
	int e = a.exp < b.exp ? a.exp : b.exp;

	for (int i = a.exp; i > e; i--) {
		if (x > ((__int128)1 << 120))
			return 1;
		x *= 10;
	}
	for (int i = b.exp; i > e; i--) {
		if (y > ((__int128)1 << 120))
			return -1;
		y *= 10;
	}
	return x < y ? -1 : x > y;
}

double
decimal_to_double(struct decimal d)
{
	/* Dividing two exactly representable numbers rounds once, so a
	 * written 32.6975 becomes the double nearest 32.6975. */
	if (d.exp >= 0)
		return (double)d.mant * pow(10.0, d.exp);
	return (double)d.mant / pow(10.0, -d.exp);
}

char *
decimal_format(struct decimal d, char buf[DECIMAL_BUFSZ])
{
	char digits[24];
	int n = snprintf(digits, sizeof digits, "%lld", (long long)d.mant);
	char *p = buf;

	if (d.exp >= 0) {
		memcpy(p, digits, (size_t)n);
		p += n;
		/* exp is at most 8 (a shift by 亿), so this fits. */
		if (d.mant != 0)
			for (int i = 0; i < d.exp && p < buf + DECIMAL_BUFSZ - 1; i++)
				*p++ = '0';
		*p = '\0';
		return buf;
	}
	int frac = -d.exp;
	if (n <= frac) {
		*p++ = '0';
		*p++ = '.';
		/* frac is at most 15 + 8, so this fits too. */
		for (int i = n; i < frac && p < buf + DECIMAL_BUFSZ - 25; i++)
			*p++ = '0';
		memcpy(p, digits, (size_t)n);
		p += n;
	} else {
		memcpy(p, digits, (size_t)(n - frac));
		p += n - frac;
		*p++ = '.';
		memcpy(p, digits + n - frac, (size_t)frac);
		p += frac;
	}
	*p = '\0';
	return buf;
}
