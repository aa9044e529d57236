#!/bin/sh
# tests/charts.t: `dubao charts` on the sample and on edge cases: valid
# SVG that librsvg renders, bars and labels as the model says (checked by
# tests/chartcheck.py on the drawing trace and on librsvg's pixels),
# growth with the number of categories, and byte-identical reruns.
. "$(dirname "$0")/lib.sh"

S=input/dalian-2025
E=tests/charts

# run NAME PLAN PROGRESS...: charts, trace and model into $TMP/NAME.
run() {
	name=$1
	shift
	"$DUBAO" charts "$@" -o "$TMP/$name" --png >"$TMP/$name.out" 2>"$TMP/$name.err"
	ok $? "$name: dubao charts succeeds"
	"$DUBAO" charts "$@" --trace >"$TMP/$name.trace" 2>/dev/null
	"$DUBAO" model "$@" >"$TMP/$name.model" 2>/dev/null
	for svg in "$TMP/$name"/*.svg; do
		xmllint --noout "$svg" 2>"$TMP/xmllint.err"
		ok $? "$name: $(basename "$svg") is well-formed XML"
		rsvg-convert -o "$TMP/r.png" "$svg" 2>"$TMP/rsvg.err" && [ -s "$TMP/r.png" ]
		ok $? "$name: $(basename "$svg") renders with rsvg-convert"
		head -c 200 "$svg" | grep -q '<svg' 
		ok $? "$name: $(basename "$svg") is SVG"
	done
}

run sample $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml
is "$(ls "$TMP/sample" | grep -c '\.svg$')" 4 "sample: four charts"
is "$(cat "$TMP/sample.err")" "" "sample: nothing on stderr (no missing glyph)"
tap_run python3 tests/chartcheck.py "$TMP/sample.model" "$TMP/sample.trace" "$TMP/sample"

run edge $E/edge-plan.xml $E/edge-2025-05.xml $E/edge-2025-06.xml
is "$(cat "$TMP/edge.err")" "" "edge: no warning, so 𠮷 found a font"
tap_run python3 tests/chartcheck.py "$TMP/edge.model" "$TMP/edge.trace" "$TMP/edge" --edge

run one $E/one-plan.xml $E/one-2025-06.xml
is "$(ls "$TMP/one" | grep '\.svg$' | tr '\n' ' ')" "completion.svg status.svg units.svg " \
    "one category, one issue: no trend chart"
tap_run python3 tests/chartcheck.py "$TMP/one.model" "$TMP/one.trace" "$TMP/one"

# Twelve issues: the dates under a trend panel never touch, and the
# latest is always there (they once ran into each other and 10月 and 11月
# went missing while earlier months stayed).
python3 tools/synth.py "$TMP/y12" --projects 30 --months 12 >/dev/null
"$DUBAO" charts --trace "$TMP/y12/plan.xml" "$TMP"/y12/progress-2025-*.xml >"$TMP/y12.trace" 2>/dev/null
python3 - "$TMP/y12.trace" >"$TMP/y12.check" <<'PY'
import re, sys
panels, cur, chart = {}, None, None
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"group (\S+)", line)
    if m:
        chart = m.group(1)
    m = re.match(r"  group (.+)", line)
    if m and chart == "trend":
        cur = m.group(1).strip()
    m = re.match(r'\s*text ([\d.]+) ([\d.]+) ([\d.]+) [\d.]+ .*"(\d+月\d+日)"$', line)
    if m and chart == "trend" and cur:
        panels.setdefault(cur, []).append((float(m.group(1)), float(m.group(2)),
                                           float(m.group(3)), m.group(4)))
bad = []
for name, dates in panels.items():
    dates.sort()
    for a, b in zip(dates, dates[1:]):
        if a[1] == b[1] and a[0] + a[2] + 1 > b[0]:
            bad.append("%s: %s touches %s" % (name, a[3], b[3]))
    if dates[-1][3] != "12月31日":
        bad.append("%s: the latest date is missing" % name)
print("panels=%d bad=%s" % (len(panels), "; ".join(bad)))
PY
like "$(cat "$TMP/y12.check")" '^panels=1[0-9] bad=$' \
    "12 issues: no two dates of a trend panel touch, the latest always shown ($(cat "$TMP/y12.check"))"

python3 tools/synth.py "$TMP/c100" --projects 150 --categories 100 --months 2 >/dev/null
run c100 "$TMP/c100/plan.xml" "$TMP/c100/progress-2025-01.xml" "$TMP/c100/progress-2025-02.xml"
# A hundred categories: every check of the model, summed up in one line.
python3 tests/chartcheck.py "$TMP/c100.model" "$TMP/c100.trace" "$TMP/c100" >"$TMP/check"
ok $? "c100: chartcheck.py ran to the end"
grep '^not ok' "$TMP/check" | head -5 | sed 's/^/# /'
is "$(grep -c '^not ok' "$TMP/check")" 0 \
    "c100: all $(grep -c '^ok' "$TMP/check") checks of 100 categories' charts pass"
h=$(sed -n 's/^size [0-9.]* \([0-9.]*\)$/\1/p' "$TMP/c100.trace" | head -1)
awk -v h="$h" 'BEGIN { exit !(h > 100 * 18) }'
ok $? "c100: the completion chart grows with 100 categories ($h pt high)"

# Same inputs, same bytes.
"$DUBAO" charts $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml \
    -o "$TMP/again" >/dev/null 2>&1
for f in completion status trend units; do
	cmp -s "$TMP/sample/$f.svg" "$TMP/again/$f.svg"
	ok $? "determinism: $f.svg is byte-identical on a second run"
done

# Errors: a template that makes a bad chart names it and writes nothing.
cat >"$TMP/bad.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><layout><chart id="x" kind="pie"/><chart id="../y" kind="bars"/></layout></xsl:template>
</xsl:stylesheet>
XSL
out=$("$DUBAO" charts -t "$TMP/bad.xsl" $S/plan.xml $S/progress-2025-06.xml -o "$TMP/bad" 2>&1)
is "$?" 1 "a template with a bad chart: exit 1"
like "$out" 'bad.xsl(:[0-9]+)?: error: layout: <chart x> kind: must be bars, stacked or trend' "names the bad kind"
like "$out" 'id: missing, or not an identifier' "refuses an id that is not a safe file name"
test ! -e "$TMP/bad" && test ! -e "$TMP/y.svg"
ok $? "and writes nothing"

done_testing
