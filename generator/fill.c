/*
 * fill.c: running libxslt on the report model.
 */
#include "fill.h"

#include <string.h>

#include <glib.h>
#include <libexslt/exslt.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

#include "datadir.h"

/* libxslt reports through a printf-like function, message by pieces:
 * pieces are gathered and each finished line becomes one diagnostic. */
struct collect {
	struct diags *d;
	GString *line;
};

static void
flush_line(struct collect *c)
{
	g_strstrip(c->line->str);
	c->line->len = strlen(c->line->str);
	if (c->line->len > 0)
		diag(c->d, 0, MSG_TEMPLATE, c->line->str);
	g_string_truncate(c->line, 0);
}

static void
on_message(void *ctx, const char *fmt, ...)
{
	struct collect *c = ctx;
	va_list ap;
	char *piece, *nl;

	va_start(ap, fmt);
	piece = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_string_append(c->line, piece);
	g_free(piece);
	while ((nl = strchr(c->line->str, '\n')) != NULL) {
		char *rest = g_strdup(nl + 1);
		*nl = '\0';
		c->line->len = strlen(c->line->str);
		flush_line(c);
		g_string_assign(c->line, rest);
		g_free(rest);
	}
}

static gpointer
init_exslt(gpointer unused)
{
	(void)unused;
	exsltRegisterAll();
	return NULL;
}

static void
ensure_exslt(void)
{
	static GOnce once = G_ONCE_INIT;

	g_once(&once, init_exslt, NULL);
}

char *
fill_find_template(const char *name_or_path)
{
	char *installed;

	if (strchr(name_or_path, '/') != NULL || g_file_test(name_or_path, G_FILE_TEST_IS_REGULAR))
		return g_strdup(name_or_path);
	installed = g_build_filename(datadir(), "templates", name_or_path, NULL);
	return installed;
}

static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

/* style's own file and includes, then its imports (a list linked by
 * next), depth first. */
static void
add_style_files(xsltStylesheetPtr style, GPtrArray *out)
{
	if (style->doc != NULL && style->doc->URL != NULL)
		g_ptr_array_add(out, g_strdup((const char *)style->doc->URL));
	for (xsltDocumentPtr inc = style->includes; inc != NULL; inc = inc->next)
		if (inc->doc != NULL && inc->doc->URL != NULL)
			g_ptr_array_add(out, g_strdup((const char *)inc->doc->URL));
	for (xsltStylesheetPtr imp = style->imports; imp != NULL; imp = imp->next)
		add_style_files(imp, out);
}

GPtrArray *
fill_template_files(const char *path)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	xsltStylesheetPtr style;

	ensure_exslt();
	/* Errors are fill_template's to report, when the report is made. */
	xsltSetGenericErrorFunc(NULL, quiet);
	xmlSetGenericErrorFunc(NULL, quiet);
	style = g_file_test(path, G_FILE_TEST_IS_REGULAR) ?
	    xsltParseStylesheetFile((const xmlChar *)path) : NULL;
	xsltSetGenericErrorFunc(NULL, NULL);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (style == NULL)
		g_ptr_array_add(out, g_strdup(path));
	else {
		add_style_files(style, out);
		xsltFreeStylesheet(style);
	}
	return out;
}

xmlDocPtr
fill_template(const char *path, xmlDocPtr model, const char *const *params,
    struct diags *d)
{
	struct collect c = {d, g_string_new(NULL)};
	xsltStylesheetPtr style;
	xsltTransformContextPtr tctxt = NULL;
	xsltSecurityPrefsPtr sec = NULL;
	xmlDocPtr result = NULL;

	ensure_exslt();
	xsltSetGenericErrorFunc(&c, on_message);
	xmlSetGenericErrorFunc(&c, on_message);

	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		diag(d, 0, MSG_TEMPLATE, "the file does not exist");
		goto out;
	}
	style = xsltParseStylesheetFile((const xmlChar *)path);
	if (style == NULL) {
		flush_line(&c);
		if (d->errors == 0)
			diag(d, 0, MSG_TEMPLATE, "not a usable XSLT stylesheet");
		goto out;
	}
	tctxt = xsltNewTransformContext(style, model);
	/* Literal strings, never XPath: a value may hold both kinds of quote. */
	for (int i = 0; params != NULL && params[i] != NULL; i += 2)
		xsltQuoteOneUserParam(tctxt, (const xmlChar *)params[i],
		    (const xmlChar *)params[i + 1]);
	sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xsltSetCtxtSecurityPrefs(sec, tctxt);
	result = xsltApplyStylesheetUser(style, model, NULL, NULL, NULL, tctxt);
	flush_line(&c);
	if (result == NULL || tctxt->state == XSLT_STATE_ERROR ||
	    tctxt->state == XSLT_STATE_STOPPED) {
		if (d->errors == 0)
			diag(d, 0, MSG_TEMPLATE, "the transformation failed");
		xmlFreeDoc(result);
		result = NULL;
	}
	xsltFreeTransformContext(tctxt);
	xsltFreeSecurityPrefs(sec);
	xsltFreeStylesheet(style);
out:
	flush_line(&c);
	xsltSetGenericErrorFunc(NULL, NULL);
	xmlSetGenericErrorFunc(NULL, NULL);
	g_string_free(c.line, TRUE);
	return result;
}
