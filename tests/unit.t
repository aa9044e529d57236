#!/bin/sh
# tests/unit.t: the C unit tests (tests/unit/*.c, built into
# build/tests/), each a TAP stream; their results are renumbered into
# this one so that prove counts every assertion.
cd "$(dirname "$0")/.." || exit 1
for bin in build/tests/test_*; do
	[ -x "$bin" ] || { echo "Bail out! no unit test binaries; run make check"; exit 1; }
	echo "# $bin"
	# A crash or a failed assertion must fail this file, whatever the
	# binary managed to print before.
	DUBAO_DATADIR="$(pwd)" "$bin" || echo "not ok 0 - $bin exited with status $?"
done | awk '
	/^1\.\./ { next }
	/^ok [0-9]+/ { n++; sub(/^ok [0-9]+/, "ok " n); print; next }
	/^not ok [0-9]+/ { n++; sub(/^not ok [0-9]+/, "not ok " n); print; next }
	{ print }
	END { print "1.." n }'
