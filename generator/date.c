/*
 * date.c: strict YYYY-MM-DD parsing and printing on top of GDate.
 */
#include "date.h"

#include <stdio.h>

#include <glib.h>

bool
date_parse(const char *s, day_t *out)
{
	int y, m, d;

	if (s == NULL)
		return false;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return false;
		} else if (s[i] < '0' || s[i] > '9')
			return false;
	}
	if (s[10] != '\0')
		return false;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return false;
	*out = date_from_ymd(y, m, d);
	return true;
}

day_t
date_from_ymd(int y, int m, int d)
{
	GDate date;

	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return (day_t)g_date_get_julian(&date);
}

char *
date_format(day_t day, char buf[DATE_BUFSZ])
{
	GDate date;

	if (day <= 0) {
		buf[0] = '\0';
		return buf;
	}
	g_date_clear(&date, 1);
	g_date_set_julian(&date, (guint32)day);
	snprintf(buf, DATE_BUFSZ, "%04d-%02d-%02d", g_date_get_year(&date),
	    g_date_get_month(&date), g_date_get_day(&date));
	return buf;
}
