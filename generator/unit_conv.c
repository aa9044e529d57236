/*
 * unit_conv.c: the 万/亿 rule of FORMAT.md.
 */
#include "unit_conv.h"

#include <string.h>

/* Splits one leading 万 or 亿 off u (unless that would leave nothing:
 * a unit that is just 万 is a unit of its own). */
static const char *
base_of(const char *u, int *power)
{
	static const char wan[] = "万", yi[] = "亿";

	*power = 0;
	if (strncmp(u, wan, sizeof wan - 1) == 0 && u[sizeof wan - 1] != '\0') {
		*power = 4;
		return u + sizeof wan - 1;
	}
	if (strncmp(u, yi, sizeof yi - 1) == 0 && u[sizeof yi - 1] != '\0') {
		*power = 8;
		return u + sizeof yi - 1;
	}
	return u;
}

bool
unit_shift(const char *from, const char *to, int *shift)
{
	int pf, pt;
	const char *bf, *bt;

	if (from == NULL || to == NULL)
		return false;
	if (strcmp(from, to) == 0) {
		*shift = 0;
		return true;
	}
	bf = base_of(from, &pf);
	bt = base_of(to, &pt);
	if (strcmp(bf, bt) != 0)
		return false;
	*shift = pf - pt;
	return true;
}
