#!/bin/sh
# tests/archive.t: `dubao archive`, the year-end archive.  Every file is
# listed in SHA256SUMS and `sha256sum -c` agrees; two runs give the same
# bytes; the input files are there as they were; each bulletin is the
# one `dubao bulletin --pdfa` makes; the review has a bookmark per issue
# with its sections under it, a cover without a page number, contents
# whose page numbers are the pages things are on; every PDF is PDF/A-1b
# to Apache PDFBox Preflight; a faulty input or a killed run never
# leaves a half archive or harms the previous one.  tests/archive/book.xsl
# tests the layout of a compiled document; the review's own wording is
# tests/review.t's.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025
B=tests/archive/book.xsl
J=/usr/share/java
PREFLIGHT="$J/preflight.jar:$J/pdfbox2.jar:$J/fontbox2.jar:$J/xmpbox.jar"
PREFLIGHT="$PREFLIGHT:$J/commons-logging.jar:$J/jaxb-api.jar:$J/javax.activation.jar"
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS

# outline PDF: the bookmarks, one a line, two spaces of indent a level.
outline() {
	qpdf --json --json-key=outlines "$1" | python3 -c '
import json, sys
def walk(items, depth):
    for o in items:
        print("  " * depth + o["title"])
        walk(o["kids"], depth + 1)
walk(json.load(sys.stdin)["outlines"], 0)'
}

# ---- the sample -------------------------------------------------------------------

A=$TMP/a1
"$DUBAO" archive "$S" -o "$A" >"$TMP/a1.out" 2>"$TMP/a1.err"
ok $? "dubao archive of the sample succeeds"
is "$(cat "$TMP/a1.err")" "" "and prints no warning"
for f in review.pdf bulletins/2025-05-31.pdf bulletins/2025-06-30.pdf \
    charts/2025-06-30/completion.svg charts/2025-06-30/trend.svg inputs/plan.xml \
    inputs/progress-2025-05.xml inputs/progress-2025-06.xml SHA256SUMS; do
	[ -s "$A/$f" ]
	ok $? "the archive has $f"
done
for f in plan.xml progress-2025-05.xml progress-2025-06.xml; do
	cmp -s "$S/$f" "$A/inputs/$f"
	ok $? "inputs/$f is the input file, byte for byte"
done
(cd "$A" && sha256sum --quiet -c SHA256SUMS) >"$TMP/sums.out" 2>&1
ok $? "sha256sum -c SHA256SUMS verifies every file"
sed 's/^/# /' "$TMP/sums.out" | head -5
is "$(cut -c67- "$A/SHA256SUMS" | sort | tr '\n' ' ')" \
    "$(cd "$A" && find . -type f ! -name SHA256SUMS | cut -c3- | LC_ALL=C sort | tr '\n' ' ')" \
    "SHA256SUMS lists every other file of the archive"
is "$(grep -c '^[0-9a-f]\{64\}  [^ ]' "$A/SHA256SUMS")" "$(wc -l <"$A/SHA256SUMS")" \
    "in sha256sum's own format"

# Each bulletin is the one dubao bulletin --pdfa makes of its files.
"$DUBAO" bulletin --pdfa $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml \
    -o "$TMP/b6.pdf" >/dev/null
cmp -s "$TMP/b6.pdf" "$A/bulletins/2025-06-30.pdf"
ok $? "bulletins/2025-06-30.pdf is what dubao bulletin --pdfa makes"
"$DUBAO" bulletin --pdfa $S/plan.xml $S/progress-2025-05.xml -o "$TMP/b5.pdf" >/dev/null
cmp -s "$TMP/b5.pdf" "$A/bulletins/2025-05-31.pdf"
ok $? "bulletins/2025-05-31.pdf is made from May's file alone"

# Bookmarks: one per issue, its sections under it.
outline "$A/review.pdf" >"$TMP/a1.outline"
for t in 第5期 第6期; do
	grep -v '^ ' "$TMP/a1.outline" | grep -q "$t"
	ok $? "the review has a top-level bookmark for $t"
done
awk '/^[^ ]/ { on = /第6期/; next } on && /^  [^ ]/' "$TMP/a1.outline" \
    >"$TMP/a1.sections"
is "$(tr '\n' '|' <"$TMP/a1.sections")" \
    "  一、总体情况|  二、分类推进情况|  三、进度滞后项目|  四、未报送情况|  五、各责任单位推进情况|" \
    "under 第6期, the bulletin's five sections"
