/*
 * msg.c: the one table of every diagnostic, and the per-file list that
 * collects them and prints them in line order.
 *
 * Formats name the element at fault as <name> and quote the value at
 * fault, so a message can be acted on without opening the schema.  The
 * DIAGNOSTICS section of dubao.1 repeats this table; tests/msg-doc.t
 * fails when one of them changes without the other.
 */
#include "msg.h"

#include <glib/gi18n.h>
#include <stdlib.h>

struct msg_entry {
	enum severity sev;
	const char *format;
};

static const struct msg_entry catalogue[MSG__COUNT] = {
	[MSG_IO] = {SEV_ERROR, N_("cannot read the file: %s")},
	[MSG_TOO_LARGE] = {SEV_ERROR, N_("the file is %llu bytes long; the limit is %llu bytes")},
	[MSG_XML] = {SEV_ERROR, N_("not well-formed XML: %s")},
	[MSG_DOCTYPE] = {SEV_ERROR, N_("a DOCTYPE declaration is not allowed (entities and DTDs are never loaded)")},
	[MSG_BAD_UTF8] = {SEV_ERROR, N_("the file is not valid UTF-8 (%s); save it as UTF-8, or name its encoding in the XML declaration")},
	[MSG_NO_BOM] = {SEV_WARNING, N_("the file is UTF-16 without a byte order mark; it was read, but save it with the mark, or as UTF-8")},
	[MSG_ENCODING] = {SEV_WARNING, N_("the file is encoded in %s, not UTF-8 or UTF-16; it was converted")},
	[MSG_DEPTH] = {SEV_ERROR, N_("elements are nested deeper than %d levels")},
	[MSG_SCHEMA] = {SEV_ERROR, N_("not valid against the schema: %s")},
	[MSG_SCHEMA_LOAD] = {SEV_ERROR, N_("the schema %s cannot be loaded; is dubao installed completely?")},

	[MSG_ROOT] = {SEV_ERROR, N_("the root element is <%s>; it must be <plan> or <progress>")},
	[MSG_NO_NS] = {SEV_ERROR, N_("<%s> is in no namespace; dubao's elements are in urn:dubao:1 (write xmlns=\"urn:dubao:1\" on the root)")},
	[MSG_WRONG_NS] = {SEV_ERROR, N_("<%s> is in the namespace %s; dubao's elements are in urn:dubao:1 (write xmlns=\"urn:dubao:1\" on the root)")},
	[MSG_ATTR_NS] = {SEV_ERROR, N_("<%s> attribute %s has the namespace prefix of urn:dubao:1; dubao's attributes take no prefix (write %s=\"%s\")")},
	[MSG_WANT_PLAN] = {SEV_ERROR, N_("a plan (<plan>) was expected here, not <%s>")},
	[MSG_WANT_PROGRESS] = {SEV_ERROR, N_("a progress report (<progress>) was expected here, not <%s>")},
	[MSG_UNKNOWN_ELEMENT] = {SEV_ERROR, N_("<%s> is not allowed inside <%s>")},
	[MSG_REPEATED_ELEMENT] = {SEV_ERROR, N_("<%s> appears more than once inside <%s>")},
	[MSG_MISSING_ELEMENT] = {SEV_ERROR, N_("<%s> needs at least one <%s>")},
	[MSG_UNKNOWN_ATTR] = {SEV_ERROR, N_("<%s> has no attribute %s (value \"%s\")")},
	[MSG_MISSING_ATTR] = {SEV_ERROR, N_("<%s> needs the attribute %s")},
	[MSG_EMPTY_ATTR] = {SEV_ERROR, N_("<%s> attribute %s is empty")},
	[MSG_EMPTY_TEXT] = {SEV_ERROR, N_("<%s> is empty")},
	[MSG_STRAY_TEXT] = {SEV_ERROR, N_("<%s> takes no text, but contains \"%s\"")},
	[MSG_TEXT_TOO_LONG] = {SEV_ERROR, N_("%s is %zu bytes long; the limit is %d bytes")},
	[MSG_TEXT_HUGE] = {SEV_ERROR, N_("%s is longer than %d bytes; the limit is %d bytes")},
	[MSG_BAD_ID] = {SEV_ERROR, N_("%s is not an identifier (ASCII letters, digits, - _ . ; starting with a letter or digit; at most 64)")},
	[MSG_BAD_DATE] = {SEV_ERROR, N_("%s is not a date (YYYY-MM-DD, a real calendar day)")},
	[MSG_BAD_NUMBER] = {SEV_ERROR, N_("%s is not a number (ASCII digits with an optional decimal point; no sign, exponent or separators; at most 15 digits)")},
	[MSG_BAD_INTEGER] = {SEV_ERROR, N_("%s is not a whole number")},
	[MSG_BAD_YEAR] = {SEV_ERROR, N_("%s is not a year (four digits)")},
	[MSG_BAD_CHOICE] = {SEV_ERROR, N_("%s is not one of: %s")},
	[MSG_TOO_MANY] = {SEV_ERROR, N_("more than %d %s in one file, the limit; the rest of the file is not read")},
	[MSG_TOO_MANY_ATTRS] = {SEV_ERROR, N_("<%s> has more than %d attributes, the limit; the rest of the file is not read")},

	[MSG_DUP_ID] = {SEV_ERROR, N_("<%s> id \"%s\" is already used by the <%s> at line %d")},
	[MSG_START_AFTER_END] = {SEV_ERROR, N_("<plan> start=\"%s\" is after end=\"%s\"")},
	[MSG_DUE_OUTSIDE] = {SEV_ERROR, N_("<due> %s of \"%s\" is outside the plan's period %s to %s")},
	[MSG_WEIGHT_ZERO] = {SEV_ERROR, N_("<%s> \"%s\" weight=\"%s\" must be greater than 0")},
	[MSG_TARGET_ZERO] = {SEV_ERROR, N_("<target> quantity=\"%s\" of \"%s\" must be greater than 0")},
	[MSG_PERCENT_RANGE] = {SEV_ERROR, N_("<%s> percent %s of \"%s\" is above 100")},
	[MSG_MILESTONE_OUTSIDE] = {SEV_ERROR, N_("<milestone> date=\"%s\" of \"%s\" is outside %s to %s (the plan's start to the item's due date)")},
	[MSG_MILESTONE_ORDER] = {SEV_ERROR, N_("<milestone> date=\"%s\" of \"%s\" is not after the previous milestone's %s")},
	[MSG_MILESTONE_DECREASE] = {SEV_ERROR, N_("<milestone> percent=\"%s\" of \"%s\" is below the previous milestone's %s")},
	[MSG_TWO_LEADS] = {SEV_ERROR, N_("<unit role=\"lead\"> \"%s\": \"%s\" already has the lead unit \"%s\"")},
	[MSG_NO_UNITS] = {SEV_WARNING, N_("<%s> \"%s\" has no responsible unit")},
	[MSG_NO_LEAD] = {SEV_WARNING, N_("<units> of \"%s\" name no lead unit; \"%s\" is taken as the lead")},
	[MSG_DUP_UNIT] = {SEV_WARNING, N_("<unit> \"%s\" is listed twice for \"%s\"")},

	[MSG_PLAN_MISMATCH] = {SEV_ERROR, N_("<progress> plan=\"%s\" does not match the plan's id \"%s\"")},
	[MSG_ASOF_OUTSIDE] = {SEV_ERROR, N_("<progress> as-of=\"%s\" is outside the plan's period %s to %s")},
	[MSG_ISSUE_ZERO] = {SEV_ERROR, N_("<progress> issue=\"%s\" must be a positive whole number")},
	[MSG_TOO_MANY_FILES] = {SEV_ERROR, N_("more than %d progress files in one run, the limit")},
	[MSG_DUP_ASOF] = {SEV_ERROR, N_("<progress> as-of=\"%s\" is already the date of %s")},
	[MSG_UNKNOWN_REF] = {SEV_ERROR, N_("<report> ref=\"%s\" names no project or task of the plan")},
	[MSG_REF_CATEGORY] = {SEV_ERROR, N_("<report> ref=\"%s\" names a category; report on its projects")},
	[MSG_REF_HAS_TASKS] = {SEV_ERROR, N_("<report> ref=\"%s\" names a project that has tasks; report on its tasks (%s)")},
	[MSG_DUP_REPORT] = {SEV_ERROR, N_("<report> ref=\"%s\" is reported a second time (first at line %d)")},
	[MSG_EMPTY_REPORT] = {SEV_ERROR, N_("<report> ref=\"%s\" has none of status, <done>, <percent>")},
	[MSG_DONE_NO_TARGET] = {SEV_ERROR, N_("<done> quantity=\"%s\" for \"%s\", which has no target; report a percent or a status")},
	[MSG_UNIT_MISMATCH] = {SEV_ERROR, N_("<done> unit=\"%s\" for \"%s\" cannot be converted to the target's unit \"%s\" (only a leading 万 or 亿 may differ)")},
	[MSG_COMPLETED_SHORT] = {SEV_WARNING, N_("<report> ref=\"%s\" is completed, but done %s is below the target %s")},
	[MSG_NOT_STARTED_DONE] = {SEV_WARNING, N_("<report> ref=\"%s\" is not-started, but reports progress (%s)")},
	[MSG_DONE_PERCENT_APART] = {SEV_WARNING, N_("<report> ref=\"%s\": done is %s%% of the target but percent says %s%%")},
	[MSG_DONE_DECREASED] = {SEV_WARNING, N_("<done> of \"%s\" is %s, less than the %s reported on %s")},
	[MSG_NOT_CHECKED] = {SEV_NOTE, N_("not checked against the plan, which has errors")},

	[MSG_DUP_PLAN_ID] = {SEV_ERROR, N_("<plan> id=\"%s\" is also the id of %s: their reports would go to one folder; give each plan its own id")},

	[MSG_TEMPLATE] = {SEV_ERROR, N_("template: %s")},
	[MSG_LAYOUT_ELEMENT] = {SEV_ERROR, N_("layout: <%s> is not allowed inside <%s>")},
	[MSG_LAYOUT_ATTR] = {SEV_ERROR, N_("layout: <%s> %s: %s")},
	[MSG_LAYOUT_PLACE] = {SEV_ERROR, N_("layout: <%s> may only be %s")},
	[MSG_TOO_MANY_PAGES] = {SEV_ERROR, N_("the document would have more than %d pages, the limit; nothing is written (a plan this big needs a shorter template, or its categories split over several plans)")},
	[MSG_MISSING_GLYPH] = {SEV_WARNING, N_("no font has the character %s (U+%04X) of \"%s\"; it is printed as a box (install a font that has it and name it in fonts/roles.conf)")},
};

