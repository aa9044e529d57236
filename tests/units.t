#!/bin/sh
# tests/units.t: templates/unit.xsl, the lead unit's supervision sheet
# (责任单位督办单), one PDF per lead unit:
#   dubao bulletin -t templates/unit.xsl --param unit=NAME PLAN PROGRESS...
# Sheets of the sample for a unit with red and yellow items (市住建局),
# one whose items are all done (市医保局), one with items not reported
# and without data (市教育局), and one whose name has a character beyond
# the BMP (the sample with 市体育局 renamed 市𠮷林局).  Each is checked as a
# reader sees it, through poppler and qpdf: it is made without a warning,
# qpdf --check passes, its page count is sane, every paragraph of the
# layout is extracted, and the words agree with the model: the counts of
# the unit's items, its completion against the expected progress and the
# previous issue, a table row per item (name, target, done, completion,
# expected progress, light word and mark, change), exactly the red and
# yellow items listed as behind (red first) with their narratives, the
# items not reported.  A unit that is not in the model stops the template
# with a message and exit status 1.  The model side of the checks is in
# $TMP/unitcheck.py (written below), which uses tests/bulletincheck.py's
# readers of the PDF.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025
SAMPLE="$S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml"
T=templates/unit.xsl

cat >"$TMP/unitcheck.py" <<'EOF'
"""unitcheck.py MODEL UNIT TEXT BBOX QPDF_JSON --name NAME [--invisible CHARS]
[--deadline WORDS]: a unit's supervision sheet against the report model.
Prints TAP lines (no plan)."""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

sys.path.insert(0, "tests")
import bulletincheck as bc  # noqa: E402

ap = argparse.ArgumentParser()
for arg in ("model", "unit", "text", "bbox", "qpdf_json"):
    ap.add_argument(arg)
ap.add_argument("--name", default="")
ap.add_argument("--invisible", default="")
ap.add_argument("--deadline", default="")
a = ap.parse_args()
bc.NAME, bc.INVISIBLE = a.name, a.invisible
ok, vis, pct = bc.ok, bc.visible, bc.pct

model = ET.parse(a.model).getroot()
units = [u for u in model.find("units") if u.get("name") == a.unit]
if not ok(len(units) == 1, "the model has the unit %s" % a.unit):
    sys.exit(0)
u = units[0]
c = u.find("counts")
n = {k: int(c.get(k)) for k in ("total", "done", "green", "yellow", "red", "grey",
                                "not-reported")}
parent = {ch: p for p in model.iter() for ch in p}
leaves = {x.get("id"): x for x in model.iter()
          if x.tag == "task" or (x.tag == "project" and x.find("task") is None)}
items = [leaves[i.get("ref")] for i in u.findall("item")]
ok(len(items) == n["total"], "the unit leads %d items" % n["total"])


def name(x):
    """An item in running text: a task with its project's name."""
    return (parent[x].get("name") + "——" if x.tag == "task" else "") + x.get("name")


def label(x):
    """An item in the table: the plan's number of its project, then its name."""
    p = parent[x] if x.tag == "task" else x
    return (p.get("seq") + "." if p.get("seq") else "") + name(x)


def points(v):
    """A signed change of the model in hundredths of a point."""
    return int((Decimal(v) * 10000).to_integral_value())


raw = open(a.text, encoding="utf-8").read()
flat = bc.squeeze("".join(l for l in raw.replace("\f", "\n").split("\n")
                          if not bc.PAGENUM.match(l)))


def section(start, ends):
    """The text from START to the first of ENDS after it ('' if absent)."""
    i = flat.find(start)
    if i < 0:
        return ""
    j = min([k for k in (flat.find(e, i + len(start)) for e in ends) if k >= 0]
            or [len(flat)])
    return flat[i:j]


# ---- heading, addressee, summary ------------------------------------------
issue = model.find("issue")
ok(vis(a.unit) + "：" in flat, "addressed to the unit (%s：)" % a.unit)
ok("重点民生实事督办单" in flat and "第%s期" % issue.get("number") in flat,
   "masthead: 重点民生实事督办单, 第%s期" % issue.get("number"))
