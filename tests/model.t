#!/bin/sh
# tests/model.t: `dubao model` against tests/recompute.py, a second and
# independent reading of FORMAT.md's Metrics, on the Dalian sample and on
# the synthetic cases in tests/model/; plus values worked out by hand.
#
# For every category, project, task, unit and the plan summary (and every
# history point), one assertion per value: completion, ratio, expected,
# light, reported, delta, and each <counts> element as a whole.  A value
# that differs is a "not ok" showing both (got: dubao, want: recompute.py).
. "$(dirname "$0")/lib.sh"

PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 is needed for tests/recompute.py"
	exit 0
fi
TAB=$(printf '\t')

# Known discrepancies, one per line: CASE<TAB>KEY<TAB>ATTR<TAB>REASON.  A
# comparison listed here is reported as TODO (it does not fail the suite)
# until the C code is fixed.  None at the moment.
TODO_LIST=''

printf '%s\n' "$TODO_LIST" >"$TMP/todo"

# is_todo GOT WANT DESCRIPTION [TODO-REASON]: like is, but a comparison
# with a reason is a TODO test (reported, not counted as a failure).
is_todo() {
	_n=$((_n + 1))
	_t=''
	[ -n "${4:-}" ] && _t=" # TODO bug: $4"
	if [ "$1" = "$2" ]; then
		echo "ok $_n - $3$_t"
	else
		echo "not ok $_n - $3$_t"
		printf '#   got:  %s (dubao)\n#   want: %s\n' "$1" "$2"
		[ -z "$_t" ] && _failed=$((_failed + 1))
	fi
	return 0
}

# compare CASE "ARGS" PLAN PROGRESS...: runs both and compares every value.
compare() {
	case_=$1 args_=$2
	shift 2
	# shellcheck disable=SC2086 # ARGS is a list of options
	"$DUBAO" model $args_ "$@" >"$TMP/$case_.xml" 2>"$TMP/$case_.err"
	st=$?
	is "$st" 0 "$case_: dubao model $args_ exits 0"
	[ "$st" -eq 0 ] || { sed 's/^/#   /' "$TMP/$case_.err" | head -5; return; }
	unlike "$(cat "$TMP/$case_.err")" ': error:' "$case_: no errors"
	# shellcheck disable=SC2086
	"$PY" tests/recompute.py $args_ "$@" >"$TMP/$case_.want"
	ok $? "$case_: recompute.py runs"
	"$PY" tests/recompute.py --extract "$TMP/$case_.xml" >"$TMP/$case_.got"
	ok $? "$case_: dubao's model XML reads back"
	# KEY ATTR WANT GOT TODO-REASON, for every value either side has.
	awk -F "$TAB" -v OFS="$TAB" -v c="$case_" '
		FILENAME ~ /todo$/ { if ($1 == c) todo[$2 OFS $3] = $4; next }
		FILENAME ~ /got$/ { got[$1 OFS $2] = $3; next }
		{ k = $1 OFS $2; print k, $3, (k in got ? got[k] : "(missing)"), todo[k]; seen[k] = 1 }
		END { for (k in got) if (!(k in seen)) print k, "(not expected)", got[k], todo[k] }
	' "$TMP/todo" "$TMP/$case_.got" "$TMP/$case_.want" >"$TMP/$case_.cmp"
	is "$(wc -l <"$TMP/$case_.cmp" | tr -d ' ')" \
		"$(wc -l <"$TMP/$case_.want" | tr -d ' ')" \
		"$case_: dubao has exactly the items and values recompute.py has"
	while IFS="$TAB" read -r key attr want got todo; do
		is_todo "$got" "$want" "$case_: $key $attr" "$todo"
	done <"$TMP/$case_.cmp"
}

# attr FILE START ATTR: the attribute ATTR of the first line of FILE that
# contains START (an element's start, e.g. '<project id="p01"').
attr() {
	grep -m1 -F -- "$2" "$1" | grep -o " $3=\"[^\"]*\"" | head -1 |
		sed 's/^[^"]*"//; s/"$//'
}
# counts FILE START: the numbers of the first <counts> after the line with
# START: total known unknown done green yellow red grey reported
# partly-reported not-reported.
counts() {
	awk -v s="$2" 'index($0, s) { on = 1 } on && /<counts / { print; exit }' "$1" |
		grep -o '="[0-9]*"' | tr -d '="' | tr '\n' ' ' | sed 's/ $//'
}

# ------------------------------------------------------------ the sample
D=input/dalian-2025
compare dalian "" $D/plan.xml $D/progress-2025-05.xml $D/progress-2025-06.xml
# The order on the command line does not matter: the latest as-of is the
# issue, the one before it gives the changes.
compare dalian-reversed "" $D/plan.xml $D/progress-2025-06.xml $D/progress-2025-05.xml
M=$TMP/dalian.xml

