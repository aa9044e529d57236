/*
 * unit_conv.h: converting a reported quantity to the target's unit.
 *
 * FORMAT.md allows a reported unit to differ from the target's only by
 * one leading multiplier 万 (10^4) or 亿 (10^8): 1.1499 万户 against a
 * target in 户 or in 万户.  Anything else (公里 against 户, 万万户) is an
 * error: dubao never guesses a conversion.
 */
#ifndef DUBAO_UNIT_CONV_H
#define DUBAO_UNIT_CONV_H

#include <stdbool.h>

/* If a quantity in unit from can be written in unit to, sets *shift to
 * the power of ten to apply (from 万户 to 户: 4) and returns true. */
bool unit_shift(const char *from, const char *to, int *shift);

#endif