ok(vis("关于" + a.unit + "牵头") in flat and "的督办单" in flat,
   "the title names the unit")

summ = section("一、总体情况", ["二、"])
ok("事项共%d项" % n["total"] in summ, "summary: %d items" % n["total"], summ[:60])
words = {"done": "已完成%d项", "green": "正常推进%d项（绿灯）",
         "yellow": "进度滞后%d项（黄灯）", "red": "严重滞后%d项（红灯）",
         "not-reported": "未报送%d项"}
bad = []
if n["done"] == n["total"]:
    if "已全部完成年度任务" not in summ:
        bad.append("all done, but not 已全部完成年度任务")
else:
    for k, w in words.items():
        want = w % n[k] if n[k] else w.split("%d")[0]
        if n[k] and want not in summ:
            bad.append("missing %s" % want)
        if not n[k] and want in summ:
            bad.append("%s although the model has none" % want)
ok(not bad, "summary: the items by light as the model counts them (%s)"
   % ", ".join("%s %d" % kv for kv in n.items()), "\n".join(bad))

if u.get("completion"):
    bad = []
    if pct(u.get("completion")) not in summ:
        bad.append("completion %s" % pct(u.get("completion")))
    if u.get("expected") and u.get("light") != "done":
        d = points(u.get("completion")) - points(u.get("expected"))
        gap = ("高于序时进度%.2f个百分点" % (d / 100) if d > 0 else
               "低于序时进度%.2f个百分点" % (-d / 100) if d < 0 else "与序时进度持平")
        for want in ("序时进度" + pct(u.get("expected")), gap):
            if want not in summ:
                bad.append(want)
    if u.get("delta"):
        d = points(u.get("delta"))
        want = ("提高%.2f个百分点" % (d / 100) if d > 0 else
                "下降%.2f个百分点" % (-d / 100) if d < 0 else "持平")
        if "较上期（第%s期，" % issue.get("previous-number") not in summ or want not in summ:
            bad.append("较上期 … " + want)
    ok(not bad, "summary: completion %s, expected %s, change as the model says"
       % (pct(u.get("completion")), u.get("expected") and pct(u.get("expected"))),
       "missing: " + "; ".join(bad))
else:
    ok("无法测算" in summ, "summary: no completion, and says so")

# ---- the table, as printed: rows between the rules ---------------------------
pages = bc.read_bbox(a.bbox)
contents = bc.page_contents(a.qpdf_json)
printed = bc.printed_rows(pages, contents)
previous = issue.get("previous-as-of") is not None
head = ["事项", "目标", "累计完成", "完成率", "序时进度", "亮灯"] + (["较上期"] if previous else [])
heads = [p for p in printed if p[0] == head]
rows = [p for p in printed if p[0] != head]
ok(heads and len(rows) == len(items),
   "table: the header %s and a row for each of the %d items" % ("/".join(head), len(items)),
   "%d headers, %d rows" % (len(heads), len(rows)))
bad = []
for x, (cells, marks) in zip(items, rows):
    lab = label(x)
    if len(cells) != len(head) or cells[0] != vis(lab):
        bad.append("row %s, want %s" % (cells[:1], lab))
        continue
    t = x.find("target")
    want = [vis(lab), t.get("quantity") + t.get("unit") if t is not None else "—"]
    dn, pc = x.find("done"), x.find("percent")
    want.append("未报送" if x.get("reported") == "no" else
                dn.get("quantity") + dn.get("unit") if dn is not None else
                pc.get("value") + "%" if pc is not None else
                {"completed": "已完成", "in-progress": "推进中",
                 "not-started": "未启动"}.get(x.get("status"), "—"))
    cp = pct(x.get("completion")) if x.get("completion") else "—"
    if x.get("ratio") and Decimal(x.get("ratio")) > 1:
        cp += "（超额完成）"
    want += [cp, pct(x.get("expected")) if x.get("expected") else "—",
             bc.LIGHT_WORDS[x.get("light")]]
    if previous:
        d = points(x.get("delta")) if x.get("delta") else None
        want.append("—" if d is None else ("+" if d > 0 else "") + "%.2f" % (d / 100))
    if cells != want:
        bad.append("%s: printed %s, the model %s" % (lab, cells[1:], want[1:]))
    if bc.LIGHT_COLORS[x.get("light")] not in marks[5]:
        bad.append("%s: no %s mark in the 亮灯 cell" % (lab, x.get("light")))