# ---------------------------------------------- the sample, by hand
# Every issue date is 2025-06-30 (t = 181 of 365); the previous 2025-05-31.
# Linear schedule: expected = 181/365 = 0.495890… -> 0.4959 (49.59 %).

# c01 城市安居: three leaves, weight 1 each.
#   June: (2089/8000 + 6743/8000 + 1.1499/3.3)/3
#       = (0.261125 + 0.842875 + 0.348454…)/3 = 1.452454…/3 = 0.484151… -> 0.4842
#   May:  (1650/8000 + 5820/8000 + 0.982/3.3)/3
#       = (0.20625 + 0.7275 + 0.297575…)/3 = 0.410441… -> 0.4104
#   delta 0.4842 - 0.4104 = 0.0738; 48.42 >= 49.59 - 5 -> green.
#   p01 26.11 < 49.59 - 20 = 29.59 -> red; p02 84.29 green; p03 34.85 yellow.
is "$(attr "$M" '<category id="c01"' completion)" 0.4842 "hand: c01 completion"
is "$(attr "$M" '<category id="c01"' expected)" 0.4959 "hand: c01 expected"
is "$(attr "$M" '<category id="c01"' light)" green "hand: c01 light"
is "$(attr "$M" '<category id="c01"' delta)" 0.0738 "hand: c01 delta"
is "$(counts "$M" '<category id="c01"')" "3 3 0 0 1 1 1 0 3 0 0" "hand: c01 counts (1 green, 1 yellow, 1 red)"
is "$(attr "$M" '<project id="p03"' ratio)" 0.3485 "hand: p03 1.1499 万户 of 3.3 万户"
is "$(attr "$M" '<project id="p01"' light)" red "hand: p01 red"
is "$(attr "$M" '<project id="p03"' light)" yellow "hand: p03 yellow"

# c04 交通安全: p07 2/8 = 0.25, p08 27/30 = 0.9 -> 0.575 -> 0.5750.
#   May: p07 not reported (unknown), p08 22/30 = 0.7333… -> c04 0.7333,
#   reported partly.  delta 0.5750 - 0.7333 = -0.1583 (p07 has none).
#   p07 25.00 < 29.59 -> red.
is "$(attr "$M" '<category id="c04"' completion)" 0.5750 "hand: c04 completion"
is "$(attr "$M" '<category id="c04"' delta)" -0.1583 "hand: c04 delta"
is "$(attr "$M" '<project id="p07"' delta)" "" "hand: p07 no delta (unknown in May)"
is "$(attr "$M" '<project id="p07"' light)" red "hand: p07 red"
is "$(attr "$M" '<point as-of="2025-05-31"' as-of)" 2025-05-31 "hand: a history point for May"
is "$(grep -F '<point as-of="2025-05-31"' -A 20 "$M" | attr /dev/stdin '<category ref="c04"' reported)" \
	partly "hand: c04 partly reported in May"

# c13 体育惠民: p31 has only p31.1 known, 123/280 = 0.439285… (p31.2 not
#   reported, p31.3 and p31.4 in progress without figures) -> p31 0.4393,
#   reported partly; 43.93 < 44.59 but >= 29.59 -> yellow;
#   p32 completed -> 1.  c13 = (0.439285… + 1)/2 = 0.719642… -> 0.7196,
#   reported partly, green (not done: p31 is not done).
#   May: p31.1 98/280 = 0.35, p31.4 not-started = 0 -> p31 0.175; p32 in
#   progress without figures -> c13 0.1750.  delta 0.7196 - 0.1750 = 0.5446.
is "$(attr "$M" '<category id="c13"' completion)" 0.7196 "hand: c13 completion"
is "$(attr "$M" '<category id="c13"' reported)" partly "hand: c13 partly reported"
is "$(attr "$M" '<category id="c13"' light)" green "hand: c13 green, not done"
is "$(attr "$M" '<category id="c13"' delta)" 0.5446 "hand: c13 delta"
is "$(attr "$M" '<project id="p31"' completion)" 0.4393 "hand: p31 completion"
is "$(attr "$M" '<project id="p31"' light)" yellow "hand: p31 yellow"
is "$(counts "$M" '<project id="p31"')" "4 1 3 0 0 1 0 3 3 0 1" "hand: p31 task counts"