enum severity
msg_severity(enum msg id)
{
	return catalogue[id].sev;
}

const char *
msg_format(enum msg id)
{
	return catalogue[id].format;
}

const char *
severity_name(enum severity sev)
{
	switch (sev) {
	case SEV_NOTE:
		return "note";
	case SEV_WARNING:
		return "warning";
	case SEV_ERROR:
		break;
	}
	return "error";
}

void
diags_init(struct diags *d, const char *path)
{
	d->path = path;
	d->list = g_array_new(FALSE, FALSE, sizeof(struct diag));
	d->errors = 0;
	d->warnings = 0;
}

static void
drop_entries(struct diags *d)
{
	for (guint i = 0; i < d->list->len; i++)
		g_free(g_array_index(d->list, struct diag, i).text);
	g_array_set_size(d->list, 0);
}

void
diags_clear(struct diags *d)
{
	if (d->list == NULL)
		return;
	drop_entries(d);
	g_array_free(d->list, TRUE);
	d->list = NULL;
}

static void
record(struct diags *d, int line, enum severity sev, enum msg id, va_list ap)
{
	struct diag e;

	e.line = line < 0 ? 0 : line;
	e.seq = d->list->len;
	e.sev = sev;
	e.id = id;
	/* The formats are constant strings of the table above; gettext only
	 * swaps them for a translation of the same shape. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	e.text = g_strdup_vprintf(_(catalogue[id].format), ap);
#pragma GCC diagnostic pop
	g_array_append_val(d->list, e);
	if (sev == SEV_ERROR)
		d->errors++;
	else if (sev == SEV_WARNING)
		d->warnings++;
}

void
vdiag(struct diags *d, int line, enum msg id, va_list ap)
{
	record(d, line, catalogue[id].sev, id, ap);
}

void
diag(struct diags *d, int line, enum msg id, ...)
{
	va_list ap;

	va_start(ap, id);
	record(d, line, catalogue[id].sev, id, ap);
	va_end(ap);
}

void
diag_sev(struct diags *d, int line, enum severity sev, enum msg id, ...)
{
	va_list ap;

	va_start(ap, id);
	record(d, line, sev, id, ap);
	va_end(ap);
}

gboolean
diags_has(const struct diags *d, int line, enum msg id)
{
	for (guint i = 0; i < d->list->len; i++) {
		const struct diag *e = &g_array_index(d->list, struct diag, i);
		if (e->line == line && e->id == id)
			return TRUE;
	}
	return FALSE;
}

static gint
by_line(gconstpointer a, gconstpointer b)
{
	const struct diag *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int
diags_print(struct diags *d, FILE *fp)
{
	int n = (int)d->list->len;

	g_array_sort(d->list, by_line);
	for (guint i = 0; i < d->list->len; i++) {
		const struct diag *e = &g_array_index(d->list, struct diag, i);
		if (e->line > 0)
			fprintf(fp, "%s:%d: %s: %s\n", d->path, e->line,
			    severity_name(e->sev), e->text);
		else
			fprintf(fp, "%s: %s: %s\n", d->path,
			    severity_name(e->sev), e->text);
	}
	fflush(fp);
	drop_entries(d);
	return n;
}

char *
diags_text(struct diags *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (fp == NULL)
		g_error("out of memory");
	diags_print(d, fp);
	fclose(fp);
	char *copy = g_strdup(text);
	free(text);
	return copy;
}
