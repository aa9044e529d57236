#!/bin/sh
# tests/bad.t: the corpus of bad (and a few good) inputs in tests/bad/,
# each run through `dubao check` and compared with its goldens
# (tests/bad/README.md says how a case is laid out).
#
# For every case: the exit status is NAME.status, stderr is exactly
# NAME.err, the run did not crash (status at most 2) and every line of
# stderr is a diagnostic.  A case listed in tests/bad/KNOWN-FAILING is
# one TODO line instead, with the same differences shown.
#
# Then cases too big for the corpus (the limits of doc/format.md), made
# under $TMP, and a check that every message of the catalogue
# (generator/msg.c) that a file can trigger appears in some golden.
. "$(dirname "$0")/lib.sh"
. tests/bad/cases.sh

KNOWN=tests/bad/KNOWN-FAILING
DIAG_RE='^[^:]+(:[0-9]+)?: (error|warning|note): '
# Any run longer than this is a hang (exit 124 from timeout(1)).
BAD_TIMEOUT=${BAD_TIMEOUT:-60}
export DUBAO BAD_TIMEOUT

[ -x "$DUBAO" ] || { echo "Bail out! no ./dubao; run make"; exit 1; }

# result STATUS DESCRIPTION [TODO-REASON]: one TAP line; with a reason,
# a TODO line, which does not fail the file.
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

# check_run NAME STATUS ERRFILE WANT_STATUS WANT_ERRFILE TODO: the four
# checks of one run; with TODO (a known-failing case), one TODO line
# for all of them, which turns into "TODO passed" once the bug is fixed.
check_run() {
	_name=$1 _st=$2 _err=$3 _wst=$4 _werr=$5 _todo=$6
	_ok_st=0 _ok_err=0 _ok_crash=0 _ok_lines=0

	[ "$_st" = "$_wst" ] || _ok_st=1
	cmp -s "$_werr" "$_err" || _ok_err=1
	[ "$_st" -le 2 ] || _ok_crash=1
	! grep -Evq -- "$DIAG_RE" "$_err" || _ok_lines=1

	if [ -n "$_todo" ]; then
		[ $((_ok_st + _ok_err + _ok_crash + _ok_lines)) -eq 0 ]
		result $? "$_name: status, stderr, no crash, diagnostics" "$_todo"
	else
		result $_ok_st "$_name: exit status $_wst"
		result $_ok_err "$_name: stderr as in the golden"
		result $_ok_crash "$_name: no crash or hang"
		result $_ok_lines "$_name: every stderr line is a diagnostic"
	fi
	[ $_ok_st -eq 0 ] || printf '#   exit status %s, want %s\n' "$_st" "$_wst"
	[ $_ok_crash -eq 0 ] || printf '#   a crash or a hang (status above 2)\n'
	if [ $_ok_err -ne 0 ]; then
		printf '#   stderr differs from the golden (- want, + got):\n'
		diff -u "$_werr" "$_err" | sed -e '1,2d' -e 's/^/#   /'
	fi
	if [ $_ok_lines -ne 0 ]; then
		grep -Ev -- "$DIAG_RE" "$_err" | head -5 | sed 's/^/#   not a diagnostic: /'
	fi
}

todo_for() {
	if bad_listed "$KNOWN" "$1"; then
		echo "known failing (tests/bad/KNOWN-FAILING)"
	fi
}

# Every diagnostic printed, for the catalogue check at the end.
ALL_ERR=$TMP/all.err
: >"$ALL_ERR"

# ---------------------------------------------------------------- corpus

cases=$(bad_cases)
[ -n "$cases" ] || { echo "Bail out! no cases in tests/bad"; exit 1; }

for name in $cases; do
	todo=$(todo_for "$name")
	if [ ! -f "tests/bad/$name.err" ] || [ ! -f "tests/bad/$name.status" ]; then
		result 1 "$name: has a golden .err and .status (run tests/bad/update-golden.sh $name)"
		continue
	fi
	missing=
	for f in $(bad_files "$name"); do
		case $name in io-*) continue ;; esac   # those name what is not there
		[ -e "$f" ] || missing="$missing $f"
	done
	if [ -n "$missing" ]; then
		result 1 "$name: its files exist (missing:$missing)"
		continue
	fi
	bad_run "$name" "$TMP/err"
	st=$?
	cat "$TMP/err" >>"$ALL_ERR"
	check_run "$name" "$st" "$TMP/err" "$(cat "tests/bad/$name.status")" \
	    "tests/bad/$name.err" "$todo"
