/*
 * typeset_book.c: the parts of a compiled document, such as the year's
 * review that gathers every bulletin of a year: a cover, a table of
 * contents, chapters.
 *
 * The contents need the page of every chapter and heading they list,
 * known only once everything after them is set; their lines take one
 * grid row each whatever the number, so they are set first with room
 * left for the numbers, and the numbers and leaders are added to those
 * pages at the end.
 */
#include "typeset.h"

#include <string.h>

static const struct rgb black = {0, 0, 0};

/* A line of the contents: what it lists, and where its last line is. */
struct toc_entry {
	guint block;
	guint page;
	double baseline;
	double text_end;
};

struct toc {
	GArray *entries;        /* of struct toc_entry */
};

void
typeset_cover(struct flow *fl, const struct block *b)
{
	struct rich title = {b->title, NULL};
	double width;
	/* At most six lines: the cover is one page. */
	PangoLayout *l = typeset_cut(fl, typeset_balanced(fl,
	    *b->text.text != '\0' ? &b->text : &title, ROLE_TITLE, 26, &width), 6);
	PangoLayoutIter *it = pango_layout_get_iter(l);
	double lead = 1.5 * GRID;
	double y = 4 * GRID;

	/* The title a third of the way down, a line and a half a line. */
	do {
		PangoLayoutLine *line = pango_layout_iter_get_line_readonly(it);
		PangoRectangle ext;
		pango_layout_iter_get_line_extents(it, NULL, &ext);
		typeset_add_text(fl, line, (AREA_W - width) / 2 + ext.x / (double)PANGO_SCALE,
		    y + typeset_baseline_in(line, lead), &black);
		y += lead;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	if (b->subtitle != NULL) {
		PangoLayout *s = typeset_fitted(fl, b->subtitle, ROLE_SUBHEADING, 18, AREA_W,
		    ALIGN_CENTER, 1);
		PangoLayoutLine *line = pango_layout_get_line_readonly(s, 0);
		y += GRID;
		typeset_add_text(fl, line, (AREA_W - typeset_width_of(s)) / 2,
		    y + typeset_baseline_in(line, GRID), &black);
	}
	/* Issuer and date centred low on the page, the date on row 19 and
	 * the issuer's lines (two for joint issuers, at most) above it. */
	PangoLayout *foot[2] = {
		b->issuer != NULL ? typeset_fitted(fl, b->issuer, ROLE_BODY, BODY_PT, AREA_W,
		    ALIGN_CENTER, 2) : NULL,
		b->date != NULL ? typeset_fitted(fl, b->date, ROLE_BODY, BODY_PT, AREA_W,
		    ALIGN_CENTER, 1) : NULL,
	};
	int n = 0;
	for (int i = 0; i < 2; i++)
		n += foot[i] != NULL ? pango_layout_get_line_count(foot[i]) : 0;
	double row = (GRID_LINES - 2 - n) * GRID;
	for (int i = 0; i < 2; i++) {
		for (int k = 0; foot[i] != NULL && k < pango_layout_get_line_count(foot[i]); k++) {
			PangoLayoutLine *line = pango_layout_get_line_readonly(foot[i], k);
			PangoRectangle logical;
			pango_layout_line_get_extents(line, NULL, &logical);
			typeset_add_text(fl, line, (AREA_W - logical.width / (double)PANGO_SCALE) / 2,
			    row + typeset_baseline_in(line, GRID), &black);
			row += GRID;
		}
	}
	typeset_new_page(fl);
	fl->ts->first_numbered = fl->ts->pages->len - 1;
}

void
typeset_chapter(struct flow *fl, const struct block *b)
{
	if (fl->y > 0 || fl->page->ops->len > 0)
		typeset_new_page(fl);
	fl->in_chapter = true;
	typeset_bookmark(fl, 1, b->title);
}

/* The text a block is listed under, and its level in the contents (0:
 * not listed). */
static int
listed(const struct block *b, bool in_chapter, int depth, const char **text)
{
	if (b->kind == BLOCK_CHAPTER) {
		*text = b->title;
		return 1;
	}
	if (b->kind != BLOCK_HEADING || b->level != 1 || !b->outline)
		return 0;
	*text = b->text.text;
	if (!in_chapter)
		return 1;
	return depth >= 2 ? 2 : 0;
}

struct toc *
typeset_toc(struct flow *fl, const struct layout_doc *doc, guint at)
{
	const struct block *b = g_ptr_array_index(doc->blocks, at);
	struct toc *toc = g_new0(struct toc, 1);
	double pitch = AREA_W / LINE_CHARS;
	/* Room for the number: four digits and a character's gap. */
	double numbers = typeset_width_of(typeset_one_line(fl, "0000", ROLE_BODY, BODY_PT, 0)) +
	    pitch;
	bool in_chapter = fl->in_chapter;
	double width;

	toc->entries = g_array_new(FALSE, FALSE, sizeof(struct toc_entry));
	typeset_snap(fl);
	if (typeset_rows_left(fl) < 4 && fl->y > 0)
		typeset_new_page(fl);
	typeset_bookmark(fl, 1, b->title);
	struct rich title = {b->title, NULL};
	PangoLayout *tl = typeset_balanced(fl, &title, ROLE_TITLE, 22, &width);
	PangoLayoutLine *line = pango_layout_get_line_readonly(tl, 0);
	typeset_add_text(fl, line, (AREA_W - typeset_width_of(tl)) / 2,
	    fl->y + typeset_baseline_in(line, GRID), &black);
	fl->y += 2 * GRID;

	for (guint i = at + 1; i < doc->blocks->len; i++) {
		const struct block *e = g_ptr_array_index(doc->blocks, i);
		const char *text = NULL;
		if (e->kind == BLOCK_CHAPTER)
			in_chapter = true;
		int level = listed(e, in_chapter, b->depth, &text);
		if (level == 0)
			continue;
		double indent = (level - 1) * 2 * pitch;
		struct rich r = {(char *)text, NULL};
		PangoLayout *l = typeset_layout(fl, &r, level == 1 ? ROLE_HEADING : ROLE_BODY,
		    BODY_PT, AREA_W - indent - numbers, ALIGN_LEFT, 0, 0);
		PangoLayoutIter *it = pango_layout_get_iter(l);
		struct toc_entry te = {i, 0, 0, 0};
		do {
			PangoLayoutLine *ln = pango_layout_iter_get_line_readonly(it);
			PangoRectangle ext;
			if (typeset_rows_left(fl) < 1)
				typeset_new_page(fl);
			pango_layout_iter_get_line_extents(it, NULL, &ext);
			te.page = fl->ts->pages->len - 1;
			te.baseline = fl->y + typeset_baseline_in(ln, GRID);
			te.text_end = indent + (ext.x + ext.width) / (double)PANGO_SCALE;
			typeset_add_text(fl, ln, indent + ext.x / (double)PANGO_SCALE, te.baseline,
			    &black);
			fl->y += GRID;
		} while (pango_layout_iter_next_line(it));
		pango_layout_iter_free(it);
		g_array_append_val(toc->entries, te);
	}
	return toc;
}

void
typeset_toc_finish(struct flow *fl, struct toc *toc)
{
	struct page *current = fl->page;
	struct pen dots = {black, 0.8, 1};

	for (guint k = 0; k < toc->entries->len; k++) {
		const struct toc_entry *te = &g_array_index(toc->entries, struct toc_entry, k);
		const struct bookmark *target = NULL;
		for (guint i = 0; i < fl->ts->bookmarks->len && target == NULL; i++) {
			const struct bookmark *bm = g_ptr_array_index(fl->ts->bookmarks, i);
			if (bm->block == te->block)
				target = bm;
		}
		if (target == NULL || (guint)target->page < fl->ts->first_numbered)
			continue;
		char text[16];
		g_snprintf(text, sizeof text, "%u", (guint)target->page - fl->ts->first_numbered + 1);
		PangoLayout *l = typeset_one_line(fl, text, ROLE_BODY, BODY_PT, 0);
		double x = AREA_W - typeset_width_of(l);
		fl->page = g_ptr_array_index(fl->ts->pages, te->page);
		typeset_add_text(fl, pango_layout_get_line_readonly(l, 0), x, te->baseline, &black);
		/* The leader, dotted, a little above the baseline. */
		if (x - 6 > te->text_end + 6)
			typeset_add_rule(fl, te->text_end + 6, te->baseline - 4, x - 6 - te->text_end - 6,
			    0, &dots);
	}
	fl->page = current;
	g_array_free(toc->entries, TRUE);
	g_free(toc);
}