ok(rows and not bad, "table: each item's name, target, done, 完成率, 序时进度, 亮灯 (word "
   "and mark)%s as the model says" % ("、较上期" if previous else ""), "\n".join(bad[:6]))

# ---- the items behind schedule, not reported, without data -------------------------
red = [x for x in items if x.get("light") == "red"]
yellow = [x for x in items if x.get("light") == "yellow"]
behind = section("进度滞后事项", ["）未报送事项", "）进度数据不完整事项", "工作要求"])
if red or yellow:
    want = ["%d.%s（%s）：" % (k, vis(name(x)), "红灯" if x in red else "黄灯")
            for k, x in enumerate(red + yellow, 1)]
    at = [behind.find(wnt) for wnt in want]
    listed = behind.count("（红灯）：") + behind.count("（黄灯）：")
    ok(all(i >= 0 for i in at) and at == sorted(at) and listed == len(want),
       "behind: exactly the %d red and %d yellow items, red first, in plan order"
       % (len(red), len(yellow)),
       "want %s; %d listed" % (" ".join(w for w, i in zip(want, at) if i < 0) or want, listed))
    texts = [vis(pre + x.findtext(tag)) for x in red + yellow
             for tag, pre in (("narrative", ""), ("problem", "存在问题："), ("next", "下一步："))
             if x.findtext(tag)]
    missing = [t for t in texts if t not in behind]
    ok(not missing, "behind: their narratives, problems and next steps (%d texts)" % len(texts),
       missing[0][:40] if missing else None)
    # Each entry, up to its 督办要求: target, done, completion, how far behind.
    bad = []
    for wnt, i, x in zip(want, at, red + yellow):
        entry = behind[i:behind.find("督办要求：", i)] if i >= 0 else ""
        d = points(x.get("expected")) - points(x.get("completion"))
        need = ["完成率" + pct(x.get("completion")), "序时进度" + pct(x.get("expected")),
                "低于序时进度%.2f个百分点" % (d / 100)]
        if x.find("done") is not None and x.find("target") is not None:
            need.append("目标%s%s，累计完成%s%s" % (
                x.find("target").get("quantity"), x.find("target").get("unit"),
                x.find("done").get("quantity"), x.find("done").get("unit")))
        bad += ["%s: %s" % (name(x), nd) for nd in need if nd not in entry]
    ok(not bad, "behind: each with its target, done, completion and gap as the model says",
       "\n".join(bad[:6]))
    ok(behind.count("督办要求：") == len(want), "behind: a 督办要求 for each of them",
       "%d" % behind.count("督办要求："))
    if a.deadline:
        ok(behind.count(a.deadline) >= len(want),
           "behind: each asks for measures %s" % a.deadline)
    others = [x for x in items if x not in red + yellow
              and vis(name(x)) + "（" in behind]
    ok(not others, "behind: no item that is not red or yellow",
       others and name(others[0]))
else:
    ok(behind == "", "behind: no such section, nothing is behind")

unrep = [x for x in items if x.get("reported") == "no"]
sec = section("未报送事项", ["）进度数据不完整事项", "工作要求"])
if unrep:
    missing = [name(x) for x in unrep if vis(name(x)) not in sec]
    ok(sec and not missing and "补报" in sec,
       "not reported: the %d items, asked to report (补报)" % len(unrep), missing)
else:
    ok(sec == "", "not reported: no such section, all reported")

nodata = [x for x in items if x.get("reported") != "no" and not x.get("completion")]
sec = section("进度数据不完整事项", ["工作要求"])
missing = [name(x) for x in nodata if vis(name(x)) not in sec]
ok(not missing and bool(sec) == bool(nodata),
   "without data: the %d items reported without a measurable progress" % len(nodata),
   missing)
EOF

