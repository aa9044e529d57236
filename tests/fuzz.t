#!/bin/sh
# tests/fuzz.t: every input the fuzz targets ever crashed on
# (fuzz/regressions/TARGET/), and the seeds of fuzz/seeds.sh, run once
# through each target: they are built with AddressSanitizer and UBSan,
# so that a fixed crash that comes back fails here, not only when
# someone fuzzes again.  (make fuzz is the fuzzing itself.)
. "$(dirname "$0")/lib.sh"

if [ -n "$SANITIZED" ]; then
	echo "1..0 # SKIP the targets are the same whichever dubao is tested"
	exit 0
fi
export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"
for t in inputs bulletin layout chart; do
	bin=build-fuzz/fuzz_$t
	if [ ! -x "$bin" ]; then
		echo "not ok $((_n + 1)) - fuzz_$t: $bin is not built (make fuzz-build)"
		_n=$((_n + 1))
		_failed=$((_failed + 1))
		continue
	fi
	n=$(ls fuzz/regressions/$t | wc -l | tr -d ' ')
	[ "$n" -gt 0 ]
	ok $? "fuzz_$t: there are regression inputs ($n)"
	dirs="fuzz/regressions/$t"
	[ -d build-fuzz/seeds/$t ] && dirs="$dirs build-fuzz/seeds/$t"
	# shellcheck disable=SC2086
	"$bin" -runs=0 -rss_limit_mb=2048 -timeout=60 $dirs >"$TMP/$t.log" 2>&1
	st=$?
	is "$st" 0 "fuzz_$t: each regression and seed runs clean"
	[ "$st" -eq 0 ] || grep -A12 'ERROR\|runtime error' "$TMP/$t.log" | head -30 | sed 's/^/#   /'
	grep -q "^Done [0-9]* runs" "$TMP/$t.log"
	ok $? "fuzz_$t: libFuzzer ran them ($(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$TMP/$t.log") runs)"
done
done_testing