is "$(sed -n 's/^review.pdf: \([0-9]*\) pages.*/\1/p' "$TMP/a1.out")" \
    "$(qpdf --show-npages "$A/review.pdf")" "dubao says how many pages the review has"
front=$(( $(qpdf --show-npages "$A/review.pdf") - $(qpdf --show-npages "$A/bulletins/2025-05-31.pdf") - $(qpdf --show-npages "$A/bulletins/2025-06-30.pdf") ))
[ "$front" -ge 3 ]
ok $? "the review is its front matter ($front pages) and the two bulletins, whole"
qpdf --check "$A/review.pdf" >/dev/null 2>&1
ok $? "qpdf --check passes on the review"

# ---- the same inputs, the same bytes ----------------------------------------------

"$DUBAO" archive "$S" -o "$TMP/a2" >/dev/null 2>&1
diff -r "$A" "$TMP/a2" >"$TMP/a12.diff"
ok $? "a second archive of the same inputs is byte for byte the same"
head -3 "$TMP/a12.diff" | sed 's/^/# /'
ino=$(stat -c %i "$A")
"$DUBAO" archive "$S" -o "$A" >/dev/null 2>&1
ok $? "an archive made again in place of the first"
diff -r "$TMP/a2" "$A" >/dev/null && [ "$(stat -c %i "$A")" != "$ino" ]
ok $? "replaces it (a new folder) with the same bytes"
is "$(ls -a "$TMP" | grep -c '^\.a1\.tmp-')" 0 "and leaves no temporary folder beside it"

# ---- a faulty input, a folder that is not an archive -------------------------------

cp -r "$S" "$TMP/bad"
sed -i 's/as-of="2025-06-30"/as-of="2025-06-31"/' "$TMP/bad/progress-2025-06.xml"
"$DUBAO" archive "$TMP/bad" -o "$A" >/dev/null 2>"$TMP/bad.err"
is $? 1 "a faulty progress file: exit 1"
like "$(cat "$TMP/bad.err")" "^$TMP/bad/progress-2025-06.xml:[0-9]+: error: " "named with FILE:LINE"
diff -r "$TMP/a2" "$A" >/dev/null
ok $? "and the archive there is untouched"
mkdir "$TMP/mine"
echo "工作底稿" >"$TMP/mine/notes.txt"
"$DUBAO" archive "$S" -o "$TMP/mine" >/dev/null 2>"$TMP/mine.err"
is $? 2 "a folder that is not an archive: exit 2"
like "$(cat "$TMP/mine.err")" "is not an archive dubao made" "it says why"
[ "$(cat "$TMP/mine/notes.txt")" = "工作底稿" ]
ok $? "and the folder's files are untouched"

# ---- killed while at work ---------------------------------------------------------

# SIGKILL at random moments: the archive there is whole after each (its
# sums verify and it is the one made before); the next run ends well and
# sweeps what the killed ones left.
killed=0
for i in 1 2 3 4 5 6; do
	env "$NO_LEAK_CHECK" "$DUBAO" archive "$S" -o "$A" >/dev/null 2>&1 &
	pid=$!
	sleep "0.$(od -An -N1 -tu1 /dev/urandom | awk '{ printf "%02d", $1 % 90 }')"
	kill -KILL $pid 2>/dev/null && killed=$((killed + 1))
	wait $pid 2>/dev/null
	(cd "$A" && sha256sum --quiet -c SHA256SUMS) >/dev/null 2>&1 &&
	    diff -r "$TMP/a2" "$A" >/dev/null || echo "run $i" >>"$TMP/kill.bad"
done
[ ! -s "$TMP/kill.bad" ]
ok $? "after $killed of 6 runs killed at work, the archive is whole and unchanged"
"$DUBAO" archive "$S" -o "$A" >/dev/null 2>&1
ok $? "the next run completes"
is "$(ls -a "$TMP" | grep -c '^\.a1\.tmp-')" 0 "and sweeps the folders killed runs left"

# ---- the layout of a compiled document (tests/archive/book.xsl) -------------------

K=$TMP/book
"$DUBAO" archive -t "$B" "$S" -o "$K" >/dev/null 2>"$TMP/book.err"
ok $? "archive with the layout test template"
is "$(cat "$TMP/book.err")" "" "no warning"
R=$K/review.pdf
pdftotext -f 1 -l 1 "$R" - | grep -v '^[[:space:]]*$' >"$TMP/cover.txt"
like "$(tr -d '\n' <"$TMP/cover.txt")" '排版测试汇编.*测试用.*测试办公室.*2025年12月31日' \
    "the cover: title, subtitle, issuer, date"
