#!/bin/sh
# tests/bad/update-golden.sh [NAME...]: rewrites NAME.err and NAME.status
# of the corpus cases from the current ./dubao (build it first: make).
#
# With no NAME, every case except those in KNOWN-FAILING, whose goldens
# hold the expected (not the current) output and are written by hand.
# Naming a known-failing case rewrites it anyway (once it is fixed).
#
# The new goldens must be reviewed by hand (git diff tests/bad) before
# they are committed: this script records what dubao says, right or wrong.
set -u
cd "$(dirname "$0")/../.." || exit 1
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset DUBAO_DATADIR
. tests/bad/cases.sh

[ -x ./dubao ] || { echo "update-golden.sh: no ./dubao; run make" >&2; exit 2; }

if [ $# -eq 0 ]; then
	set -- $(bad_cases)
	all=1
else
	all=0
fi
n=0
for name in "$@"; do
	name=${name##*/}
	name=${name%.xml}
	name=${name%.args}
	if [ ! -f "tests/bad/$name.xml" ] && [ ! -f "tests/bad/$name.args" ]; then
		echo "update-golden.sh: no case $name" >&2
		exit 2
	fi
	if bad_listed tests/bad/KNOWN-FAILING "$name"; then
		if [ "$all" -eq 1 ]; then
			echo "skipped $name (known failing; name it to rewrite it)"
			continue
		fi
		echo "warning: $name is in tests/bad/KNOWN-FAILING" >&2
	fi
	bad_run "$name" "tests/bad/$name.err"
	echo $? >"tests/bad/$name.status"
	n=$((n + 1))
done
echo "rewrote $n case(s); review them: git diff -- tests/bad"