done

# Every name in KNOWN-FAILING is a case (or a generated case below), so
# that a typo does not silently excuse nothing.
gen_names="gen-too-large gen-text-too-long gen-too-many-elements gen-too-many-items
gen-items-at-limit gen-many-units gen-line-beyond-65535 gen-too-many-files
gen-huge-text gen-too-many-attributes gen-utf16-no-bom"
for k in $(sed -e 's/#.*//' "$KNOWN"); do
	found=1
	for name in $cases $gen_names; do
		[ "$name" = "$k" ] && found=0
	done
	result $found "KNOWN-FAILING names an existing case: $k"
done

# Diagnostics at line N are printed in line order (checked on every
# golden, so that a wrong golden cannot hide a sorting bug).
unsorted=
for e in tests/bad/*.err; do
	# Per file named in the diagnostics, the line numbers must not go down.
	if ! awk -F: '
		NF >= 3 && $2 ~ /^[0-9]+$/ {
			if (($1 in last) && $2 + 0 < last[$1]) bad = 1
			last[$1] = $2 + 0
		}
		END { exit bad }' "$e"; then
		unsorted="$unsorted ${e##*/}"
	fi
done
[ -z "$unsorted" ]
result $? "every golden is in line order per file${unsorted:+ (not:$unsorted)}"

# ---------------------------------------------------------------- limits
# Files too big to keep in the corpus, made in $TMP and checked in $TMP
# (so that FILE in the messages is a plain name).

# gen NAME WANT_STATUS WANT_STDERR FILE...: runs dubao check in $TMP.
gen() {
	_gname=$1 _gst=$2
	printf '%s' "$3" >"$TMP/want.err"
	shift 3
	(cd "$TMP" && bad_timeout "$DUBAO" check "$@" 2>"$TMP/err" >/dev/null)
	_got=$?
	cat "$TMP/err" >>"$ALL_ERR"
	check_run "$_gname" "$_got" "$TMP/err" "$_gst" "$TMP/want.err" "$(todo_for "$_gname")"
}

# plan_with_projects N UNITS: N projects, one a line, after a plan and a
# category on the first two lines.
plan_with_projects() {
	awk -v n="$1" -v units="$2" 'BEGIN {
		print "<plan xmlns=\"urn:dubao:1\" id=\"gen-2025\" year=\"2025\" title=\"生成的计划\">"
		print "<category id=\"c01\" name=\"城市安居项目\">"
		for (i = 1; i <= n; i++)
			printf "<project id=\"p%d\" name=\"项目%d\"><units>%s</units></project>\n", i, i, units
		print "</category>"
		print "</plan>"
	}'
}

# One input file larger than 32 MiB (sparse: no disk used).
if command -v truncate >/dev/null 2>&1; then
	truncate -s 34603008 "$TMP/too-large.xml"
	gen gen-too-large 1 "too-large.xml: error: the file is 34603008 bytes long; the limit is 33554432 bytes
" too-large.xml
else
	diag "skipped gen-too-large: no truncate(1)"
fi

# An attribute value longer than 65,536 bytes.
{
	printf '<plan xmlns="urn:dubao:1" id="gen-2025" year="2025" title="'
	head -c 65537 /dev/zero | tr '\0' 'a'
	printf '">\n<category id="c01" name="城市安居项目"><project id="p01" name="筹集保障性住房"><units><unit role="lead">市住建局</unit></units></project></category></plan>\n'
} >"$TMP/text-too-long.xml"
gen gen-text-too-long 1 "text-too-long.xml:1: error: <plan> attribute title is 65537 bytes long; the limit is 65536 bytes
" text-too-long.xml