# c14 安心食品: p33 completed -> 1; p34 200/400 = 0.5 -> (1 + 0.5)/2 = 0.75.
#   expected (181/365 + 0.5)/2 = (0.495890… + 0.5)/2 = 0.497945… -> 0.4979
#   (p34 has a 50 % milestone on 2025-06-30; the means take the exact
#   values: the rounded 0.4959 and 0.5000 would give 0.4980).
#   May: p34 160/400 = 0.4 -> 0.7; delta 0.0500.  May expected of p34 at
#   t = 151, between (90, 25 %) and (181, 50 %): 25 + 25*61/91 = 41.758… %.
is "$(attr "$M" '<category id="c14"' completion)" 0.7500 "hand: c14 completion"
is "$(attr "$M" '<category id="c14"' expected)" 0.4979 "hand: c14 expected (exact mean)"
is "$(attr "$M" '<category id="c14"' delta)" 0.0500 "hand: c14 delta"
is "$(attr "$M" '<project id="p34"' expected)" 0.5000 "hand: p34 expected on its milestone"
is "$(grep -F '<point as-of="2025-05-31"' -A 20 "$M" | attr /dev/stdin '<category ref="c14"' expected)" \
	0.4156 "hand: c14 expected in May (413699… + 417582…)/2"

# c06 农村基础设施: p11 in progress without figures (unknown), p12 65 % ->
#   c06 0.6500 over the known project only; May p12 52 % -> delta 0.1300.
is "$(attr "$M" '<category id="c06"' completion)" 0.6500 "hand: c06 completion"
is "$(counts "$M" '<category id="c06"')" "2 1 1 0 1 0 0 1 2 0 0" "hand: c06 counts (p11 unknown)"
is "$(attr "$M" '<category id="c06"' delta)" 0.1300 "hand: c06 delta"

# p04.3 has its own due 2025-11-30 (t = 334): 181/334 = 0.541916… -> 0.5419.
is "$(attr "$M" '<task id="p04.3"' expected)" 0.5419 "hand: p04.3 expected with its own due"
# p17.1: 12070 人 of 1.5 万人 = 1.2070 万人; 1.207/1.5 = 0.804666… -> 0.8047.
is "$(attr "$M" '<task id="p17.1"' completion)" 0.8047 "hand: p17.1 人 against 万人"
# 35 projects, 30 tasks; p25.2 and p31.2 are not reported.
is "$(counts "$M" '<summary ')" "35 26 9 8 13 3 2 9 33 2 0" "hand: summary project counts"
is "$(grep -F '<counts of="tasks"' "$M" | head -1 | grep -o 'not-reported="[0-9]*"')" \
	'not-reported="2"' "hand: two tasks not reported"

# ------------------------------------------------------ synthetic cases
T=tests/model
compare units "" $T/units/plan.xml $T/units/progress.xml
compare weights "" $T/weights/plan.xml $T/weights/progress-04.xml $T/weights/progress-06.xml
compare schedule "" $T/schedule/plan.xml $T/schedule/progress-3.xml \
	$T/schedule/progress-1.xml $T/schedule/progress-2.xml
compare thresholds-2-10 "--green-within 2 --yellow-within 10" \
	$T/thresholds/plan.xml $T/thresholds/progress.xml
compare thresholds-default "" $T/thresholds/plan.xml $T/thresholds/progress.xml
compare thresholds-4.5-9.99 "--green-within=4.5 --yellow-within=9.99" \
	$T/thresholds/plan.xml $T/thresholds/progress.xml