# sheet NAME UNIT DUBAO-ARGS...: the sheet into $TMP/NAME.pdf, its layout,
# words with boxes, text and qpdf's view; the checks every sheet must pass.
sheet() {
	name=$1 unit=$2
	shift 2
	"$DUBAO" bulletin -t $T --param "unit=$unit" "$@" -o "$TMP/$name.pdf" \
	    >"$TMP/$name.out" 2>"$TMP/$name.err"
	ok $? "$name: dubao bulletin -t unit.xsl --param unit=$unit succeeds"
	is "$(cat "$TMP/$name.err")" "" "$name: dubao prints no warning"
	"$DUBAO" bulletin -t $T --param "unit=$unit" --layout "$@" >"$TMP/$name.layout" 2>/dev/null
	pdftotext -bbox "$TMP/$name.pdf" "$TMP/$name.bbox" 2>"$TMP/$name.poppler.err"
	pdftotext "$TMP/$name.pdf" "$TMP/$name.txt" 2>>"$TMP/$name.poppler.err"
	is "$(cat "$TMP/$name.poppler.err")" "" "$name: pdftotext reads it without a warning"
	out=$(qpdf --check "$TMP/$name.pdf" 2>&1)
	ok $? "$name: qpdf --check passes"
	like "$out" 'No syntax or stream encoding errors' "$name: qpdf finds no syntax or stream errors"
	pages=$(pdfinfo "$TMP/$name.pdf" | sed -n 's/^Pages: *//p')
	said=$(sed -n 's/.*(\([0-9]*\) pages\{0,1\},.*/\1/p' "$TMP/$name.out")
	is "$(qpdf --show-npages "$TMP/$name.pdf")/$said" "$pages/$pages" \
	    "$name: $pages pages, as dubao says and qpdf counts"
	[ "$pages" -ge 1 ] && [ "$pages" -le 6 ]
	ok $? "$name: a sheet of 1 to 6 pages ($pages)"
	title=$(pdfinfo "$TMP/$name.pdf" | sed -n 's/^Title: *//p')
	is "$title" "${unit}重点民生实事督办单（第6期）" "$name: the PDF's title names the unit"
	qpdf --json --json-stream-data=inline --decode-level=generalized \
	    --json-key=pages --json-key=qpdf "$TMP/$name.pdf" >"$TMP/$name.json"
	tap_run python3 tests/bulletincheck.py text "$TMP/$name.txt" --layout "$TMP/$name.layout" \
	    --name "$name" --invisible 𠮷
	tap_run python3 tests/bulletincheck.py pages "$TMP/$name.bbox" --pages "$pages" \
	    --name "$name"
	tap_run python3 tests/bulletincheck.py tables "$TMP/$name.layout" "$TMP/$name.bbox" \
	    "$TMP/$name.json" --name "$name" --invisible 𠮷
}

# unitcheck NAME UNIT MODEL [OPTIONS]: the sheet against the model.
unitcheck() {
	cname=$1 cunit=$2 cmodel=$3
	shift 3
	tap_run python3 "$TMP/unitcheck.py" "$cmodel" "$cunit" "$TMP/$cname.txt" \
	    "$TMP/$cname.bbox" "$TMP/$cname.json" --name "$cname" "$@"
}

"$DUBAO" model $SAMPLE >"$TMP/sample.model"

# ---- red and yellow items: 市住建局 ---------------------------------------------

# Its sheet dated 2025-07-10: the measures are due seven days later.
sheet zhujian 市住建局 --date 2025-07-10 $SAMPLE
unitcheck zhujian 市住建局 "$TMP/sample.model" --deadline 于2025年7月17日前
like "$(cat "$TMP/zhujian.txt")" '2025年7月10日' "zhujian: dated as --date says"
txt=$(tr -d ' \n\f' <"$TMP/zhujian.txt")
like "$txt" '你单位还作为配合单位参与开展道路违停综合整治（牵头单位：市公安局）' \
    "zhujian: the project where it is a co-unit (配合单位), with its lead"

# ---- all done: 市医保局 -----------------------------------------------------------

sheet yibao 市医保局 $SAMPLE
unitcheck yibao 市医保局 "$TMP/sample.model"
txt=$(tr -d ' \n\f' <"$TMP/yibao.txt")
like "$txt" '已全部完成年度任务' "yibao: all done, and says so"
unlike "$txt" '督办事项|督办要求：' "yibao: nothing to supervise, no 督办事项"