# 200,002 elements: 2 + 40,000 projects of 5 elements each.
plan_with_projects 40000 '<unit role="lead">市住建局</unit><unit>市财政局</unit><unit>市民政局</unit>' >"$TMP/too-many-elements.xml"
gen gen-too-many-elements 1 "too-many-elements.xml:40002: error: more than 200000 elements in one file, the limit; the rest of the file is not read
" too-many-elements.xml

# 50,001 categories + projects, and 50,000 (the limit, accepted).
plan_with_projects 50000 '<unit role="lead">市住建局</unit>' >"$TMP/too-many-items.xml"
gen gen-too-many-items 1 "too-many-items.xml:50002: error: more than 50000 categories, projects and tasks in one file, the limit; the rest of the file is not read
" too-many-items.xml
plan_with_projects 49999 '<unit role="lead">市住建局</unit>' >"$TMP/items-at-limit.xml"
gen gen-items-at-limit 0 "" items-at-limit.xml

# 100,000 units of one project: within every limit, must not take minutes.
{
	printf '<plan xmlns="urn:dubao:1" id="gen-2025" year="2025" title="生成的计划">\n'
	printf '<category id="c01" name="城市安居项目"><project id="p01" name="筹集保障性住房"><units><unit role="lead">市住建局</unit>\n'
	awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "<unit>第%d街道办事处</unit>\n", i }'
	printf '</units></project></category></plan>\n'
} >"$TMP/many-units.xml"
BAD_TIMEOUT=$((5 * SLOWER)) gen gen-many-units 0 "" many-units.xml

# Line numbers beyond 65,535 (libxml2 stores 16 bits per element): each
# diagnostic at the line of its element.
{
	printf '<plan xmlns="urn:dubao:1" id="gen-2025" year="2025" title="生成的计划">\n'
	printf '<category id="c01" name="城市安居项目"><project id="p01" name="筹集保障性住房"><units><unit role="lead">市住建局</unit></units>\n'
	awk 'BEGIN { for (i = 3; i <= 70002; i++) print "<!-- 第" i "行 -->" }'
	printf '      <milestone date="2025-06-30" percent="140"/>\n'
	printf '      <milestone date="2025-05-30" percent="150"/>\n'
	printf '      <target quantity="8000" unit="套" 备注="原文"/>\n'
	printf '      <due>2025-02-30</due>\n'
	printf '</project></category></plan>\n'
} >"$TMP/big-lines.xml"
gen gen-line-beyond-65535 1 'big-lines.xml:70003: error: <milestone> percent 140 of "筹集保障性住房" is above 100
big-lines.xml:70004: error: <milestone> percent 150 of "筹集保障性住房" is above 100
big-lines.xml:70004: error: <milestone> date="2025-05-30" of "筹集保障性住房" is not after the previous milestone'"'"'s 2025-06-30
big-lines.xml:70005: error: <target> has no attribute 备注 (value "原文")
big-lines.xml:70006: error: <due>2025-02-30</due> is not a date (YYYY-MM-DD, a real calendar day)
' big-lines.xml

# More progress files in one run than the limit (1,000): refused before
# any is read, naming the first one over it.
cp tests/bad/plans/city-2025.xml "$TMP/files-plan.xml"
awk 'BEGIN { for (i = 1; i <= 1001; i++) printf "f%04d.xml\n", i }' >"$TMP/files.list"
for f in $(cat "$TMP/files.list"); do
	printf '<progress xmlns="urn:dubao:1" plan="city-2025" as-of="2025-06-30"/>\n' >"$TMP/$f"
done
gen gen-too-many-files 1 "f1001.xml: error: more than 1000 progress files in one run, the limit
" files-plan.xml $(cat "$TMP/files.list")

# A text node over libxml2's own 10,000,000 bytes (Chinese text reaches
# it before dubao can measure the text): named as dubao names limits.
{
	printf '<plan xmlns="urn:dubao:1" id="gen-2025" year="2025" title="生成的计划">\n'
	printf '<category id="c01" name="城市安居项目">\n<project id="p01" name="筹集保障性住房"><description>'
	awk 'BEGIN { s = "说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说说"; for (i = 0; i < 70000; i++) print s }'
	printf '</description></project></category></plan>\n'
} >"$TMP/huge-text.xml"
gen gen-huge-text 1 "huge-text.xml:3: error: the text of <description> is longer than 10000000 bytes; the limit is 65536 bytes
" huge-text.xml

