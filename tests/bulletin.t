#!/bin/sh
# tests/bulletin.t: `dubao bulletin`, the PDF, seen through tools that are
# not dubao's: poppler (pdftotext, pdffonts, pdfinfo, pdftoppm), Apache
# PDFBox and qpdf.  The text is extracted exactly and without ToUnicode
# warnings; fonts are embedded and subset; the outline follows the
# headings; every word stays in the type area of GB/T 9704, 22 lines to a
# full page; page numbers alternate sides; Chinese line breaking; tables
# repeat their header and agree with the model; same inputs, same bytes.
# tests/bulletincheck.py does the checks that need parsing; the templates
# of tests/bulletin/ make documents built to test one thing each.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025
E=tests/charts
B=tests/bulletin
SAMPLE="$S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml"
EDGE="$E/edge-plan.xml $E/edge-2025-05.xml $E/edge-2025-06.xml"
ONE="$S/plan.xml $S/progress-2025-06.xml"
# Apache PDFBox as Debian packages it (libpdfbox2-java): the tools jar
# names no class path, and pdfbox2.jar names fontbox2.jar but not
# commons-logging.
J=/usr/share/java
PDFBOX="$J/pdfbox2-tools.jar:$J/pdfbox2.jar:$J/fontbox2.jar:$J/commons-logging.jar"
# The JVM announces these on stderr, which must stay empty.
unset JAVA_TOOL_OPTIONS _JAVA_OPTIONS JDK_JAVA_OPTIONS

TODO_PAGES=

# Cases that once were bugs keep their reproducers: keep.xsl (a heading
# alone at the foot of a page), foot.xsl (a signature alone on a page, a
# group row at the foot of one), blockend.xsl (a subset face libharu
# could not rewrite), ellipsis.xsl (a shortened chart label), meta.xsl
# (characters beyond the BMP in bookmarks and metadata).

# check NAME COMMAND ARGS...: tests/bulletincheck.py's assertions.
check() {
	cname=$1
	shift
	tap_run python3 tests/bulletincheck.py "$@" --name "$cname"
}

# bulletin NAME DUBAO-ARGS...: the bulletin into $TMP/NAME.pdf, its
# layout, the words with their boxes, the text, qpdf's outline and
# decoded pages; the checks every PDF must pass.
bulletin() {
	name=$1
	shift
	"$DUBAO" bulletin "$@" -o "$TMP/$name.pdf" >"$TMP/$name.out" 2>"$TMP/$name.err"
	ok $? "$name: dubao bulletin succeeds"
	is "$(cat "$TMP/$name.err")" "" "$name: dubao prints no warning"
	"$DUBAO" bulletin --layout "$@" >"$TMP/$name.layout" 2>/dev/null
	pdftotext -bbox "$TMP/$name.pdf" "$TMP/$name.bbox" 2>"$TMP/$name.poppler.err"
	pdftotext "$TMP/$name.pdf" "$TMP/$name.txt" 2>>"$TMP/$name.poppler.err"
	is "$(cat "$TMP/$name.poppler.err")" "" \
	    "$name: pdftotext reads it without a warning (ToUnicode CMaps sound)"
	out=$(qpdf --check "$TMP/$name.pdf" 2>&1)
	ok $? "$name: qpdf --check passes"
	like "$out" 'No syntax or stream encoding errors' "$name: qpdf finds no syntax or stream errors"
	# pdffonts: name type… encoding emb sub uni object ID; a subset's
	# name starts with six capitals and +.
	pdffonts "$TMP/$name.pdf" >"$TMP/$name.fonts" 2>&1
	bad=$(awk 'NR > 2 && !($(NF-4) == "yes" && $(NF-3) == "yes" && $(NF-2) == "yes" &&
	    $1 ~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/)' "$TMP/$name.fonts")
	nfonts=$(awk 'NR > 2' "$TMP/$name.fonts" | wc -l)
	[ "$nfonts" -gt 0 ] && [ -z "$bad" ]
	ok $? "$name: all $nfonts fonts embedded, subset, with a ToUnicode map (emb sub uni)"
	[ -z "$bad" ] || printf '%s\n' "$bad" | sed 's/^/#   /'
	# The page count: dubao's, poppler's and qpdf's.
	pages=$(pdfinfo "$TMP/$name.pdf" | sed -n 's/^Pages: *//p')
	said=$(sed -n 's/.*(\([0-9]*\) pages\{0,1\},.*/\1/p' "$TMP/$name.out")
	is "$(qpdf --show-npages "$TMP/$name.pdf")/$said" "$pages/$pages" \
	    "$name: $pages pages, as dubao says and qpdf counts"
	qpdf --json --json-key=outlines "$TMP/$name.pdf" >"$TMP/$name.outline"
	qpdf --json --json-stream-data=inline --decode-level=generalized \
	    --json-key=pages --json-key=qpdf "$TMP/$name.pdf" >"$TMP/$name.json"
	check "$name" pages "$TMP/$name.bbox" --pages "$pages" ${TODO_PAGES:+"$TODO_PAGES"}
}

