#!/bin/sh
# fuzz/seeds.sh DUBAO DIR: the seed corpora of the fuzz targets, made
# from input/ and the tests into DIR/inputs, DIR/bulletin, DIR/layout
# and DIR/chart (one file per seed).  Run from the top of the tree by
# `make fuzz`; the fuzzers' own finds go to other folders, so seeds are
# remade from scratch each time.
set -eu
DUBAO=$1
OUT=$2
rm -rf "$OUT"
mkdir -p "$OUT/inputs" "$OUT/bulletin" "$OUT/layout" "$OUT/chart"

# seed FILE PARTS...: the parts joined by NUL bytes, as fuzz_inputs.c
# splits them.
seed() {
	_f=$1
	shift
	: >"$_f"
	_first=1
	for _p in "$@"; do
		[ $_first -eq 1 ] || printf '\0' >>"$_f"
		cat "$_p" >>"$_f"
		_first=0
	done
}

# Plan folders: the sample data and the tests' plans, with their
# progress files.
n=0
for plan in input/*/plan.xml tests/charts/*plan.xml tests/model/*/plan.xml; do
	dir=$(dirname "$plan")
	case $plan in
	tests/charts/*) prefix=$(basename "$plan" plan.xml)
		progress=$(ls "$dir/$prefix"2*.xml) ;;
	*) progress=$(ls "$dir"/progress*.xml) ;;
	esac
	n=$((n + 1))
	# shellcheck disable=SC2086
	seed "$OUT/inputs/folder-$n" "$plan" $progress
	# shellcheck disable=SC2086
	"$DUBAO" model "$plan" $progress >"$OUT/bulletin/model-$n.xml" 2>/dev/null ||
	    rm -f "$OUT/bulletin/model-$n.xml"
	unit=$(sed -n 's|.*<unit role="lead">\([^<]*\)</unit>.*|\1|p' "$plan" | head -1)
	for t in bulletin.xsl unit.xsl tests/bulletin/*.xsl; do
		# shellcheck disable=SC2086
		"$DUBAO" bulletin --layout -t "$t" --param "unit=$unit" "$plan" $progress \
		    >"$OUT/layout/$n-$(basename "$t" .xsl).xml" 2>/dev/null ||
		    rm -f "$OUT/layout/$n-$(basename "$t" .xsl).xml"
	done
	# shellcheck disable=SC2086
	"$DUBAO" charts --layout "$plan" $progress >"$OUT/layout/$n-charts.xml" 2>/dev/null ||
	    rm -f "$OUT/layout/$n-charts.xml"
done

# The year's review: a cover, contents and chapters.
for dir in input/*/; do
	"$DUBAO" archive --layout "$dir" >"$OUT/layout/review-$(basename "$dir").xml" 2>/dev/null ||
	    rm -f "$OUT/layout/review-$(basename "$dir").xml"
done

# The bad corpus: every case as `dubao check` reads it.
for c in tests/bad/*.xml; do
	name=$(basename "$c" .xml)
	if [ -f "tests/bad/$name.args" ]; then
		# shellcheck disable=SC2046
		seed "$OUT/inputs/bad-$name" $(cat "tests/bad/$name.args")
	else
		cp "$c" "$OUT/inputs/bad-$name"
	fi
done 2>/dev/null

# Each chart of the layouts on its own.
python3 - "$OUT" <<'PY'
import sys, glob, os
import xml.etree.ElementTree as ET
out = sys.argv[1]
n = 0
for path in sorted(glob.glob(os.path.join(out, "layout", "*.xml"))):
    for chart in ET.parse(path).iter("chart"):
        n += 1
        with open(os.path.join(out, "chart", "chart-%d.xml" % n), "wb") as f:
            f.write(ET.tostring(chart, encoding="utf-8"))
PY
for d in inputs bulletin layout chart; do
	echo "fuzz/seeds.sh: $(ls "$OUT/$d" | wc -l) seeds for fuzz_$d"
done
