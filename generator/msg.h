/*
 * msg.h: the diagnostics catalogue and the per-file list of diagnostics.
 *
 * Every message dubao can say about its input is one entry of enum msg,
 * with a fixed severity and a printf format (see msg.c, and the
 * DIAGNOSTICS section of dubao.1, which lists them all).  Diagnostics are
 * collected per input file in a struct diags, sorted by line and printed
 * as "FILE:LINE: error: MESSAGE"; counters live in that struct, never in
 * globals, so one bad file does not taint another report.
 */
#ifndef DUBAO_MSG_H
#define DUBAO_MSG_H

#include <stdarg.h>
#include <stdio.h>

#include <glib.h>

enum severity {
	SEV_NOTE,
	SEV_WARNING,
	SEV_ERROR,
};

enum msg {
	/* Reading the file. */
	MSG_IO,               /* cannot read: %s */
	MSG_TOO_LARGE,        /* %llu bytes; the limit is %llu */
	MSG_XML,              /* XML: %s (libxml2's own words) */
	MSG_DOCTYPE,          /* a DOCTYPE is not allowed */
	MSG_BAD_UTF8,         /* bytes that are not UTF-8 */
	MSG_NO_BOM,           /* UTF-16 without its byte order mark */
	MSG_ENCODING,         /* read as %s */
	MSG_DEPTH,            /* nesting deeper than %d */
	MSG_SCHEMA,           /* schema: %s (libxml2's RELAX NG words) */
	MSG_SCHEMA_LOAD,      /* the schema %s cannot be loaded */
	/* Shape: elements and attributes. */
	MSG_ROOT,             /* root must be <plan> or <progress> */
	MSG_NO_NS,            /* element in no namespace */
	MSG_WRONG_NS,         /* root in another namespace */
	MSG_ATTR_NS,          /* a dubao attribute with a namespace prefix */
	MSG_WANT_PLAN,        /* a plan was expected, got <%s> */
	MSG_WANT_PROGRESS,    /* a progress report was expected, got <%s> */
	MSG_UNKNOWN_ELEMENT,  /* <%s> is not allowed in <%s> */
	MSG_REPEATED_ELEMENT, /* <%s> appears more than once in <%s> */
	MSG_MISSING_ELEMENT,  /* <%s> needs at least one <%s> */
	MSG_UNKNOWN_ATTR,     /* <%s> has no attribute %s */
	MSG_MISSING_ATTR,     /* <%s> needs the attribute %s */
	MSG_EMPTY_ATTR,       /* <%s> %s is empty */
	MSG_EMPTY_TEXT,       /* <%s> is empty */
	MSG_STRAY_TEXT,       /* <%s> takes no text: "%s" */
	MSG_TEXT_TOO_LONG,    /* a value is longer than the limit */
	MSG_TEXT_HUGE,        /* a text libxml2 itself refused */
	MSG_BAD_ID,           /* %s is not an identifier */
	MSG_BAD_DATE,         /* %s is not a date */
	MSG_BAD_NUMBER,       /* %s is not a number */
	MSG_BAD_INTEGER,      /* %s is not a whole number */
	MSG_BAD_YEAR,         /* %s is not a year */
	MSG_BAD_CHOICE,       /* %s is not one of %s */
	MSG_TOO_MANY,         /* more elements than the limit */
	MSG_TOO_MANY_ATTRS,   /* more attributes on one element than the limit */
	/* The plan. */
	MSG_DUP_ID,           /* id "%s" is already used at line %d */
	MSG_START_AFTER_END,  /* start %s is after end %s */
	MSG_DUE_OUTSIDE,      /* due %s is outside the plan's %s..%s */
	MSG_WEIGHT_ZERO,      /* weight="%s" must be greater than 0 */
	MSG_TARGET_ZERO,      /* target quantity="%s" must be greater than 0 */
	MSG_PERCENT_RANGE,    /* percent %s is above 100 */
	MSG_MILESTONE_OUTSIDE,/* milestone date outside start..due */
	MSG_MILESTONE_ORDER,  /* milestone date not after the previous one */
	MSG_MILESTONE_DECREASE, /* milestone percent below the previous one */
	MSG_TWO_LEADS,        /* two lead units */
	MSG_NO_UNITS,         /* warning: no responsible unit */
	MSG_NO_LEAD,          /* warning: no lead unit; first one taken */
	MSG_DUP_UNIT,         /* warning: unit listed twice */
	/* A progress report. */
	MSG_PLAN_MISMATCH,    /* plan="%s" but the plan is "%s" */
	MSG_ASOF_OUTSIDE,     /* as-of outside the plan */
	MSG_ISSUE_ZERO,       /* issue must be a positive integer */
	MSG_TOO_MANY_FILES,   /* more progress files than the limit */
	MSG_DUP_ASOF,         /* as-of already reported by FILE */
	MSG_UNKNOWN_REF,      /* ref names nothing in the plan */
	MSG_REF_CATEGORY,     /* ref names a category */
	MSG_REF_HAS_TASKS,    /* ref names a project that has tasks */
	MSG_DUP_REPORT,       /* second report on one ref */
	MSG_EMPTY_REPORT,     /* report has none of status, done, percent */
	MSG_DONE_NO_TARGET,   /* done on an item without a target */
	MSG_UNIT_MISMATCH,    /* done unit incompatible with the target's */
	MSG_COMPLETED_SHORT,  /* warning: completed but done below target */
	MSG_NOT_STARTED_DONE, /* warning: not-started with progress */
	MSG_DONE_PERCENT_APART, /* warning: done and percent disagree */
	MSG_DONE_DECREASED,   /* warning: cumulative done went down */
	MSG_NOT_CHECKED,      /* note: not checked against a faulty plan */
	/* A batch over plan folders. */
	MSG_DUP_PLAN_ID,      /* two folders' plans have one id */
	/* Templates and the layout they produce. */
	MSG_TEMPLATE,         /* the template cannot be used (libxslt) */
	MSG_LAYOUT_ELEMENT,   /* element outside the layout vocabulary */
	MSG_LAYOUT_ATTR,      /* a layout attribute is missing or wrong */
	MSG_LAYOUT_PLACE,     /* a layout element out of its place */
	MSG_MISSING_GLYPH,    /* warning: no font has a character */
	MSG_TOO_MANY_PAGES,   /* the document passes LIMIT_PAGES */
	MSG__COUNT
};

