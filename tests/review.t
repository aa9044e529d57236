#!/bin/sh
# tests/review.t: templates/review.xsl, the year's review that `dubao
# archive` puts in front of the year's bulletins (review.pdf), read as a
# reader reads it, through poppler (pdftotext, pdfinfo) and qpdf, against
# the year's model (`dubao archive --model`):
#   - the cover: the plan's name, 督办通报汇编, 年度总结, the issuer and the
#     date (the last issue's as-of date, or --issuer and --param date);
#     no page number on it, and every later PDF page N printed "— N-1 —";
#   - the contents: the summary's sections and a chapter per issue, in
#     order, one line each, and the page each names really holds that
#     section's heading or that issue's masthead (第N期, its as-of date);
#   - 一、总体情况: the projects by light, the completion at the last issue
#     and at the first (截至 dates of every issue);
#   - 二、the table of categories: each row's projects, completion at the
#     first and at the last issue, expected progress, light (word and
#     mark) and change as the two reports say;
#   - 三、the trend charts: their title, panels and dates in the text;
#   - 四、every item of the last issue that is not done, under its light,
#     with its lead unit, completion and what was reported; none done;
#   - 五、the table of issues against each report's summary.
# The same on a synthetic plan of 40 projects and 12 monthly issues, and
# the layout alone for one issue and for issues without numbers.  The
# model side is $TMP/reviewcheck.py (written below), which uses
# tests/bulletincheck.py's readers of the PDF.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025

