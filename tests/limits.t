#!/bin/sh
# tests/limits.t: documents too big to print (doc/format.md, "Limits"),
# and output paths that must stay inside the output folder.
#
# A plan of 10,000 categories is read and checked, its charts drawn, and
# its bulletin, which would pass the limit of pages, refused clearly,
# without touching the PDF already there; all of it within a time and
# memory bound that only a hang or a blow-up would pass.  A plan of 600
# categories is printed in full.  Ids such as ../../x are refused, so
# that no folder is ever made from one.
. "$(dirname "$0")/lib.sh"

TIMEOUT=$((120 * SLOWER))
# bounded CMD...: CMD under the time bound and (not with the sanitizers,
# which reserve terabytes of address space) 2 GiB of memory.
bounded() {
	(
		[ -n "$SANITIZED" ] || ulimit -v 2097152
		exec timeout -s KILL "$TIMEOUT" "$@"
	)
}

# plan N DIR: a plan of N categories of one project each, in DIR, with
# a progress report on six projects of every seven.
plan() {
	mkdir -p "$2"
	awk -v n="$1" 'BEGIN {
		print "<plan xmlns=\"urn:dubao:1\" id=\"big-2025\" year=\"2025\" title=\"分类很多的计划\" issuer=\"测试办公室\">"
		for (i = 1; i <= n; i++)
			printf "<category id=\"c%d\" name=\"第%d类项目\"><project id=\"p%d\" name=\"项目%d（含𠀀字）\"><units><unit role=\"lead\">单位%d</unit></units><target quantity=\"100\" unit=\"个\"/></project></category>\n", i, i, i, i, i % 97
		print "</plan>"
	}' >"$2/plan.xml"
	awk -v n="$1" 'BEGIN {
		print "<progress xmlns=\"urn:dubao:1\" plan=\"big-2025\" as-of=\"2025-06-30\" issue=\"6\">"
		for (i = 1; i <= n; i++)
			if (i % 7 != 0)
				printf "<report ref=\"p%d\" status=\"in-progress\"><done quantity=\"%d\"/><narrative>已完成%d个。</narrative></report>\n", i, i % 101, i % 101
		print "</progress>"
	}' >"$2/progress-2025-06.xml"
}

# ---- 10,000 categories ------------------------------------------------------

B=$TMP/big
plan 10000 "$B"
bounded "$DUBAO" check "$B/plan.xml" "$B/progress-2025-06.xml" >"$TMP/check.out" 2>&1
is $? 0 "10,000 categories: the plan and its report check"

printf 'the bulletin of last month\n' >"$TMP/bulletin.pdf"
cp "$TMP/bulletin.pdf" "$TMP/before.pdf"
bounded "$DUBAO" bulletin "$B/plan.xml" "$B/progress-2025-06.xml" -o "$TMP/bulletin.pdf" \
    >"$TMP/bulletin.out" 2>"$TMP/bulletin.err"
is $? 1 "10,000 categories: the bulletin is refused (exit 1), not killed"
like "$(cat "$TMP/bulletin.err")" \
    '^[^:]*bulletin\.xsl: error: the document would have more than 2000 pages, the limit; nothing is written' \
    "it says the bulletin would pass the limit of pages"
is "$(wc -l <"$TMP/bulletin.err" | tr -d ' ')" 1 "once"
cmp -s "$TMP/before.pdf" "$TMP/bulletin.pdf"
ok $? "the PDF already there is untouched"
is "$(find "$TMP" -maxdepth 1 -name '.*tmp*' | wc -l | tr -d ' ')" 0 "no temporary file is left"

bounded "$DUBAO" charts "$B/plan.xml" "$B/progress-2025-06.xml" -o "$TMP/charts" \
    >"$TMP/charts.out" 2>"$TMP/charts.err"
is $? 0 "10,000 categories: the charts are drawn"
# One bar per category on a row of its own: at least 10,000 rows of
# some 20 pt each.
h=$(sed -n 's|^wrote .*/completion\.svg ([0-9]* x \([0-9]*\) pt)$|\1|p' "$TMP/charts.out")
[ "${h:-0}" -gt 150000 ]
ok $? "the completion chart has room for every category ($h pt tall)"
xmllint --noout "$TMP/charts/completion.svg" 2>/dev/null
ok $? "and is well-formed SVG"
bounded "$DUBAO" charts --png "$B/plan.xml" "$B/progress-2025-06.xml" -o "$TMP/png" \
    >"$TMP/png.out" 2>"$TMP/png.err"
is $? 2 "as PNG, a chart too tall for a PNG: exit 2"
like "$(cat "$TMP/png.err")" \
    'completion\.png: the chart would be [0-9]+ x [0-9]+ pixels, more than a PNG may have \(32767 a side\)' \
    "it says the chart is too tall for a PNG"
[ ! -e "$TMP/png/completion.png" ] && [ -s "$TMP/png/completion.svg" ]
ok $? "no PNG is written for it; its SVG is"

# ---- 600 categories: printed in full ----------------------------------------

M=$TMP/many
plan 600 "$M"
bounded "$DUBAO" bulletin "$M/plan.xml" "$M/progress-2025-06.xml" -o "$TMP/many.pdf" \
    >"$TMP/many.out" 2>"$TMP/many.err"
is $? 0 "600 categories: the bulletin is made"
said=$(sed -n 's/^wrote .* (\([0-9]*\) pages, .*/\1/p' "$TMP/many.out")
pages=$(pdfinfo "$TMP/many.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -gt 100 ] && [ "${pages:-0}" -lt 2000 ]
ok $? "a long bulletin, within the limit ($pages pages)"
is "$said" "$pages" "dubao says how many pages it has"
pdftotext "$TMP/many.pdf" - 2>/dev/null | tr -d ' \n' >"$TMP/many.txt"
grep -q '第600类项目' "$TMP/many.txt"
ok $? "its last category is printed"

# ---- ids never make paths --------------------------------------------------

E=$TMP/evil
mkdir -p "$E/in"
sed 's|id="big-2025"|id="../../x"|' "$M/plan.xml" >"$E/in/plan.xml"
sed 's|plan="big-2025"|plan="../../x"|' "$M/progress-2025-06.xml" >"$E/in/progress-2025-06.xml"
mkdir -p "$E/deep/er"
# Everything there is, but for the output folders (which are the
# commands' own).
others() { find "$E" -not -path "$E/deep/er/out*" -not -path "$E/deep/er/archive-*" | sort; }
others >"$TMP/evil.before"
(cd "$E/deep/er" && bounded "$DUBAO" batch "$E/in" -o out >"$TMP/evil.out" 2>"$TMP/evil.err")
is $? 1 "a plan id ../../x: the batch fails (exit 1)"
like "$(cat "$TMP/evil.err")" 'plan\.xml:[0-9]+: error: <plan> id="\.\./\.\./x" is not an identifier' \
    "it says the id is not an identifier"
others | diff "$TMP/evil.before" - >/dev/null
ok $? "nothing is written outside the output folder"
(cd "$E/deep/er" && bounded "$DUBAO" archive "$E/in" >"$TMP/evil.out" 2>"$TMP/evil.err")
is $? 1 "dubao archive of it fails too (exit 1)"
others | diff "$TMP/evil.before" - >/dev/null
ok $? "and writes nothing outside its folder"

done_testing
