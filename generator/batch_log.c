/*
 * batch_log.c: the progress bar and the log lines of a batch run.
 */
#include "batch_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#define BAR_WIDTH 24
#define NAME_COLUMNS 40

struct batch_log {
	unsigned total, finished;
	bool bar;
	char *current;          /* the report last started */
};

bool
batch_log_tty(void)
{
	const char *term = getenv("TERM");

	return isatty(STDERR_FILENO) && term != NULL && strcmp(term, "dumb") != 0;
}

struct batch_log *
batch_log_new(unsigned total, bool bar)
{
	struct batch_log *l = g_new0(struct batch_log, 1);

	l->total = total;
	l->bar = bar;
	return l;
}

/* name cut to at most cols columns (a Chinese character takes two). */
static char *
fit(const char *name, int cols)
{
	GString *s = g_string_new(NULL);
	int used = 0;

	for (const char *p = name; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		int w = g_unichar_iswide(c) ? 2 : 1;
		if (used + w > cols - 1 && *g_utf8_next_char(p) != '\0') {
			g_string_append(s, "…");
			break;
		}
		g_string_append_unichar(s, c);
		used += w;
	}
	return g_string_free(s, FALSE);
}

static void
draw(struct batch_log *l)
{
	unsigned fill = l->total > 0 ? l->finished * BAR_WIDTH / l->total : BAR_WIDTH;
	char bar[BAR_WIDTH + 1];
	char *name = fit(l->current != NULL ? l->current : "", NAME_COLUMNS);

	memset(bar, '#', fill);
	memset(bar + fill, '.', BAR_WIDTH - fill);
	bar[BAR_WIDTH] = '\0';
	fprintf(stderr, "\r\033[K[%s] %u/%u %s", bar, l->finished, l->total, name);
	fflush(stderr);
	g_free(name);
}

static void
clear(struct batch_log *l)
{
	if (l->bar) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
}

static void
vsay(struct batch_log *l, const char *fmt, va_list ap)
{
	clear(l);
	if (!l->bar) {
		GDateTime *now = g_date_time_new_now_local();
		char *stamp = g_date_time_format(now, "%Y-%m-%d %H:%M:%S");
		printf("%s ", stamp);
		g_free(stamp);
		g_date_time_unref(now);
	}
	vprintf(fmt, ap);
	putchar('\n');
	fflush(stdout);
	if (l->bar)
		draw(l);
}

void
batch_log_say(struct batch_log *l, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsay(l, fmt, ap);
	va_end(ap);
}

void
batch_log_started(struct batch_log *l, const struct batch_report *r)
{
	g_free(l->current);
	l->current = g_strdup(r->name);
	if (l->bar)
		draw(l);
}

void
batch_log_finished(struct batch_log *l, const struct batch_report *r, double seconds)
{
	l->finished++;
	if (r->state == REPORT_FAILED) {
		batch_log_say(l, _("failed %s (the reasons are listed at the end)"), r->name);
		return;
	}
	if (l->bar) {
		draw(l);
		return;
	}
	if (r->units > 0)
		batch_log_say(l, _("built %s: %u pages, %u charts, %u unit sheets (%.2f s)"),
		    r->name, r->pages, r->charts, r->units, seconds);
	else
		batch_log_say(l, _("built %s: %u pages, %u charts (%.2f s)"), r->name, r->pages,
		    r->charts, seconds);
}

void
batch_log_end(struct batch_log *l)
{
	if (l == NULL)
		return;
	clear(l);
	g_free(l->current);
	g_free(l);
}