# meta NAME: pdfinfo's Title, Author, Subject and Keywords are the
# layout's <document> attributes (a field absent from both passes).
meta() {
	for key in Title Author Subject Keywords; do
		attr=$(echo "$key" | tr 'A-Z' 'a-z')
		want=$(xmllint --xpath "string(/document/@$attr)" "$TMP/$1.layout")
		got=$(pdfinfo "$TMP/$1.pdf" | sed -n "s/^$key: *//p")
		is "$got" "$want" "$1: $key is <document $attr>${2:+ $2}"
	done
}

# ---- the sample bulletin ----------------------------------------------------

bulletin sample $SAMPLE
"$DUBAO" model $SAMPLE >"$TMP/sample.model"
check sample text "$TMP/sample.txt" --layout "$TMP/sample.layout" --model "$TMP/sample.model"
check sample outline "$TMP/sample.layout" "$TMP/sample.outline" "$TMP/sample.bbox"
check sample tables "$TMP/sample.layout" "$TMP/sample.bbox" "$TMP/sample.json" \
    --model "$TMP/sample.model" --min-categories 3
meta sample
info=$(pdfinfo "$TMP/sample.pdf")
unlike "$info" '^(CreationDate|ModDate):' "sample: no CreationDate (nor ModDate) without --stamp"

# Same inputs, same bytes.
"$DUBAO" bulletin $SAMPLE -o "$TMP/again.pdf" >/dev/null 2>&1
cmp -s "$TMP/sample.pdf" "$TMP/again.pdf"
ok $? "determinism: a second run gives the same bytes"

# --stamp records the time of the run (in UTC); the text is the same.
before=$(date -u +%s)
"$DUBAO" bulletin --stamp $SAMPLE -o "$TMP/stamp.pdf" >/dev/null 2>&1
after=$(date -u +%s)
stamp=$(pdfinfo -isodates "$TMP/stamp.pdf" | sed -n 's/^CreationDate: *//p')
at=$(date -u -d "$stamp" +%s 2>/dev/null || echo 0)
[ "$at" -ge $((before - 1)) ] && [ "$at" -le $((after + 1)) ]
ok $? "--stamp: CreationDate is the time of the run ($stamp)"
is "$(pdftotext "$TMP/stamp.pdf" - | cksum)" "$(cksum <"$TMP/sample.txt")" \
    "--stamp: the same text"

# ---- a long plan: 300 projects ---------------------------------------------

python3 tools/synth.py "$TMP/p300" --projects 300 --months 2 >/dev/null
LONG="$TMP/p300/plan.xml $TMP/p300/progress-2025-01.xml $TMP/p300/progress-2025-02.xml"
bulletin long $LONG
"$DUBAO" model $LONG >"$TMP/long.model"
[ "$pages" -ge 20 ]
ok $? "long: 300 projects make a long bulletin ($pages pages)"
check long text "$TMP/long.txt" --layout "$TMP/long.layout" --model "$TMP/long.model"
check long outline "$TMP/long.layout" "$TMP/long.outline" "$TMP/long.bbox"
check long tables "$TMP/long.layout" "$TMP/long.bbox" "$TMP/long.json" \
    --model "$TMP/long.model" --min-categories 15 --min-continued 15