# ... and the values those cases are built around, by hand.
U=$TMP/units.xml
# 1.1499 万户 of 3.3 万户 and of 33000 户: 11499/33000 = 0.348454… -> 0.3485
is "$(attr "$U" '<project id="gas-wan"' ratio)" 0.3485 "hand: 1.1499 万户 of 3.3 万户"
is "$(attr "$U" '<project id="gas-hu"' ratio)" 0.3485 "hand: 1.1499 万户 of 33000 户"
is "$(attr "$U" '<project id="fund"' ratio)" 0.2500 "hand: 5000 万元 of 2 亿元"
is "$(attr "$U" '<project id="fund2"' ratio)" 0.2500 "hand: 1.25 亿元 of 50000 万元"
# 12 of 10: ratio 1.2 shown, completion capped at 1, light done.
is "$(attr "$U" '<project id="over"' ratio)" 1.2000 "hand: over-fulfilment ratio 1.2"
is "$(attr "$U" '<project id="over"' completion)" 1.0000 "hand: over-fulfilment completion 1"
is "$(attr "$U" '<project id="over"' light)" done "hand: over-fulfilment light done"
# 40000 户 of 3.3 万户 = 4/3.3 = 1.212121… -> 1.2121
is "$(attr "$U" '<project id="over-wan"' ratio)" 1.2121 "hand: 40000 户 of 3.3 万户"
# FORMAT.md's example: 32.6975/110 = 0.29725 exactly -> 2973 (29.73 %).
is "$(attr "$U" '<project id="round"' completion)" 0.2973 "hand: 32.6975 of 110 -> 29.73 %"
is "$(attr "$U" '<project id="both"' completion)" 0.5000 "hand: done wins over percent"
is "$(attr "$U" '<project id="ns-pct"' completion)" 0.0500 "hand: percent wins over not-started"
is "$(attr "$U" '<project id="pct"' completion)" 0.3334 "hand: 33.335 % -> 0.3334 (half up)"
W=$TMP/weights.xml
# pb: (2*1 + 0.5*0.2 + 1.5*0)/(2 + 0.5 + 1.5) = 2.1/4 = 0.525
is "$(attr "$W" '<project id="pb"' completion)" 0.5250 "hand: task weights"
# w1: (3*0.5 + 1*0.525)/(3 + 1) = 0.50625 -> 0.5063 (pc, weight 2, unknown)
is "$(attr "$W" '<category id="w1"' completion)" 0.5063 "hand: project weights, unknown left out"
# plan over projects: (3*0.5 + 0.525 + 0.25*1 + 1*1 + 2*1 + 1*1)/(3+1+0.25+1+2+1)
#   = 6.275/8.25 = 0.760606… -> 0.7606 (the mean of the categories would be
#   (0.50625 + 1 + 1)/3 = 0.8354)
is "$(attr "$W" '<summary ' completion)" 0.7606 "hand: the plan's mean is over projects"
is "$(attr "$W" '<project id="pe"' reported)" partly "hand: one unreported task -> partly"
is "$(attr "$W" '<project id="pe"' completion)" 1.0000 "hand: … completion 1 from the known task"
is "$(attr "$W" '<project id="pe"' light)" green "hand: … and never done"
is "$(attr "$W" '<project id="pf"' reported)" no "hand: no task reported -> no"
is "$(attr "$W" '<category id="w3"' light)" grey "hand: all unknown -> grey"
is "$(attr "$W" '<category id="w3"' expected)" "" "hand: … and no expected"
is "$(attr "$W" '<category id="w4"' light)" done "hand: every part done -> done"
S=$TMP/schedule.xml
# t(2024-03-15) = 259 from 2023-07-01 (29 February included).
# m1: between (215, 50 %) and (275, 60 %): 50 + 10*44/60 = 57.333… %
is "$(attr "$S" '<project id="m1"' expected)" 0.5733 "hand: between two milestones"
# m3: (244, 0) (245, 12.5 %) (366, 100 %): 12.5 + 87.5*14/121 = 22.623… %
is "$(attr "$S" '<project id="m3"' expected)" 0.2262 "hand: after a 0 % milestone"
# d2.2: a 45.5 % milestone on the issue date.
is "$(attr "$S" '<task id="d2.2"' expected)" 0.4550 "hand: on a milestone"
# d1.2 inherits d1's due 2024-04-30 (t = 305): (184, 30 %) -> (305, 100 %):
#   30 + 70*75/121 = 73.388… %
is "$(attr "$S" '<task id="d1.2"' expected)" 0.7339 "hand: the project's due inherited"
is "$(attr "$S" '<task id="d1.1"' expected)" 1.0000 "hand: past its own due (29 February)"
# m4: a 60 % milestone on its due date 2024-03-15, the issue date.  Two
#   points on one day; read right-continuous (recompute.py), the due
#   date's 100 % holds at its end.  FORMAT.md does not say which.
is "$(attr "$S" '<project id="m4"' expected)" 1.0000 "hand: a milestone on the due date gives way to 100 %"
# d1: known tasks d1.1 (1, 1.0), d1.2 (1, 0.733884…), d1.3 (weight 3, own
#   due 2024-06-01, t = 337: 259/337 = 0.768545…):
#   (1 + 0.733884 + 3*0.768545)/5 = 0.807904… -> 0.8079; d1.4 (weight 10,
#   expected 1, unknown) is left out.
is "$(attr "$S" '<project id="d1"' expected)" 0.8079 "hand: unknown task left out of expected"
H=$TMP/thresholds-2-10.xml
for p in g0:green y0:yellow y1:yellow r0:red round:green round-:yellow mid:yellow; do
	is "$(attr "$H" "<project id=\"${p%%:*}\"" light)" "${p#*:}" \
		"hand: green within 2, yellow within 10: ${p%%:*} ${p#*:}"
done
is "$(attr "$TMP/thresholds-default.xml" '<project id="mid"' light)" green \
	"hand: 4 points behind is green by default"

done_testing
