/*
 * pdf_write.c: pages of drawing operations into a libharu document.
 *
 * Two passes: the first only declares every character to the font
 * registry (pdf_fonts.c), which then subsets and embeds each face; the
 * second draws.  Typeset coordinates (from the type area's top left, y
 * down) become PDF ones (from the page's bottom left, y up) here.
 * For PDF/A-1b the fonts (pdf_fonts.c) and the document (pdf_pdfa.c)
 * are completed just before saving, and /ID filled in after.
 */
#include "pdf_write.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "canvas_hpdf.h"
#include "config.h"
#include "pdf_fonts.h"
#include "pdf_pdfa.h"
#include "pdf_text.h"

/* Coordinates to a hundredth of a point: invisible, and a page's
 * content is a third shorter than with libharu's five decimals. */
#define R2(v) (round((v) * 100.0) / 100.0)
#define PX(x) R2((x) + AREA_X)
#define PY(y) R2(PAGE_H - AREA_TOP - (y))

struct errors {
	HPDF_STATUS first;
	HPDF_STATUS detail;
};

static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
	struct errors *e = data;

	if (e->first == HPDF_OK) {
		e->first = error;
		e->detail = detail;
	}
}

static void
draw_op(struct pdf_fonts *pf, HPDF_Page page, const struct op *op, struct fonts *f,
    PangoContext *pango)
{
	switch (op->kind) {
	case OP_TEXT:
		pdf_draw_line(pf, page, op->line, PX(op->x), PY(op->y), &op->color, false);
		break;
	case OP_RECT:
		if (page == NULL)
			break;
		HPDF_Page_SetRGBFill(page, (HPDF_REAL)op->color.r, (HPDF_REAL)op->color.g,
		    (HPDF_REAL)op->color.b);
		HPDF_Page_Rectangle(page, (HPDF_REAL)PX(op->x), (HPDF_REAL)PY(op->y + op->h),
		    (HPDF_REAL)op->w, (HPDF_REAL)op->h);
		HPDF_Page_Fill(page);
		break;
	case OP_RULE:
		if (page == NULL)
			break;
		canvas_hpdf_set_pen(page, &op->pen);
		HPDF_Page_MoveTo(page, (HPDF_REAL)PX(op->x), (HPDF_REAL)PY(op->y));
		HPDF_Page_LineTo(page, (HPDF_REAL)PX(op->x + op->w), (HPDF_REAL)PY(op->y + op->h));
		HPDF_Page_Stroke(page);
		break;
	case OP_CHART: {
		struct canvas_hpdf ch;
		struct canvas *c = canvas_hpdf_init(&ch, pf, page, PX(op->x), PY(op->y), pango);
		chart_draw_sized(op->chart, f, pango, c, 0, 0, op->h, NULL);
		break;
	}
	}
}

/* A PDF text string in UTF-16BE with its byte order mark, surrogate
 * pairs included: libharu's UTF-8 encoder is 16-bit and would write a
 * character beyond the BMP (𠮷) as a space. */
static HPDF_Binary
text_string(HPDF_Doc pdf, const char *utf8)
{
	glong n = 0;
	gunichar2 *u = g_utf8_to_utf16(utf8, -1, NULL, &n, NULL);
	HPDF_BYTE *b = g_malloc(2 + 2 * (gsize)n);
	HPDF_Binary bin;

	b[0] = 0xFE;
	b[1] = 0xFF;
	for (glong i = 0; u != NULL && i < n; i++) {
		b[2 + 2 * i] = (HPDF_BYTE)(u[i] >> 8);
		b[3 + 2 * i] = (HPDF_BYTE)u[i];
	}
	bin = HPDF_Binary_New(pdf->mmgr, b, (HPDF_UINT)(2 + 2 * (u != NULL ? n : 0)));
	g_free(b);
	g_free(u);
	return bin;
}

static void
set_info(HPDF_Doc pdf, HPDF_InfoType type, const char *key, const char *value)
{
	if (value == NULL)
		return;
	/* Through libharu first, so that its Info dictionary exists. */
	HPDF_SetInfoAttr(pdf, type, "");
	if (pdf->info != NULL)
		HPDF_Dict_Add(pdf->info, key, text_string(pdf, value));
}

/* Page labels as the pages are numbered: the first numbered page is 1;
 * a cover before it is labelled 封面. */
static void
page_labels(HPDF_Doc pdf, const struct typeset *ts)
{
	if (ts->first_numbered > 0) {
		HPDF_Dict cover = HPDF_Dict_New(pdf->mmgr);
		HPDF_Dict_AddName(cover, "Type", "PageLabel");
		HPDF_Dict_Add(cover, "P", text_string(pdf, "封面"));
		HPDF_Catalog_AddPageLabel(pdf->catalog, 0, cover);
	}
	HPDF_AddPageLabel(pdf, ts->first_numbered, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, NULL);
}

/* Bookmarks: level 1 under the root, each deeper level under the last
 * bookmark of the level above (or the root if there is none). */