# A hundred categories: the completion chart is taller than a page and
# split between its bars; a hundred small tables.
python3 tools/synth.py "$TMP/c100" --projects 150 --categories 100 --months 2 >/dev/null
C100="$TMP/c100/plan.xml $TMP/c100/progress-2025-01.xml $TMP/c100/progress-2025-02.xml"
bulletin c100 $C100
"$DUBAO" model $C100 >"$TMP/c100.model"
check c100 text "$TMP/c100.txt" --layout "$TMP/c100.layout" --model "$TMP/c100.model"
check c100 outline "$TMP/c100.layout" "$TMP/c100.outline" "$TMP/c100.bbox"
# Every check of a hundred tables, summed up in one line.
python3 tests/bulletincheck.py tables "$TMP/c100.layout" "$TMP/c100.bbox" "$TMP/c100.json" \
    --model "$TMP/c100.model" --min-categories 100 >"$TMP/check"
ok $? "c100: bulletincheck.py tables ran to the end"
grep '^not ok' "$TMP/check" | head -5 | sed 's/^/# /'
is "$(grep -c '^not ok' "$TMP/check")" 0 \
    "c100: all $(grep -c '^ok' "$TMP/check") checks of the tables of 100 categories pass"

# ---- 𠮷 and the other edge cases of tests/charts ------------------------------

# 𠮷 (U+20BB7) is drawn as an outline: no text tool can extract it, so
# the checks look for the rest of each text, and at the pixels where it
# should be.
bulletin edge $EDGE
"$DUBAO" model $EDGE >"$TMP/edge.model"
check edge text "$TMP/edge.txt" --layout "$TMP/edge.layout" --model "$TMP/edge.model" --invisible 𠮷
check edge outline "$TMP/edge.layout" "$TMP/edge.outline" "$TMP/edge.bbox" --invisible 𠮷
check edge tables "$TMP/edge.layout" "$TMP/edge.bbox" "$TMP/edge.json" --model "$TMP/edge.model" \
    --invisible 𠮷 --min-categories 6
like "$(cat "$TMP/edge.txt")" '（六）[[:space:]]*野社区项目' "edge: the heading around 𠮷 is extracted"
check edge gap "$TMP/edge.bbox" "$TMP/edge.pdf" '（六）' '野社区项目'
check edge gap "$TMP/edge.bbox" "$TMP/edge.pdf" '' '野街道办事处'
"$DUBAO" bulletin $EDGE -o "$TMP/edge-again.pdf" >/dev/null 2>&1
cmp -s "$TMP/edge.pdf" "$TMP/edge-again.pdf"
ok $? "determinism: edge cases, a second run gives the same bytes"

# ---- the type area: 22 lines to a page -------------------------------------------

bulletin lines -t $B/lines.xsl $ONE
is "$pages" 3 "lines: 60 lines of text make 3 pages"
check lines grid "$TMP/lines.bbox" "$TMP/lines.layout"
meta lines "(with ( ) and \\ to escape)"
info=$(pdfinfo "$TMP/lines.pdf")
unlike "$info" '^(CreationDate|ModDate):' "lines: no CreationDate without --stamp"

# ---- line breaking -------------------------------------------------------------

bulletin breaks -t $B/breaks.xsl $ONE
check breaks breaks "$TMP/breaks.bbox" "$TMP/breaks.layout"

# ---- once bugs, each with its reproducer ---------------------------------------

bulletin keep -t $B/keep.xsl $ONE
check keep outline "$TMP/keep.layout" "$TMP/keep.outline" "$TMP/keep.bbox"

bulletin foot -t $B/foot.xsl $ONE
# Text lines of a page, without the page number.
page_lines() {
	pdftotext -f "$1" -l "$1" "$TMP/foot.pdf" - | grep -v '^[[:space:]]*$' | grep -v '^— [0-9]* —$'
}
is "$(page_lines 1 | wc -l)" 18 "foot: 18 of the paragraph's 20 lines stay on page 1"
is "$(page_lines 2 | tr '\n' '|')" "遐迩一体率宾归王天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往|秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈|大连市人民政府办公室|2025年6月30日|" \
    "foot: the signature is not alone: the last two lines come with it"