unlike "$(cat "$TMP/cover.txt")" '— [0-9]+ —' "the cover has no page number"
like "$(pdftotext -f 2 -l 2 "$R" - | tr -d '\n')" '— 1 —' "the page after it is — 1 —"
labels=$(qpdf --json --json-key=pagelabels "$R" | tr -d ' \n')
like "$labels" '"index":0,"label":\{"/P":"u:封面"' "PDF page label of the cover: 封面"
like "$labels" '"index":1,"label":\{"/S":"/D","/St":1\}' "then 1, 2, … from the next page"

# The contents: every line "TEXT … N"; page N (PDF page N+1) must hold it.
pdftotext -layout -f 2 -l 2 "$R" - | sed -n 's/^\( *\)\(.*[^ ]\)  *\([0-9][0-9]*\)$/\1\2|\3/p' \
    >"$TMP/toc"
is "$(cut -d'|' -f1 "$TMP/toc" | sed 's/^ *//' | tr '\n' ' ')" \
    "一、前言 二、长段落 第6期测试章 一、总体情况 二、分类推进情况 三、进度滞后项目 四、未报送情况 五、各责任单位推进情况 第5期测试章 一、总体情况 二、分类推进情况 三、进度滞后项目 四、未报送情况 五、各责任单位推进情况 " \
    "the contents: the sections, then each chapter (in the template's order) with its sections"
wrong=""
while IFS='|' read -r text n; do
	text=$(echo "$text" | sed 's/^ *//')
	page=$(pdftotext -f $((n + 1)) -l $((n + 1)) "$R" - | tr -d '\n ')
	case $text in
	第*测试章) want="第${text#第}"; want="${want%测试章}" ;;
	*) want=$text ;;
	esac
	case $page in
	*"$want"*) ;;
	*) wrong="$wrong $text@$n" ;;
	esac
done <"$TMP/toc"
is "$wrong" "" "each line's page number is the page it is on (a chapter's page has its 第N期)"
first=$(grep '^第6期' "$TMP/toc" | cut -d'|' -f2)
like "$(pdftotext -f $((first + 1)) -l $((first + 1)) "$R" - | head -3 | tr -d '\n')" '重点民生实事督办通报' \
    "a chapter starts on a new page with its bulletin's masthead"
outline "$R" >"$TMP/book.outline"
is "$(grep -c '^[^ ]' "$TMP/book.outline")" 5 \
    "bookmarks at the top: the contents, the two sections, the two chapters"
like "$(grep -A1 '^第6期测试章' "$TMP/book.outline" | tail -1)" '^  一、总体情况$' \
    "a chapter's headings are bookmarks under it"
grep -q '^    （一）城市安居项目$' "$TMP/book.outline"
ok $? "and their sub-headings a level further down"

# Misplaced parts of a compiled document are the template's errors.
cat >"$TMP/badbook.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <document><toc/><cover title="迟到的封面"/><toc/><chapter/><para>正文</para><masthead name="中间的版头"/></document>
  </xsl:template>
</xsl:stylesheet>
XSL
"$DUBAO" archive -t "$TMP/badbook.xsl" "$S" -o "$TMP/badbook" >/dev/null 2>"$TMP/badbook.err"
is $? 1 "a review template whose layout is wrong: exit 1"
for m in 'layout: <cover> may only be the first block of the document' \
    'layout: <toc> may only be once in a document' \
    'layout: <chapter> title: missing' \
    'layout: <masthead> may only be the first block of the document or of a chapter'; do
	grep -qF "$m" "$TMP/badbook.err"
	ok $? "it says: $m"
done
[ ! -e "$TMP/badbook" ]
ok $? "and no archive is made"

# ---- PDF/A-1b --------------------------------------------------------------------

cp "$A/review.pdf" "$TMP/review-a.pdf"
cp "$A/bulletins/2025-06-30.pdf" "$TMP/bulletin-a.pdf"
cp "$R" "$TMP/book-a.pdf"
printf '%s\n' "$TMP/review-a.pdf" "$TMP/bulletin-a.pdf" "$TMP/book-a.pdf" >"$TMP/list"
java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -cp "$PREFLIGHT" \
    org.apache.pdfbox.preflight.Validator_A1b group "$TMP/list" >"$TMP/preflight" 2>&1
for n in review-a bulletin-a book-a; do
	grep -q "^The file $n.pdf is a valid PDF/A-1b file" "$TMP/preflight"
	ok $? "$n.pdf: PDFBox Preflight finds a valid PDF/A-1b file"
	awk -v f="The file $n.pdf " 'index($0, "The file ") == 1 { on = index($0, f) == 1; next }
	    on && NF' "$TMP/preflight" | head -10 | sed 's/^/#   /'
