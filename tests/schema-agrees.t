#!/bin/sh
# tests/schema-agrees.t: the RELAX NG schema (templates/dubao.rng) and
# dubao agree on the inputs of the test corpus.
#
# - Every good input passes `xmllint --relaxng`: input/**/*.xml,
#   tests/bad/plans/*.xml, and every file of the corpus cases whose
#   golden exit status is 0.
# - Every corpus case whose error is structural or lexical (the list
#   STRUCTURAL below: what shape.c or the XML reader says) FAILS the
#   schema, on the case's own file tests/bad/NAME.xml.
# - Cases whose errors need more than the shape of one file (the list
#   SEMANTIC: duplicate ids, ranges, refs, units, dates against the plan,
#   text empty once trimmed, DOCTYPE, unreadable files) are not expected
#   to fail the schema; nor is the text of <due> and <percent>, which
#   may hold foreign elements beside it and which RELAX NG therefore
#   cannot type (dubao checks it).
# Every case with a non-zero golden status is in exactly one list.
# Cases in tests/bad/KNOWN-SCHEMA-DISAGREEMENTS are reported as TODO.
. "$(dirname "$0")/lib.sh"
. tests/bad/cases.sh

RNG=templates/dubao.rng
KNOWN=tests/bad/KNOWN-SCHEMA-DISAGREEMENTS

command -v xmllint >/dev/null 2>&1 || { echo "1..0 # SKIP no xmllint"; exit 0; }

# Errors of shape: unknown element or attribute, repeated or missing
# element, missing attribute, bad id, date, number, integer, year or
# choice, wrong root, no namespace, stray text; and files that are not
# well-formed XML (no RELAX NG tool accepts them either).
STRUCTURAL='
plan-bad-milestone-date
plan-bad-date-form
plan-bad-id-leading-dash
plan-bad-id-non-ascii
plan-bad-id-space
plan-bad-id-too-long
plan-bad-milestone-percent
plan-bad-number-16-digits
plan-bad-number-exponent
plan-bad-number-fullwidth
plan-bad-number-negative
plan-bad-number-separator
plan-bad-role
plan-bad-start
plan-bad-year
plan-bad-year-chinese
plan-bad-year-partly-digits
plan-category-without-project
plan-dubao-ns-attribute
plan-element-no-namespace
plan-many-errors
plan-missing-attribute
plan-missing-target-unit
plan-missing-year
plan-no-category
plan-no-namespace
plan-other-namespace
plan-project-without-category
plan-repeated-due
plan-repeated-target
plan-stray-text
plan-stray-text-target
plan-task-in-task
plan-units-empty
plan-unknown-attribute
plan-unknown-element
plan-wrong-root
plan-year-zero
progress-bad-as-of
progress-bad-issue
progress-bad-quantity
progress-bad-status
progress-element-no-namespace
progress-many-errors
progress-missing-as-of
progress-missing-ref
progress-ref-bad-id
progress-repeated-done
progress-stray-text
progress-unknown-element
xml-bad-utf8
xml-empty-file
xml-not-well-formed
xml-too-deep
xml-unknown-encoding
'

# Errors that the schema cannot see (or need not): rules across values,
# across files or against the plan, blank text, the reader's DOCTYPE ban,
# files that cannot be opened, a document of the wrong kind for its
# place on the command line.
SEMANTIC='
plan-bad-date-feb30
progress-bad-percent
file-name-as-given
io-directory
io-missing-file
plan-due-outside
plan-dup-id
plan-empty-name
plan-empty-unit
plan-is-progress
plan-milestone-dates-not-increasing
plan-milestone-outside
plan-milestone-percent-decreasing
plan-milestone-percent-over-100
plan-milestone-task-inherits-due
plan-start-after-end
plan-target-zero
plan-two-leads
plan-weight-zero
progress-as-of-outside
progress-done-no-target
progress-dup-as-of
progress-dup-report
progress-empty-report
progress-is-plan
progress-issue-zero
progress-issue-zeros
progress-many-semantic
progress-percent-over-100
progress-plan-has-errors
progress-plan-mismatch
progress-ref-category
progress-ref-project-with-tasks
progress-ref-wrong-case
progress-unit-mismatch
progress-unknown-ref
xml-doctype
xml-doctype-entity
xml-doctype-external
'

in_list() {	# in_list WORD LIST
	for _w in $2; do
		[ "$_w" = "$1" ] && return 0
	done
	return 1
}

todo_for() {
	if bad_listed "$KNOWN" "$1"; then
		echo "known disagreement (tests/bad/KNOWN-SCHEMA-DISAGREEMENTS)"
	fi
}

# result STATUS DESCRIPTION [TODO-REASON]
result() {
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then _r="ok"; else _r="not ok"; fi
	if [ -n "${3:-}" ]; then
		echo "$_r $_n - $2 # TODO $3"
	else
		echo "$_r $_n - $2"
		[ "$1" -eq 0 ] || _failed=$((_failed + 1))
	fi
}

# rng FILE: xmllint's RELAX NG verdict (0 valid), its messages in $TMP/out.
rng() {
	xmllint --noout --nonet --relaxng "$RNG" "$1" >"$TMP/out" 2>&1
}

# passes FILE DESCRIPTION [TODO]
passes() {
	rng "$1"
	_st=$?
	result $_st "$2" "${3:-}"
	[ $_st -eq 0 ] || head -5 "$TMP/out" | sed 's/^/#   /'
}

# ---------------------------------------------------------------- good inputs

goods=$(find input tests/bad/plans -name '*.xml' -type f 2>/dev/null | LC_ALL=C sort)
for f in $goods; do
	passes "$f" "schema accepts $f"
done

cases=$(bad_cases)
[ -n "$cases" ] || { echo "Bail out! no cases in tests/bad"; exit 1; }

for name in $cases; do
	status=$(cat "tests/bad/$name.status" 2>/dev/null)
	todo=$(todo_for "$name")
	if [ "$status" = 0 ]; then
		for f in $(bad_files "$name"); do
			# The shared files were checked above as good inputs.
			case $f in tests/bad/plans/*) continue ;; esac
			passes "$f" "$name (good case): schema accepts $f" "$todo"
		done
		if in_list "$name" "$STRUCTURAL $SEMANTIC"; then
			result 1 "$name: a good case is in no list of this test"
		fi
		continue
	fi
	s=1 m=1
	in_list "$name" "$STRUCTURAL" && s=0
	in_list "$name" "$SEMANTIC" && m=0
	if [ $s -eq $m ]; then
		result 1 "$name: in exactly one of STRUCTURAL and SEMANTIC (tests/schema-agrees.t)"
		continue
	fi
	[ $s -eq 0 ] || continue
	if rng "tests/bad/$name.xml"; then
		result 1 "$name (structural): schema refuses tests/bad/$name.xml" "$todo"
		diag "  xmllint accepts it; dubao says:"
		sed 's/^/#     /' "tests/bad/$name.err"
	else
		result 0 "$name (structural): schema refuses tests/bad/$name.xml" "$todo"
	fi
done

# The lists name cases that exist (a renamed case must not silently
# drop out of this test), and the known disagreements too.
for name in $STRUCTURAL $SEMANTIC $(sed -e 's/#.*//' "$KNOWN"); do
	in_list "$name" "$cases"
	result $? "$name is a case of tests/bad"
done

done_testing