page_lines 3 | grep -q '十四、安心食品项目'
is $? 1 "foot: the group row is not left at the foot of page 3"
is "$(page_lines 4 | head -3 | tr '\n' '|')" "项目|目标|十四、安心食品项目|" \
    "foot: it heads page 4, under the repeated header, with its row"

bulletin blockend -t $B/blockend.xsl $ONE

bulletin ellipsis -t $B/ellipsis.xsl $ONE
txt=$(cat "$TMP/ellipsis.txt")
# pango writes "…", or "..." in a face that has no "…".
printf '%s' "$txt" | grep -Eq '(…|\.\.\.)$' && ! printf '%s' "$txt" | grep -q '清楚可读'
ok $? "ellipsis: the shortened label ends with an ellipsis, without the rest"

bulletin meta -t $B/meta.xsl $ONE
for key in Title Subject Keywords; do
	attr=$(echo "$key" | tr 'A-Z' 'a-z')
	want=$(xmllint --xpath "string(/document/@$attr)" "$TMP/meta.layout")
	got=$(pdfinfo "$TMP/meta.pdf" | sed -n "s/^$key: *//p")
	_n=$((_n + 1))
	if [ "$got" = "$want" ]; then r=ok; else r="not ok"; fi
	echo "$r $_n - meta: $key with 𠮷 is <document $attr>"
	[ "$r" = ok ] || printf '#   got:  %s\n#   want: %s\n' "$got" "$want"
done
pdfinfo "$TMP/meta.pdf" | grep -q '^Author:'
is $? 1 "meta: no author in the layout, none in the PDF"
check meta outline "$TMP/meta.layout" "$TMP/meta.outline" "$TMP/meta.bbox" --invisible 𠮷

# ---- template parameters -------------------------------------------------------

# --issuer and --param reach the template as literal strings, whatever
# quotes they hold; a malformed --param is a usage error.
lay=$("$DUBAO" bulletin --layout --issuer "市政府督查室'甲\"乙" $ONE 2>&1)
like "$lay" "市政府督查室'甲&quot;乙|市政府督查室'甲\"乙" "--issuer with both quotes is printed as given"
lay=$("$DUBAO" bulletin --layout --param "issuer=督查室𠮷" $ONE 2>&1)
like "$lay" '督查室𠮷' "--param issuer=… sets the template's issuer"
"$DUBAO" bulletin --layout --param "1x=a" $ONE >/dev/null 2>"$TMP/param.err"
is $? 2 "--param with a bad name: exit 2"
like "$(cat "$TMP/param.err")" "--param '1x=a' is not NAME=VALUE" "--param: the error names it"

# ---- the masthead: long names and issuers ---------------------------------------

# masthead_boxes PDF [PAGE]: the words of page 1 (or PAGE) as "yMin
# yMax xMin xMax text", top to bottom.
masthead_boxes() {
	pdftotext -f "${2:-1}" -l "${2:-1}" -bbox "$1" - 2>/dev/null | sed -n \
	    's|.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="\([0-9.]*\)" yMax="\([0-9.]*\)">\(.*\)</word>|\2 \4 \1 \3 \5|p'
}
# A joint issuance: the issuers and the date do not fit on one line, so
# the date goes under them, never over them.
JOINT="中共大连市委办公室　大连市人民政府办公室"
"$DUBAO" bulletin --issuer "$JOINT" $ONE -o "$TMP/joint.pdf" >/dev/null 2>&1
is $? 0 "a joint issuance's issuers: the bulletin is made"
masthead_boxes "$TMP/joint.pdf" >"$TMP/joint.boxes"
date_top=$(awk '$5 ~ /^2025年6月30日$/ { print $1; exit }' "$TMP/joint.boxes")
issuer_bottom=$(awk '$5 ~ /办公室/ { if ($2 > b) b = $2 } END { print b + 0 }' "$TMP/joint.boxes")
awk -v d="${date_top:-0}" -v i="$issuer_bottom" 'BEGIN { exit !(d > 0 && i > 0 && d >= i) }'
ok $? "the date ($date_top pt from the top) is below the issuers (down to $issuer_bottom pt)"
# An issuer longer than two lines: two lines, cut with an ellipsis.
LONG=$(awk 'BEGIN { for (i = 0; i < 30; i++) printf "某某市某某局办公室" }')
"$DUBAO" bulletin --issuer "$LONG" $ONE -o "$TMP/long-issuer.pdf" >/dev/null 2>&1
is $? 0 "an issuer of 270 characters: the bulletin is made"
masthead_boxes "$TMP/long-issuer.pdf" >"$TMP/long-issuer.boxes"
is "$(awk '$5 ~ /某某/ { print $1 }' "$TMP/long-issuer.boxes" | sort -u | wc -l | tr -d ' ')" 2 \
    "it takes two lines"