done

# ---- a whole year --------------------------------------------------------------------

python3 tools/synth.py "$TMP/year" --projects 30 --months 12 >/dev/null
"$DUBAO" archive "$TMP/year" -o "$TMP/year-a" >"$TMP/year.out" 2>"$TMP/year.err"
ok $? "the archive of a synthetic year of 12 issues"
is "$(ls "$TMP/year-a/bulletins" | wc -l)" 12 "12 bulletins"
outline "$TMP/year-a/review.pdf" | grep '^[^ ]' | grep -c '第[0-9]*期' >"$TMP/year.n"
is "$(cat "$TMP/year.n")" 12 "a top-level bookmark per month"
(cd "$TMP/year-a" && sha256sum --quiet -c SHA256SUMS) >/dev/null 2>&1
ok $? "its sums verify"

# ---- the models --------------------------------------------------------------------

"$DUBAO" archive --model "$S" >"$TMP/yearbook.xml"
is "$(xmllint --xpath 'count(/yearbook/report)' "$TMP/yearbook.xml")" 2 "--model: a report per issue"
"$DUBAO" model $S/plan.xml $S/progress-2025-05.xml >"$TMP/m5.xml"
xmllint --xpath '/yearbook/report[1]' "$TMP/yearbook.xml" | xmllint --format - >"$TMP/y1.xml"
xmllint --xpath '/report' "$TMP/m5.xml" | xmllint --format - >"$TMP/m5f.xml"
cmp -s "$TMP/y1.xml" "$TMP/m5f.xml"
ok $? "--model: the first is what dubao model makes of May's file alone"
"$DUBAO" archive --layout "$S" >"$TMP/review.layout"
is "$(xmllint --xpath 'count(/document/chapter)' "$TMP/review.layout")" 2 "--layout: a chapter per issue"
is "$(xmllint --xpath 'count(/document/masthead)' "$TMP/review.layout")" 2 \
    "each filled with its bulletin (masthead and all)"
"$DUBAO" archive --layout --param date=2026-01-15 "$S" >"$TMP/dated.layout"
is "$(xmllint --xpath 'string(/document/masthead[2]/@date)' "$TMP/dated.layout")" "2025年6月30日" \
    "--param goes to the review template only: the bulletins keep their dates"
like "$(xmllint --xpath 'string(/document/cover/@date)' "$TMP/dated.layout")" '2026' \
    "while the cover takes it"

# ---- a cover for long names ------------------------------------------------------

# A plan whose title and issuer are far too long for a cover: the title
# cut after six lines, the issuer after two, all within the type area
# (28 mm to 184 mm), and the date still on the cover, below the issuer.
L=$TMP/long
mkdir -p "$L"
title=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "很长的计划标题" }')
issuer=$(awk 'BEGIN { for (i = 0; i < 30; i++) printf "某某市某某局办公室" }')
sed -e "s/title=\"2025年大连市重点民生实事项目\"/title=\"$title\"/" \
    -e "s/issuer=\"大连市人民政府办公室\"/issuer=\"$issuer\"/" $S/plan.xml >"$L/plan.xml"
cp $S/progress-*.xml "$L/"
"$DUBAO" archive "$L" -o "$TMP/long-archive" >/dev/null 2>&1
is $? 0 "a plan with a very long title and issuer: archived"
pdftotext -f 1 -l 1 -bbox "$TMP/long-archive/review.pdf" - 2>/dev/null | sed -n \
    's|.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="\([0-9.]*\)" yMax="\([0-9.]*\)">\(.*\)</word>|\2 \4 \1 \3 \5|p' \
    >"$TMP/cover.boxes"
is "$(awk '$5 ~ /很长/ { print $1 }' "$TMP/cover.boxes" | sort -u | wc -l | tr -d ' ')" 6 \
    "the cover: six lines of the title"
is "$(awk '$5 ~ /某某/ { print $1 }' "$TMP/cover.boxes" | sort -u | wc -l | tr -d ' ')" 2 \
    "two of the issuer"
awk '$3 < 28 * 2.8346 - 1 || $4 > 184 * 2.8346 + 1 { bad = 1 } END { exit bad }' "$TMP/cover.boxes"
ok $? "every word within the type area"
awk '$5 ~ /某某/ { if ($2 > i) i = $2 } $5 == "2025年6月30日" { d = $1 }
    END { exit !(d > 0 && d >= i) }' "$TMP/cover.boxes"
ok $? "the date is on the cover, below the issuer"

done_testing
