/*
 * text.c: identifier syntax and white-space normalisation of text.
 */
#include "text.h"

#include <string.h>

#include <glib.h>

bool
text_is_identifier(const char *s)
{
	size_t n = 0;

	if (s == NULL || !g_ascii_isalnum(s[0]))
		return false;
	for (; s[n] != '\0'; n++)
		if (!g_ascii_isalnum(s[n]) && s[n] != '-' && s[n] != '_' && s[n] != '.')
			return false;
	return n <= 64;
}

static bool
is_space(gunichar c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

/* Characters that are set without spaces between them: CJK ideographs,
 * kana, full-width forms and CJK punctuation. */
static bool
is_cjk(gunichar c)
{
	GUnicodeScript sc = g_unichar_get_script(c);

	if (sc == G_UNICODE_SCRIPT_HAN || sc == G_UNICODE_SCRIPT_HIRAGANA ||
	    sc == G_UNICODE_SCRIPT_KATAKANA || sc == G_UNICODE_SCRIPT_BOPOMOFO)
		return true;
	return g_unichar_iswide(c);
}

bool
text_is_blank(const char *s)
{
	if (s == NULL)
		return true;
	for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p))
		if (!is_space(g_utf8_get_char(p)))
			return false;
	return true;
}

char *
text_normalize(const char *s)
{
	GString *out;
	const char *p, *end;
	gunichar prev = 0;

	if (s == NULL)
		return g_strdup("");
	/* Trim both ends. */
	p = s;
	while (*p != '\0' && is_space(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	end = p + strlen(p);
	while (end > p) {
		const char *q = g_utf8_prev_char(end);
		if (!is_space(g_utf8_get_char(q)))
			break;
		end = q;
	}

	out = g_string_sized_new((gsize)(end - p));
	while (p < end) {
		gunichar c = g_utf8_get_char(p);
		if (!is_space(c)) {
			g_string_append_unichar(out, c);
			prev = c;
			p = g_utf8_next_char(p);
			continue;
		}
		/* A run of white space: see what it holds. */
		const char *run = p;
		int breaks = 0;
		while (p < end && is_space(g_utf8_get_char(p))) {
			if (*p == '\n')
				breaks++;
			p = g_utf8_next_char(p);
		}
		gunichar next = g_utf8_get_char(p);
		if (breaks >= 2)
			g_string_append_c(out, '\n');
		else if (breaks == 1) {
			if (!(is_cjk(prev) && is_cjk(next)))
				g_string_append_c(out, ' ');
		} else
			g_string_append_len(out, run, p - run);
	}
	return g_string_free(out, FALSE);
}