awk '$5 ~ /某某/ && $4 > 184 * 2.8346 + 1 { bad = 1 } END { exit bad }' "$TMP/long-issuer.boxes"
ok $? "both within the type area"
pdftotext -f 1 -l 1 "$TMP/long-issuer.pdf" - 2>/dev/null | grep -q '某\(…\|\.\.\.\)$'
ok $? "the second ends with an ellipsis"
# And in the signature at the end.
last=$(pdfinfo "$TMP/long-issuer.pdf" | sed -n 's/^Pages: *//p')
masthead_boxes "$TMP/long-issuer.pdf" "$last" >"$TMP/long-sig.boxes"
is "$(awk '$5 ~ /某某/ { print $1 }' "$TMP/long-sig.boxes" | sort -u | wc -l | tr -d ' ')" 2 \
    "the signature: two lines of it"
awk '$5 ~ /某某/ && ($3 < 28 * 2.8346 - 1 || $4 > 184 * 2.8346 + 1) { bad = 1 } END { exit bad }' \
    "$TMP/long-sig.boxes"
ok $? "within the type area"

# ---- Apache PDFBox ------------------------------------------------------------------

# One start of the JVM for every bulletin above: qpdf puts their pages in
# one file (fonts and ToUnicode maps as they are).
qpdf --empty --pages "$TMP/sample.pdf" "$TMP/long.pdf" "$TMP/edge.pdf" "$TMP/lines.pdf" \
    "$TMP/breaks.pdf" -- "$TMP/all.pdf"
java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -cp "$PDFBOX" \
    org.apache.pdfbox.tools.ExtractText -encoding UTF-8 "$TMP/all.pdf" "$TMP/all.pdfbox" \
    >"$TMP/pdfbox.out" 2>"$TMP/pdfbox.err"
ok $? "PDFBox ExtractText reads all of them"
is "$(cat "$TMP/pdfbox.out" "$TMP/pdfbox.err")" "" \
    "PDFBox: no warning nor error (ToUnicode CMaps sound)"
check all text "$TMP/all.pdfbox" --tool PDFBox --model "$TMP/sample.model" --invisible 𠮷 \
    --layout "$TMP/sample.layout" --layout "$TMP/long.layout" --layout "$TMP/edge.layout" \
    --layout "$TMP/lines.layout" --layout "$TMP/breaks.layout"

# The control: a ToUnicode CMap with one bad entry makes both tools
# complain, so the silence above means something.  qpdf --qdf leaves
# the streams readable; the entry keeps its length, so offsets hold.
qpdf --qdf --object-streams=disable "$TMP/sample.pdf" "$TMP/qdf.pdf"
perl -0777 -pe 's/beginbfchar\n<([0-9A-Fa-f]{4})> </beginbfchar\n<$1> (/' "$TMP/qdf.pdf" \
    >"$TMP/broken.pdf"
! cmp -s "$TMP/qdf.pdf" "$TMP/broken.pdf"
ok $? "control: a ToUnicode CMap broken on purpose"
like "$(pdftotext "$TMP/broken.pdf" /dev/null 2>&1)" 'ToUnicode' \
    "control: pdftotext warns about the broken ToUnicode CMap"
like "$(java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -cp "$PDFBOX" \
    org.apache.pdfbox.tools.ExtractText "$TMP/broken.pdf" "$TMP/broken.txt" 2>&1)" \
    'ToUnicode' "control: PDFBox complains about the broken ToUnicode CMap"

done_testing