struct diag {
	int line;            /* 0 when the message is about the whole file */
	unsigned seq;        /* order of arrival, keeps the sort stable */
	enum severity sev;
	enum msg id;
	char *text;          /* the formatted message, owned */
};

/* The diagnostics of one input file.  path is borrowed: it must outlive
 * the struct (it is normally argv). */
struct diags {
	const char *path;
	GArray *list;        /* of struct diag */
	int errors;
	int warnings;
};

void diags_init(struct diags *d, const char *path);
void diags_clear(struct diags *d);

/* Records a message at a line (0 for the whole file).  The arguments are
 * those of the message's format in the catalogue. */
void diag(struct diags *d, int line, enum msg id, ...);
void vdiag(struct diags *d, int line, enum msg id, va_list ap);

/* Records a message with a severity other than the catalogue's.  Used
 * where the same fault is an error in one place and a warning in another
 * (only the XML reader does this, for libxml2's warnings). */
void diag_sev(struct diags *d, int line, enum severity sev, enum msg id, ...);

/* True if any message of this id was recorded for that line. */
gboolean diags_has(const struct diags *d, int line, enum msg id);

/* Prints every diagnostic in line order to fp and empties the list; the
 * counters are kept.  Returns the number of lines printed. */
int diags_print(struct diags *d, FILE *fp);

/* What diags_print would print, as a string; caller frees with g_free. */
char *diags_text(struct diags *d);

enum severity msg_severity(enum msg id);
const char *msg_format(enum msg id);
const char *severity_name(enum severity sev);

#endif
