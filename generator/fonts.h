/*
 * fonts.h: the typefaces of the typographic roles (fonts/roles.conf),
 * resolved through fontconfig to TrueType files only, and the pango
 * context every piece of text is laid out with.
 *
 * pango sees a private fontconfig configuration holding just those
 * files, so what a bulletin or chart looks like does not depend on the
 * machine's font preferences (a desktop that prefers Noto CJK, which is
 * OpenType/CFF and which libharu cannot embed, still gets TrueType), and
 * pango's fallback for a character the first face lacks can only pick
 * another face of the list.  Hinting is off, so advances are the fonts'
 * design metrics, the same for SVG, PNG and PDF.
 */
#ifndef DUBAO_FONTS_H
#define DUBAO_FONTS_H

#include <stdbool.h>

#include <glib.h>
#include <pango/pango.h>

enum font_role {
	ROLE_TITLE,
	ROLE_HEADING,
	ROLE_SUBHEADING,
	ROLE_BODY,
	ROLE_TABLE,
	ROLE_NUMBER,
	ROLE__COUNT
};

struct fonts;

/* Reads the roles file (path) and resolves each role's families.  A
 * role none of whose families is installed as TrueType is an error.
 * Returns NULL and sets *err on failure; caller frees with fonts_free. */
struct fonts *fonts_load(const char *path, GError **err);
void fonts_free(struct fonts *f);

/* Text that changes when the fonts a document would be set in change:
 * each role's families, and the files picked with their sizes and times.
 * Owned by f. */
const char *fonts_fingerprint(const struct fonts *f);

/* The fonts of the installed roles file (datadir()/fonts/roles.conf),
 * loaded once per process and never freed (they are shared by every
 * report a batch makes).  NULL, with *err set, if it cannot be loaded. */
struct fonts *fonts_default(GError **err);

/* Frees the default fonts, at exit, so that leak checkers see only real
 * leaks. */
void fonts_shutdown(void);

/* A new pango context on the private font map, 1 unit = 1 point, no
 * hinting, unrounded glyph positions.  Caller unrefs. */
PangoContext *fonts_context(struct fonts *f);

/* The font of a role at a size in points.  Caller frees with
 * pango_font_description_free. */
PangoFontDescription *fonts_describe(struct fonts *f, enum font_role role, double size_pt);

/* The role's name in roles.conf ("body"), or NULL for an unknown role. */
const char *font_role_name(enum font_role role);
bool font_role_parse(const char *name, enum font_role *out);

/* The families a role resolved to, in order ("AR PL UMing CN,HanaMinA").
 * Borrowed. */
const char *fonts_families(struct fonts *f, enum font_role role);

/* A warning to d (MSG_MISSING_GLYPH, quoting the start of where, the
 * text as given, which may be NULL) for every character of the layout that no face of the
 * list has (drawn as a box otherwise); returns their number. */
struct diags;
int fonts_report_missing(PangoLayout *layout, struct diags *d, const char *where);

#endif