cat >"$TMP/reviewcheck.py" <<'EOF'
"""reviewcheck.py YEARBOOK LAYOUT PDF --name NAME [--issuer TEXT] [--date WORDS]:
the front matter of review.pdf against the year's model.  Prints TAP lines
(no plan)."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from decimal import Decimal

sys.path.insert(0, "tests")
import bulletincheck as bc  # noqa: E402

ap = argparse.ArgumentParser()
for arg in ("yearbook", "layout", "pdf"):
    ap.add_argument(arg)
ap.add_argument("--name", default="")
ap.add_argument("--issuer", default="")
ap.add_argument("--date", default="")
a = ap.parse_args()
bc.NAME = a.name
ok, sq, pct = bc.ok, bc.squeeze, bc.pct

reports = ET.parse(a.yearbook).getroot().findall("report")
first, last = reports[0], reports[-1]
several = len(reports) > 1
plan = last.find("plan")


def date_long(iso):
    y, m, d = iso.split("-")
    return "%s年%d月%d日" % (y, int(m), int(d))


def date_short(iso):
    _, m, d = iso.split("-")
    return "%d月%d日" % (int(m), int(d))


def label(r):
    """第6期, or the short date of an issue without a number."""
    i = r.find("issue")
    return "第%s期" % i.get("number") if i.get("number") else date_short(i.get("as-of"))


def points(v):
    return int((Decimal(v) * 10000).to_integral_value())


def change(now, then):
    """The change in points as the table prints it: +7.38, -15.83, 0.00."""
    d = points(now) - points(then)
    return ("+" if d > 0 else "") + "%.2f" % (d / 100)


def leaves(r):
    return [x for x in r.iter() if x.tag == "task" or (x.tag == "project" and x.find("task") is None)]


parent = {ch: p for r in reports for p in r.iter() for ch in p}


def item_name(x):
    return (parent[x].get("name") + "——" if x.tag == "task" else "") + x.get("name")


plan_name = plan.get("title") if plan.get("year") in plan.get("title") else \
    plan.get("year") + "年" + plan.get("title")

# ---- the PDF's pages, as poppler reads them: words and their boxes -------------
# Only the pages looked at are read (poppler takes some 50 ms a page).
tmp = tempfile.mkdtemp()
info = subprocess.run(["pdfinfo", a.pdf], capture_output=True, text=True, check=True).stdout
npages = int(re.search(r"^Pages:\s*(\d+)", info, re.M).group(1))
cache = {}


def read_page(n):
    """PDF page n (1-based): (its lines in the type area, top down, words
    side by side; the lines under it, the page number)."""
    if n not in cache:
        out = os.path.join(tmp, "p%d.bbox" % n)
        subprocess.run(["pdftotext", "-bbox", "-f", str(n), "-l", str(n), a.pdf, out], check=True)
        w, h, words_ = bc.read_bbox(out)[0]
        area, foot = bc.split_pagenum(words_)
        cache[n] = ([" ".join(x.text for x in l) for l in bc.lines_of(area)],
                    [" ".join(x.text for x in l) for l in bc.lines_of(foot)])
    return cache[n]


def page_lines(n):
    """The lines of PDF page n (1-based), without the page number."""
    return read_page(n)[0]


def page_flat(n):
    return sq("".join(page_lines(n)))


# ---- the cover and the page numbers -------------------------------------------
cover = page_flat(1)
issuer = a.issuer or plan.get("issuer")
date = a.date or date_long(last.find("issue").get("as-of"))
want = [plan_name, "督办通报汇编", "年度总结", issuer, date]
ok(all(sq(w) in cover for w in want), "cover: %s" % " / ".join(want), cover)
ok(cover.startswith(sq(plan_name + "督办通报汇编")), "cover: the title first", cover[:40])

# ---- the contents -----------------------------------------------------------------
layout = list(ET.parse(a.layout).getroot())
kinds = [b.tag for b in layout]
ok(kinds[:3] == ["cover", "toc", "pagebreak"], "layout: cover, toc, pagebreak first",
   " ".join(kinds[:4]))
first_chapter = kinds.index("chapter") if "chapter" in kinds else len(kinds)
sections = [bc.text_of(b) for b in layout[:first_chapter]
            if b.tag == "heading" and b.get("level") == "1" and b.get("outline") != "no"]
chapters = [b for b in layout if b.tag == "chapter"]
ok([c.get("issue") for c in chapters] == [r.find("issue").get("as-of") for r in reports],
   "layout: a chapter per issue, oldest first (%d)" % len(reports))
SECTIONS = ["一、总体情况", "二、各类别完成情况", "三、全年推进走势", "四、未完成事项",
            "五、各期通报情况"]
ok(sections == SECTIONS, "layout: the summary's sections " + "、".join(s[:1] for s in SECTIONS),
   " ".join(sections))

toc_lines = [l for l in page_lines(2)]
ok(toc_lines and sq(toc_lines[0]) == "目录", "contents: 目　录 at the top of PDF page 2",
   toc_lines[:1])
entries = []
n = 2
lines = toc_lines[1:]
while True:
    for l in lines:
        m = re.match(r"^(.*\S)\s+(\d+)$", l.strip())
        entries.append((sq(m.group(1)), int(m.group(2))) if m else (sq(l), None))
    # The contents go on while the next page is lines ending with numbers.
    nxt = page_lines(n + 1) if n + 1 <= npages else []
    if nxt and all(re.search(r"\d\s*$", l) for l in nxt) and len(entries) < \
            len(sections) + len(chapters):
        n, lines = n + 1, nxt
    else:
        break
want = [sq(s) for s in sections] + [sq(c.get("title")) for c in chapters]
ok([e[0] for e in entries] == want,
   "contents: the %d sections, then the %d chapters, one line each" % (len(sections), len(chapters)),
   "\n".join("%s | %s" % (e[0], w) for e, w in zip(entries + [("", 0)] * 40, want)))
bad = []
for r, c in zip(reports, chapters):
    i = r.find("issue")
    t = sq(c.get("title"))
    if date_long(i.get("as-of")) not in t or (i.get("number") and "第%s期" % i.get("number") not in t):
        bad.append(t)
ok(not bad, "contents: each chapter names its issue (第N期, as-of date)", bad)

# The front matter: up to the first chapter's page (printed N is PDF page
# N+1, the cover having no number).
front_end = min(npages, 40)
if len(entries) > len(sections) and entries[len(sections)][1]:
    front_end = min(npages, entries[len(sections)][1])

# Each line's page: PDF page N+1 holds the heading / the masthead.
bad = []
for (text, page), sec in zip(entries, sections):
    if page is None or page + 1 > npages:
        bad.append("%s: page %s" % (text, page))
        continue
    holders = [k for k in range(2, front_end + 1) if any(sq(l) == sq(sec) for l in page_lines(k))]
    if holders != [page + 1]:
        bad.append("%s: contents say %d, the heading is on PDF pages %s" % (sec, page, holders))
ok(not bad, "contents: each section's page holds its heading", "\n".join(bad))
bad = []
for (text, page), r in zip(entries[len(sections):], reports):
    i = r.find("issue")
    if page is None or page + 1 > npages:
        bad.append("%s: page %s" % (text, page))
        continue
    lines_ = [sq(l) for l in page_lines(page + 1)]
    flat = "".join(lines_)
    want = ["重点民生实事督办通报", "截至" + date_long(i.get("as-of"))]
    if i.get("number"):
        want.append("第%s期" % i.get("number"))
    if not lines_ or lines_[0] != "重点民生实事督办通报" or not all(w in flat for w in want):
        bad.append("%s: PDF page %d begins %s" % (text, page + 1, lines_[:2]))
    before = [sq(l) for l in page_lines(page)]
    if before and before[0] == "重点民生实事督办通报" and page > 2:
        bad.append("%s: PDF page %d has a masthead too" % (text, page))
ok(not bad, "contents: each chapter's page begins with its issue's masthead "
   "(重点民生实事督办通报, 第N期, 截至…)", "\n".join(bad))

# ---- the summary's text ------------------------------------------------------------
flat = "".join(page_flat(k) for k in range(3, front_end + 1))


def section(start, ends):
    i = flat.find(sq(start))
    if i < 0:
        return ""
    j = min([k for k in (flat.find(sq(e), i + 1) for e in ends) if k >= 0] or [len(flat)])
    return flat[i:j]


s = last.find("summary")
pc = s.find("counts[@of='projects']")
one = section("一、总体情况", ["二、各类别完成情况"])
words = {"done": "已完成%s个", "green": "正常推进%s个（绿灯）", "yellow": "进度滞后%s个（黄灯）",
         "red": "严重滞后%s个（红灯）"}
want = ["共%s个" % pc.get("total")] + [w % pc.get(k) for k, w in words.items() if pc.get(k) != "0"]
if s.get("completion"):
    want.append("总体完成率" + pct(s.get("completion")))
if s.get("expected"):
    want.append("序时进度" + pct(s.get("expected")))
want.append("本年度共编发督办通报%d期" % len(reports))
want += [date_long(reports[0].find("issue").get("as-of"))] + \
    [date_short(r.find("issue").get("as-of")) for r in reports[1:]]
missing = [w for w in want if sq(w) not in one]
ok(one and not missing, "一、总体情况: the projects by light, completion, the issues and their "
   "dates as the last report says", "missing: " + "; ".join(missing))
if several and first.find("summary").get("completion") and s.get("completion"):
    w = "与%s" % label(first)
    ok(w in one and "总体完成率由" + pct(first.find("summary").get("completion")) in one
       and pct(s.get("completion")) in one,
       "一、总体情况: the change since the first issue (%s, %s → %s)"
       % (label(first), pct(first.find("summary").get("completion")), pct(s.get("completion"))))

# ---- the tables, as printed: rows between the rules ------------------------------------
front = os.path.join(tmp, "front.pdf")
subprocess.run(["qpdf", a.pdf, "--pages", a.pdf, "1-%d" % front_end, "--", front], check=True)
subprocess.run(["pdftotext", "-bbox", front, os.path.join(tmp, "front.bbox")], check=True)
js = subprocess.run(["qpdf", "--json", "--json-stream-data=inline", "--decode-level=generalized",
                     "--json-key=pages", "--json-key=qpdf", front],
                    capture_output=True, check=True).stdout
with open(os.path.join(tmp, "front.json"), "wb") as f:
    f.write(js)
pages = bc.read_bbox(os.path.join(tmp, "front.bbox"))
contents = bc.page_contents(os.path.join(tmp, "front.json"))
printed = bc.printed_rows(pages, contents)

# 二、the categories: first and last report.
fl, ll = label(first), label(last)
head = ["类别", "项目数"] + (["%s完成率" % fl, "%s完成率" % ll] if several else ["完成率"]) + \
    ["序时进度", "亮灯"] + (["较" + fl] if several else [])
rows = [p for p in printed if len(p[0]) == len(head)]
heads = [p for p in rows if p[0] == head]
body = [p for p in rows if p[0] != head]
cats = last.findall("category")
ok(heads and len(body) == len(cats) + 1,
   "二、table: the header %s, a row per category (%d) and 合计" % ("/".join(head), len(cats)),
   "%d headers, %d rows: %s" % (len(heads), len(body), [p[0][:2] for p in body][:4]))


def dash(v):
    return pct(v) if v else "—"


bad = []
then_of = {c.get("id"): c for c in first.findall("category")}
for c, (cells, marks) in zip(cats + [s], body):
    then = then_of.get(c.get("id")) if c.tag == "category" else first.find("summary")
    lab = ((c.get("seq") + "、" if c.get("seq") else "") + c.get("name")) if c.tag == "category" else "合计"
    want = [sq(lab), c.find("counts[@of='projects']").get("total")]
    if several:
        want.append(dash(then.get("completion") if then is not None else None))
    want += [dash(c.get("completion")), dash(c.get("expected")), bc.LIGHT_WORDS[c.get("light")]]
    if several:
        want.append(change(c.get("completion"), then.get("completion"))
                    if then is not None and then.get("completion") and c.get("completion") else "—")
    if cells != want:
        bad.append("printed %s, the model %s" % (cells, want))
    elif bc.LIGHT_COLORS[c.get("light")] not in marks[head.index("亮灯")]:
        bad.append("%s: no %s mark" % (lab, c.get("light")))
ok(body and not bad, "二、table: each category's projects, %scompletion, expected progress, "
   "light (word and mark)%s as the %s say" % ("first and last " if several else "",
                                               ", change" if several else "",
                                               "first and last reports" if several else "report"),
   "\n".join(bad[:6]))

# 五、the issues.
head5 = ["期次", "截至日期", "总体完成率", "序时进度", "已完成", "绿灯", "黄灯", "红灯", "未报送事项"]
rows5 = [p[0] for p in printed if len(p[0]) == len(head5) and p[0] != head5]
bad = []
for r, cells in zip(reports, rows5):
    i, rs = r.find("issue"), r.find("summary")
    c = rs.find("counts[@of='projects']")
    want = ["第%s期" % i.get("number") if i.get("number") else "—", date_short(i.get("as-of")),
            dash(rs.get("completion")), dash(rs.get("expected"))] + \
        [c.get(k) for k in ("done", "green", "yellow", "red")] + \
        [str(sum(1 for x in leaves(r) if x.get("reported") == "no"))]
    if cells != want:
        bad.append("printed %s, the model %s" % (cells, want))
ok(len(rows5) == len(reports) and not bad,
   "五、table: a row per issue (%d), its completion, expected progress, projects by light, items "
   "not reported" % len(reports), "\n".join(bad[:4]) or "%d rows" % len(rows5))

# ---- 三、the trend -------------------------------------------------------------------
trend = section("三、全年推进走势", ["四、未完成事项"])
hist = last.find("history").findall("point")
if len(hist) >= 2:
    want = ["全部项目及各类别完成率走势", "全部项目", date_short(hist[0].get("as-of")),
            date_short(hist[-1].get("as-of")), "共%d期" % len(hist)] + \
        [c.get("name") for c in cats]
    last_pts = [pct(p.get("completion")) for p in
                [q for q in hist[-1].findall("category")] if p.get("completion")]
    missing = [w for w in want + last_pts if sq(w) not in trend]
    ok(trend and not missing, "三、the trend charts: title, 全部项目, every category's panel, "
       "the dates, the last values", "missing: " + "; ".join(missing))
    first_pt, last_pt = hist[0].get("completion"), hist[-1].get("completion")
    if first_pt and last_pt:
        ok("由%s的%s" % (label(first), pct(first_pt)) in trend and pct(last_pt) in trend,
           "三、the whole plan from %s to %s" % (pct(first_pt), pct(last_pt)))
else:
    ok("仅编发督办通报1期" in trend, "三、one issue: no trend, and says so")

# ---- 四、the items not done ------------------------------------------------------------
four = section("四、未完成事项", ["五、各期通报情况"])
open_ = [x for x in leaves(last) if x.get("light") != "done"]
done = [x for x in leaves(last) if x.get("light") == "done"]
ok(("尚未完成的事项共%d项" % len(open_)) in four if open_ else "均已完成" in four,
   "四、%d items not done, as the last report has" % len(open_))
groups = {"red": "严重滞后事项（红灯，", "yellow": "进度滞后事项（黄灯，",
          "green": "正常推进、尚未完成事项（绿灯，", "grey": "未报送或无完成率数据事项（无数据，"}
starts = {k: four.find(g) for k, g in groups.items()}
bad = []
for k, g in groups.items():
    n_ = sum(1 for x in open_ if x.get("light") == k)
    if n_ and g + "%d项）" % n_ not in four:
        bad.append("no %s%d项）" % (g, n_))
    if not n_ and starts[k] >= 0:
        bad.append("%s although the model has none" % g)
ok(not bad, "四、a group per light with its count", "\n".join(bad))
order = sorted((v, k) for k, v in starts.items() if v >= 0)
span = {k: (v, ([w for w, _ in order if w > v] + [len(four)])[0]) for v, k in order}
found, bad = [], []
for x in open_:
    lead = x.get("lead") or "未明确牵头单位"
    m = re.search(r"\d+\." + re.escape(sq(item_name(x)) + "（" + lead), four)
    g = span.get(x.get("light"))
    if not m or not g or not g[0] <= m.start() < g[1]:
        bad.append("%s（%s）: %s" % (item_name(x), lead, "not listed" if not m else "not under its light"))
    else:
        found.append((m.start(), x))
ok(open_ and not bad, "四、every item not done listed with its lead unit, under its light (%d)"
   % len(open_), "\n".join(bad[:6]))
listed_done = [item_name(x) for x in done
               if re.search(r"\d+\." + re.escape(sq(item_name(x)) + "（"), four)]
ok(not listed_done, "四、no item that is done is listed (%d done)" % len(done), listed_done[:4])
found.sort(key=lambda t: t[0])
bad = []
for k, (at, x) in enumerate(found):
    para = four[at:found[k + 1][0] if k + 1 < len(found) else len(four)]
    want = []
    if x.get("reported") == "no":
        want.append("未报送推进情况")
    elif x.get("completion"):
        want.append("完成率" + pct(x.get("completion")))
        then = [y for y in leaves(first) if y.get("id") == x.get("id") and y.get("completion")]
        if several and then:
            d = points(x.get("completion")) - points(then[0].get("completion"))
            want.append("较%s" % label(first) + ("提高%.2f个百分点" % (d / 100) if d > 0 else
                                                  "下降%.2f个百分点" % (-d / 100) if d < 0 else "持平"))
    else:
        want.append("无法测算完成率")
    for tag, word in (("narrative", "进展情况"), ("problem", "存在问题"), ("next", "下一步")):
        t = x.find(tag)
        if t is not None and t.text:
            text = sq(t.text)
            text = text[len(word):].lstrip("：:，") if text.startswith(word) else text
            want.append(text[2:22])
    missing = [w for w in want if w not in para]
    if missing:
        bad.append("%s: %s" % (item_name(x), "; ".join(missing)))
ok(found and not bad, "四、each item's completion (and change since %s), or why there is none, "
   "and what its units reported (narrative, problem, next)" % label(first), "\n".join(bad[:6]))

# ---- the page numbers of every page read ---------------------------------------------
bad = ["PDF page %d: %s" % (n, cache[n][1]) for n in sorted(cache)
       if cache[n][1] != ([] if n == 1 else ["— %d —" % (n - 1)])]
ok(len(cache) > 2 and not bad, "page numbers: none on the cover, PDF page N printed — N-1 — "
   "(the %d pages read of %d)" % (len(cache), npages), "\n".join(bad[:5]))
EOF

# review NAME DIR [ARCHIVE-OPTIONS...]: the archive of DIR in $TMP/NAME,
# its model and layout, and reviewcheck's assertions on its review.pdf.
review() {
	name=$1
	dir=$2
	shift 2
	"$DUBAO" archive "$@" "$dir" -o "$TMP/$name" >"$TMP/$name.out" 2>"$TMP/$name.err"
	ok $? "$name: dubao archive succeeds"
	is "$(cat "$TMP/$name.err")" "" "$name: dubao prints no warning"
	"$DUBAO" archive --model "$dir" >"$TMP/$name.model" 2>/dev/null
	"$DUBAO" archive --layout "$@" "$dir" >"$TMP/$name.layout" 2>/dev/null
	ok $? "$name: dubao archive --layout succeeds"
	out=$(qpdf --check "$TMP/$name/review.pdf" 2>&1)
	ok $? "$name: qpdf --check passes on review.pdf"
	# (poppler takes some 50 ms a page: the front matter and a little more)
	pdftotext -l 12 "$TMP/$name/review.pdf" /dev/null 2>"$TMP/$name.poppler.err"
	is "$(cat "$TMP/$name.poppler.err")" "" \
	    "$name: pdftotext reads review.pdf's first pages without a warning"
	want=$(xmllint --xpath 'string(/document/@title)' "$TMP/$name.layout")
	is "$(pdfinfo "$TMP/$name/review.pdf" | sed -n 's/^Title: *//p')" "$want" \
	    "$name: the PDF's title is the review's ($want)"
}

# ---- the sample: 2 issues -------------------------------------------------------

review sample "$S"
tap_run python3 "$TMP/reviewcheck.py" "$TMP/sample.model" "$TMP/sample.layout" \
    "$TMP/sample/review.pdf" --name sample

# The issuer and the date given.
review given "$S" --issuer 大连市人民政府督查室 --param date=2026-01-15
tap_run python3 "$TMP/reviewcheck.py" "$TMP/given.model" "$TMP/given.layout" \
    "$TMP/given/review.pdf" --name given --issuer 大连市人民政府督查室 --date 2026年1月15日

# ---- a synthetic year: 40 projects, 12 monthly issues ------------------------------

python3 tools/synth.py "$TMP/syn" --projects 40 --months 12 >/dev/null
review year "$TMP/syn"
tap_run python3 "$TMP/reviewcheck.py" "$TMP/year.model" "$TMP/year.layout" \
    "$TMP/year/review.pdf" --name year

# ---- the layout alone: one issue; issues without numbers or titles -----------------

mkdir "$TMP/one"
cp "$S/plan.xml" "$S/progress-2025-06.xml" "$TMP/one/"
"$DUBAO" archive --layout "$TMP/one" >"$TMP/one.layout" 2>"$TMP/one.err"
ok $? "one issue: dubao archive --layout succeeds"
is "$(cat "$TMP/one.err")" "" "one issue: no warning"
is "$(xmllint --xpath 'count(/document/chapter)' "$TMP/one.layout")" 1 "one issue: one chapter"
is "$(xmllint --xpath 'count(/document/chart[starts-with(@id, "review")])' "$TMP/one.layout")" 0 \
    "one issue: no trend chart"
like "$(xmllint --xpath 'string(/document)' "$TMP/one.layout")" '仅编发督办通报1期' \
    "one issue: the trend section says there is only one issue"
is "$(xmllint --xpath 'string(/document/table[1]/@widths)' "$TMP/one.layout" | tr ',' '\n' | wc -l)" 5 \
    "one issue: the table of categories has no first-issue columns"

mkdir "$TMP/nonum"
cp "$S/plan.xml" "$TMP/nonum/"
for f in "$S"/progress-*.xml; do
	sed 's/ issue="[0-9]*"//; s/ title="[^"]*"//' "$f" >"$TMP/nonum/$(basename "$f")"
done
"$DUBAO" archive --layout "$TMP/nonum" >"$TMP/nonum.layout" 2>/dev/null
ok $? "no numbers: dubao archive --layout succeeds"
is "$(xmllint --xpath 'string(/document/chapter[1]/@title)' "$TMP/nonum.layout")" \
    "截至2025年5月31日推进情况" "no numbers nor titles: the chapter is named by its date"
unlike "$(xmllint --xpath 'string(/document)' "$TMP/nonum.layout" | head -c 4000)" '第期|NaN' \
    "no numbers: no empty 第期, no NaN"

done_testing