static void
outline(HPDF_Doc pdf, const struct typeset *ts, GPtrArray *pages, bool pdfa)
{
	HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");
	HPDF_Outline parent[4] = {NULL};   /* the last of each level */

	for (guint i = 0; i < ts->bookmarks->len; i++) {
		const struct bookmark *bm = g_ptr_array_index(ts->bookmarks, i);
		int level = CLAMP(bm->level, 1, 3);
		HPDF_Outline up = NULL;
		for (int k = level - 1; k >= 1 && up == NULL; k--)
			up = parent[k];
		HPDF_Outline o = HPDF_CreateOutline(pdf, up, bm->title, utf8);

		if (o == NULL)
			continue;
		HPDF_Dict_Add(o, "Title", text_string(pdf, bm->title));
		HPDF_Page page = g_ptr_array_index(pages, (guint)bm->page);
		if (pdfa) {
			/* libharu's destinations are indirect objects, which
			 * PDFBox's PDF/A validator cannot read as one: the same
			 * array, written in place. */
			HPDF_Array d = HPDF_Array_New(pdf->mmgr);
			HPDF_Array_Add(d, page);
			HPDF_Array_AddName(d, "FitH");
			HPDF_Array_AddReal(d, (HPDF_REAL)PY(bm->y) + 10);
			HPDF_Dict_Add(o, "Dest", d);
		} else {
			HPDF_Destination dst = HPDF_Page_CreateDestination(page);
			/* Fit the width, the heading at the top of the window
			 * (libharu refuses XYZ with the viewer's own zoom). */
			HPDF_Destination_SetFitH(dst, (HPDF_REAL)PY(bm->y) + 10);
			HPDF_Outline_SetDestination(o, dst);
		}
		/* Level 1 open: a bulletin shows its categories under its
		 * sections, a review the sections of each issue. */
		if (level == 1)
			HPDF_Outline_SetOpened(o, HPDF_TRUE);
		parent[level] = o;
		for (int k = level + 1; k <= 3; k++)
			parent[k] = NULL;
	}
}

GBytes *
pdf_write(const struct typeset *ts, const struct layout_doc *doc, struct fonts *f,
    PangoContext *pango, const struct pdf_options *opt, GError **err)
{
	struct errors e = {HPDF_OK, 0};
	HPDF_Doc pdf = HPDF_New(on_error, &e);
	struct pdf_fonts *pf = NULL;
	GPtrArray *pages = g_ptr_array_new();
	GBytes *out = NULL;
	bool pdfa = opt != NULL && opt->pdfa;

	if (pdf == NULL) {
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_NOMEM, "libharu cannot start");
		goto done;
	}
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	set_info(pdf, HPDF_INFO_TITLE, "Title", doc->title);
	set_info(pdf, HPDF_INFO_AUTHOR, "Author", doc->author);
	set_info(pdf, HPDF_INFO_SUBJECT, "Subject", doc->subject);
	set_info(pdf, HPDF_INFO_KEYWORDS, "Keywords", doc->keywords);
	set_info(pdf, HPDF_INFO_CREATOR, "Creator", "dubao " DUBAO_VERSION);
	if (opt != NULL && opt->stamp) {
		time_t now = time(NULL);
		struct tm tm;
		HPDF_Date d;
		gmtime_r(&now, &tm);
		memset(&d, 0, sizeof d);
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
		d.hour = tm.tm_hour;
		d.minutes = tm.tm_min;
		d.seconds = tm.tm_sec;
		/* libharu writes 'Z' as "Z00'00'", which PDFBox's PDF/A
		 * validator takes for a date without a time zone, unlike the
		 * XMP's; "+00'00'" says the same to every reader. */
		d.ind = pdfa ? '+' : 'Z';
		HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d);
	}

	/* Pass 1: what each face must hold. */
	pf = pdf_fonts_new(pdf);
	for (guint p = 0; p < ts->pages->len; p++) {
		const struct page *pg = g_ptr_array_index(ts->pages, p);
		for (guint i = 0; i < pg->ops->len; i++)
			draw_op(pf, NULL, &g_array_index(pg->ops, struct op, i), f, pango);
	}
	if (!pdf_fonts_load(pf, err))
		goto done;

	/* Pass 2: the pages. */
	for (guint p = 0; p < ts->pages->len && e.first == HPDF_OK; p++) {
		const struct page *pg = g_ptr_array_index(ts->pages, p);
		HPDF_Page page = HPDF_AddPage(pdf);
		HPDF_Page_SetWidth(page, (HPDF_REAL)PAGE_W);
		HPDF_Page_SetHeight(page, (HPDF_REAL)PAGE_H);
		g_ptr_array_add(pages, page);
		for (guint i = 0; i < pg->ops->len; i++)
			draw_op(pf, page, &g_array_index(pg->ops, struct op, i), f, pango);
	}
	outline(pdf, ts, pages, pdfa);
	page_labels(pdf, ts);
	HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
	if (pdfa && e.first == HPDF_OK &&
	    !(pdf_fonts_complete_pdfa(pf, err) && pdfa_prepare(pdf, err)))
		goto done;

	if (e.first == HPDF_OK && HPDF_SaveToStream(pdf) == HPDF_OK) {
		HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
		guint8 *buf = g_malloc(size > 0 ? size : 1);
		HPDF_UINT32 got = size;
		HPDF_ResetStream(pdf);
		HPDF_STATUS st = HPDF_ReadFromStream(pdf, buf, &got);
		if ((st == HPDF_OK || st == HPDF_STREAM_EOF) && got == size &&
		    (!pdfa || pdfa_set_id(buf, size)))
			out = g_bytes_new_take(buf, size);
		else
			g_free(buf);
	}
	if (out == NULL)
		g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED,
		    "libharu could not write the PDF (error 0x%04lX, detail %lu)",
		    (unsigned long)e.first, (unsigned long)e.detail);
done:
	if (pdf != NULL)
		HPDF_Free(pdf);
	pdf_fonts_free(pf);
	g_ptr_array_free(pages, TRUE);
	return out;
}