# 300 attributes (of another namespace) on one element: over the limit
# of 256, which keeps libxml2's schema validation from taking gigabytes.
{
	printf '<plan xmlns="urn:dubao:1" xmlns:x="urn:x" id="gen-2025" year="2025" title="生成的计划">\n'
	printf '<category id="c01" name="城市安居项目">\n<project id="p01" name="筹集保障性住房"'
	awk 'BEGIN { for (i = 0; i < 300; i++) printf " x:a%d=\"v\"", i }'
	printf '/></category></plan>\n'
} >"$TMP/many-attributes.xml"
gen gen-too-many-attributes 1 "many-attributes.xml:3: error: <project> has more than 256 attributes, the limit; the rest of the file is not read
" many-attributes.xml

# UTF-16 without its byte order mark: read, with a warning.
printf '<?xml version="1.0" encoding="UTF-16"?>\n<plan xmlns="urn:dubao:1" id="gen-2025" year="2025" title="生成的计划"><category id="c01" name="城市安居项目"><project id="p01" name="筹集保障性住房"><units><unit role="lead">市住建局</unit></units></project></category></plan>\n' |
	iconv -f UTF-8 -t UTF-16LE >"$TMP/utf16-no-bom.xml"
gen gen-utf16-no-bom 0 "utf16-no-bom.xml:1: warning: the file is UTF-16 without a byte order mark; it was read, but save it with the mark, or as UTF-8
" utf16-no-bom.xml

# ---------------------------------------------------------------- catalogue
# Every message of generator/msg.c appears in some run above, except
# those that no input file of `dubao check` can trigger.  A new message
# fails here until it has a case in tests/bad/, or is listed below.
#   MSG_SCHEMA_LOAD: a broken installation, not an input.
#   MSG_SCHEMA: only when the schema and shape.c disagree (today: see
#   tests/bad/KNOWN-SCHEMA-DISAGREEMENTS); absent once they agree.
#   MSG_TEMPLATE, MSG_LAYOUT_*, MSG_MISSING_GLYPH: templates, layouts
#   and fonts of the reports, not `dubao check`.
#   MSG_DUP_PLAN_ID: two plan folders of one batch (tests/batch.t).
#   MSG_TOO_MANY_PAGES: a bulletin too long to print (tests/limits.t).
unreachable="MSG_SCHEMA_LOAD MSG_SCHEMA MSG_TEMPLATE MSG_LAYOUT_ELEMENT
MSG_LAYOUT_ATTR MSG_LAYOUT_PLACE MSG_MISSING_GLYPH MSG_DUP_PLAN_ID MSG_TOO_MANY_PAGES"
sed -n 's/^[[:space:]]*\[\(MSG_[A-Z0-9_]*\)\] = {SEV_[A-Z]*, N_("\(.*\)")},[[:space:]]*$/\1 \2/p' \
    generator/msg.c >"$TMP/catalogue"
# Each entry on one line, or this test would miss it.
[ -s "$TMP/catalogue" ] &&
    [ "$(wc -l <"$TMP/catalogue")" -eq "$(grep -c '^[[:space:]]*\[MSG_' generator/msg.c)" ]
result $? "the catalogue in generator/msg.c can be read (one entry a line)"
while read -r id format; do
	skip=1
	for u in $unreachable; do
		[ "$u" = "$id" ] && skip=0
	done
	[ "$skip" -eq 0 ] && continue
	# The format as an extended regexp: metacharacters escaped, then
	# each conversion matches anything.
	re=$(printf '%s\n' "$format" | sed \
	    -e 's/\\"/"/g' \
	    -e 's/[][\.*^$(){}+?|]/\\&/g' \
	    -e 's/%llu/.*/g' -e 's/%zu/.*/g' -e 's/%d/.*/g' -e 's/%s/.*/g' \
	    -e 's/%%/%/g')
	grep -Eq -- ": (error|warning|note): $re\$" "$ALL_ERR"
	result $? "catalogue: $id is covered by a case"
done <"$TMP/catalogue"

done_testing