# ---- not reported and without data: 市教育局 --------------------------------------

sheet jiaoyu 市教育局 $SAMPLE
unitcheck jiaoyu 市教育局 "$TMP/sample.model" --deadline 于2025年7月7日前
txt=$(tr -d ' \n\f' <"$TMP/jiaoyu.txt")
like "$txt" '请于2025年7月7日前补报' \
    "jiaoyu: asked to report by seven days after the as-of date (no --date)"

# ---- a name beyond the BMP: the sample with 市体育局 renamed 市𠮷林局 ----------------

mkdir "$TMP/jilin"
sed 's/市体育局/市𠮷林局/g' $S/plan.xml >"$TMP/jilin/plan.xml"
JILIN="$TMP/jilin/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml"
"$DUBAO" model $JILIN >"$TMP/jilin.model"
grep -q 'name="市𠮷林局"' "$TMP/jilin.model"
ok $? "jilin: the model has a unit 市𠮷林局"
sheet jilin 市𠮷林局 $JILIN
unitcheck jilin 市𠮷林局 "$TMP/jilin.model" --invisible 𠮷
# 𠮷 is drawn as an outline, which pdftotext cannot read: look for ink
# where it belongs.
tap_run python3 tests/bulletincheck.py gap "$TMP/jilin.bbox" "$TMP/jilin.pdf" 关于市 林局牵头 \
    --name jilin

# ---- one progress file: no previous issue, no 较上期 ----------------------------

lay=$("$DUBAO" bulletin -t $T --param unit=市住建局 --layout $S/plan.xml $S/progress-2025-06.xml)
is "$(printf '%s' "$lay" | xmllint --xpath 'count(//table/header/cell)' -)" 6 \
    "one issue: the table has no 较上期 column"
unlike "$lay" '较上期' "one issue: no 较上期 anywhere"

# ---- the deadline parameter --------------------------------------------------------

lay=$("$DUBAO" bulletin -t $T --param unit=市住建局 --param deadline=2025-07-15 --layout $SAMPLE)
like "$lay" '于2025年7月15日前将整改措施' "--param deadline=2025-07-15 is the deadline"
lay=$("$DUBAO" bulletin -t $T --param unit=市住建局 --date 2025年7月10日 --layout $SAMPLE)
like "$lay" '于2025年7月17日前将整改措施' "--date in words: the deadline is seven days later"

# ---- a unit that is not in the model ---------------------------------------------

"$DUBAO" bulletin -t $T --param unit=市住建 $SAMPLE -o "$TMP/bad.pdf" >"$TMP/bad.out" 2>"$TMP/bad.err"
is $? 1 "an unknown unit: exit 1"
like "$(cat "$TMP/bad.err")" \
    '^templates/unit.xsl: error: template: the parameter unit is "市住建", which is not a lead unit of this report; the lead units are: 市住建局, 市城管局, ' \
    "an unknown unit: the message names the parameter, the value and the units"
is "$(wc -l <"$TMP/bad.err")" 1 "an unknown unit: one message"
[ ! -e "$TMP/bad.pdf" ]
ok $? "an unknown unit: no PDF"

"$DUBAO" bulletin -t $T --param unit= $SAMPLE -o "$TMP/empty.pdf" >/dev/null 2>"$TMP/empty.err"
is $? 1 "an empty unit: exit 1"
like "$(cat "$TMP/empty.err")" 'error: template: the parameter unit is empty: name the lead unit, e\.g\. --param unit=市住建局' \
    "an empty unit: the message says so"
"$DUBAO" bulletin -t $T $SAMPLE -o "$TMP/none.pdf" >/dev/null 2>"$TMP/none.err"
is $? 1 "no unit at all: exit 1"
like "$(cat "$TMP/none.err")" 'the parameter unit is empty' "no unit at all: the message says so"
[ ! -e "$TMP/empty.pdf" ] && [ ! -e "$TMP/none.pdf" ]
ok $? "an empty unit: no PDF"

done_testing
