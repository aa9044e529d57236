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

/*
 * The limit is that of XML Schema's decimal with totalDigits and
 * fractionDigits of LIMIT_DIGITS, which templates/dubao.rng uses: digits
 * of the value, so leading zeros and zeros that end the fraction do not
 * count.  Those zeros are kept in the mantissa when they fit, so that
 * "1.50" prints as written.
 */
bool
decimal_parse(const char *s, struct decimal *out)
{
	char digits[64];
	size_t ni = 0, nf = 0;
	bool point = false;

	if (s == NULL)
		return false;
	while (is_xml_space(*s))
		s++;
	/* Leading zeros of the integer part say nothing: skip them. */
	const char *p = s;
	while (*p == '0' && p[1] >= '0' && p[1] <= '9')
		p++;
	for (; *p != '\0' && !is_xml_space(*p); p++) {
		if (*p == '.') {
			if (point || (ni == 0 && p == s))
				return false;
			point = true;
			continue;
		}
		if (*p < '0' || *p > '9' || ni + nf >= sizeof digits - 1)
			return false;
		digits[ni + nf] = *p;
		if (point)
			nf++;
		else
			ni++;
	}
	while (is_xml_space(*p))
		p++;
	if (*p != '\0' || ni == 0 || (point && nf == 0))
		return false;

	/* The value's digits: without the zeros that end the fraction, and
	 * without the zeros that start it when the integer part is 0. */
	size_t nf_value = nf;
	while (nf_value > 0 && digits[ni + nf_value - 1] == '0')
		nf_value--;
	size_t first = 0;
	while (first < ni + nf_value && digits[first] == '0')
		first++;
	if (ni + nf_value - first > LIMIT_DIGITS || nf_value > LIMIT_DIGITS)
		return false;
	/* Keep the written zeros if the mantissa still has room for them. */
	size_t keep = ni + nf - first <= LIMIT_DIGITS ? nf : nf_value;
	int64_t mant = 0;
	for (size_t i = first; i < ni + keep; i++)
		mant = mant * 10 + (digits[i] - '0');
	out->mant = mant;
	out->exp = -(int)keep;
	return true;
}

struct decimal
decimal_shift(struct decimal d, int shift)
{
	d.exp += shift;
	return d;
}

struct decimal
decimal_trim(struct decimal d)
{
	while (d.exp < 0 && d.mant != 0 && d.mant % 10 == 0) {
		d.mant /= 10;
		d.exp++;
	}
	if (d.mant == 0 && d.exp < 0)
		d.exp = 0;
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
