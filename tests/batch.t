#!/bin/sh
# tests/batch.t: `dubao batch`, the monthly run over plan folders.  One
# faulty progress file fails its own report and the later ones of its
# plan, and nothing else; a second run rewrites nothing; a changed input
# remakes exactly the reports that depend on it; the output folder is
# locked; kill -9 at any moment never leaves a truncated file and the next
# run finishes the work; a full or read-only disk is a clear error that
# loses nothing.
. "$(dirname "$0")/lib.sh"

P=$TMP/plans
O=$TMP/out
# Three small plans of four months each, and the sample.
for d in a b c; do
	python3 tools/synth.py "$P/$d" --projects 12 --categories 3 --months 4 \
	    --plan-id "plan-$d" --seed "$(printf %d "'$d")" >/dev/null
done
cp -r input/dalian-2025 "$P/dalian"

# snapshot DIR: every output file with its size, time and inode: a file
# replaced (rename) gets a new inode even within the same second.
snapshot() {
	find "$1" -type f ! -name .dubao-lock ! -name .dubao-manifest \
	    -printf '%P %s %T@ %i\n' | sort
}

# pdfs_ok DIR: the PDFs that qpdf finds damaged (none, if all is well).
pdfs_bad() {
	find "$1" -name '*.pdf' | sort | while read -r f; do
		qpdf --check "$f" >/dev/null 2>&1 || echo "$f"
	done
}

# built LOG: the reports a run's log says it built, sorted.
built() {
	sed -n 's/^[0-9-]* [0-9:]* built \([^:]*\):.*/\1/p' "$1" | sort | tr '\n' ' '
}

# ---- one faulty progress file ------------------------------------------------

line=$(grep -n '<report ' "$P/b/progress-2025-03.xml" | head -1 | cut -d: -f1)
sed -i "${line}s/<report /<report colour=\"red\" /" "$P/b/progress-2025-03.xml"
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$O" >"$TMP/run1.out" 2>"$TMP/run1.err"
is $? 1 "a faulty progress file: exit 1"
like "$(cat "$TMP/run1.err")" "^$P/b/progress-2025-03.xml:$line: error: <report> has no attribute colour" \
    "the faulty file is named with FILE:LINE"
like "$(cat "$TMP/run1.err")" "^plan-b/2025-04-30: not made: it needs $P/b/progress-2025-03.xml" \
    "the later report of its plan says which file it needs"
is "$(built "$TMP/run1.out")" "dalian-2025/2025-05-31 dalian-2025/2025-06-30 plan-a/2025-01-31 plan-a/2025-02-28 plan-a/2025-03-31 plan-a/2025-04-30 plan-b/2025-01-31 plan-b/2025-02-28 plan-c/2025-01-31 plan-c/2025-02-28 plan-c/2025-03-31 plan-c/2025-04-30 " \
    "every other report is built, the earlier ones of that plan too"
like "$(tail -1 "$TMP/run1.out")" '^dubao batch: 14 reports: 12 built, 0 up to date, 2 failed' \
    "the summary counts them"
[ ! -e "$O/plan-b/2025-03-31" ] && [ ! -e "$O/plan-b/2025-04-30" ]
ok $? "nothing is written for the failed reports"
is "$(ls "$O/plan-a/2025-04-30" | tr '\n' ' ')" "bulletin.pdf charts " "a report folder: the bulletin and its charts"
is "$(ls "$O/plan-a/2025-04-30/charts" | tr '\n' ' ')" "completion.svg trend.svg units.svg " \
    "the charts as SVG"
is "$(pdfs_bad "$O")" "" "qpdf --check passes on every PDF"

# A report of the batch is the bulletin `dubao bulletin` makes of the same files.
"$DUBAO" bulletin "$P/a/plan.xml" "$P"/a/progress-2025-0[1-4].xml -o "$TMP/a4.pdf" >/dev/null
cmp -s "$TMP/a4.pdf" "$O/plan-a/2025-04-30/bulletin.pdf"
ok $? "plan-a/2025-04-30/bulletin.pdf is byte for byte what dubao bulletin makes"
"$DUBAO" bulletin "$P/a/plan.xml" "$P"/a/progress-2025-0[1-2].xml -o "$TMP/a2.pdf" >/dev/null
cmp -s "$TMP/a2.pdf" "$O/plan-a/2025-02-28/bulletin.pdf"
ok $? "plan-a/2025-02-28 is made from January and February only"

# ---- incremental --------------------------------------------------------------

snapshot "$O" >"$TMP/snap1"
"$DUBAO" batch "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$O" >"$TMP/run2.out" 2>"$TMP/run2.err"
is $? 1 "a second run: still exit 1 (the file is still faulty)"
snapshot "$O" >"$TMP/snap2"
cmp -s "$TMP/snap1" "$TMP/snap2"
ok $? "a second run rewrites nothing (sizes, times and inodes unchanged)"
like "$(tail -1 "$TMP/run2.out")" '14 reports: 0 built, 12 up to date, 2 failed' "and says so"

# Mended: the two reports that needed it, and only they, are made.
sed -i "${line}s/<report colour=\"red\" /<report /" "$P/b/progress-2025-03.xml"
"$DUBAO" batch "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$O" >"$TMP/run3.out" 2>"$TMP/run3.err"
is $? 0 "the file mended: exit 0"
is "$(built "$TMP/run3.out")" "plan-b/2025-03-31 plan-b/2025-04-30 " "only its two reports are made"
is "$(cat "$TMP/run3.err")" "" "nothing on stderr"

# A changed February: February, March and April of that plan, not January.
snapshot "$O" >"$TMP/snap3"
sed -i 's|</progress>|<!-- corrected --></progress>|' "$P/c/progress-2025-02.xml"
"$DUBAO" batch "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$O" >"$TMP/run4.out" 2>&1
is "$(built "$TMP/run4.out")" "plan-c/2025-02-28 plan-c/2025-03-31 plan-c/2025-04-30 " \
    "a changed February remakes February and the later months of its plan"
snapshot "$O" >"$TMP/snap4"
is "$(diff "$TMP/snap3" "$TMP/snap4" | grep '^>' | cut -d' ' -f2 | cut -d/ -f1-2 | sort -u | tr '\n' ' ')" \
    "plan-c/2025-02-28 plan-c/2025-03-31 plan-c/2025-04-30 " "no other file is touched"

# An output deleted or damaged by hand is made again.
rm "$O/plan-a/2025-01-31/charts/units.svg"
printf 'x' >>"$O/plan-b/2025-02-28/bulletin.pdf"
"$DUBAO" batch "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$O" >"$TMP/run5.out" 2>&1
is "$(built "$TMP/run5.out")" "plan-a/2025-01-31 plan-b/2025-02-28 " \
    "a deleted chart or a damaged PDF makes its report again"
[ -s "$O/plan-a/2025-01-31/charts/units.svg" ] && cmp -s "$TMP/a2.pdf" "$O/plan-a/2025-02-28/bulletin.pdf"
ok $? "the chart is back"

# Options and templates are part of what a report depends on.
"$DUBAO" batch "$P/a" -o "$O" --green-within 6 >"$TMP/run6.out" 2>&1
is "$(built "$TMP/run6.out" | wc -w)" 4 "other thresholds remake the plan's four reports"
# bulletin.xsl imports charts.xsl, which imports common.xsl.
mkdir "$TMP/tpl"
cp templates/bulletin.xsl templates/charts.xsl templates/common.xsl "$TMP/tpl/"
T="$TMP/tpl/bulletin.xsl"
"$DUBAO" batch "$P/a" -o "$O" --green-within 6 -t "$T" >"$TMP/run7.out" 2>&1
is "$?/$(built "$TMP/run7.out" | wc -w)" 0/0 "a copy of the templates elsewhere, same bytes: nothing to do"
sed -i 's|督办通报|督查通报|' "$T"
"$DUBAO" batch "$P/a" -o "$O" --green-within 6 -t "$T" >"$TMP/run8.out" 2>&1
is "$?/$(built "$TMP/run8.out" | wc -w)" 0/4 "a changed template remakes them"
echo '<!-- changed -->' >>"$TMP/tpl/common.xsl"
"$DUBAO" batch "$P/a" -o "$O" --green-within 6 -t "$T" >"$TMP/run9.out" 2>&1
is "$?/$(built "$TMP/run9.out" | wc -w)" 0/4 "so does a change to a stylesheet it imports (of an import)"
"$DUBAO" batch "$P/a" -o "$O" --green-within 6 -t "$T" --force >"$TMP/run10.out" 2>&1
is "$(built "$TMP/run10.out" | wc -w)" 4 "--force remakes everything"

# The manifest records each report's files with their SHA-256.
m=$O/.dubao-manifest
grep -q "^report	plan-a/2025-04-30	[0-9a-f]\{64\}$" "$m" &&
    grep -q "^file	$(sha256sum "$O/plan-a/2025-04-30/bulletin.pdf" | cut -d' ' -f1)	bulletin.pdf$" "$m"
ok $? "the manifest has the report's key and its bulletin's SHA-256"

# ---- unit sheets ------------------------------------------------------------------

# The sample with two units renamed: one with a slash and leading dots
# (which must not make a path), one with 𠮷 (U+20BB7).
U=$TMP/units-plans
mkdir -p "$U"
cp -r input/dalian-2025 "$U/dalian"
sed -i -e 's|<unit role="lead">市住建局</unit>|<unit role="lead">../住建/城管局</unit>|' \
    -e 's|<unit role="lead">市体育局</unit>|<unit role="lead">市𠮷林局</unit>|' "$U/dalian/plan.xml"
"$DUBAO" batch --units "$U/dalian" -o "$TMP/o-units" >"$TMP/units.out" 2>"$TMP/units.err"
is $? 0 "--units: exit 0"
d=$TMP/o-units/dalian-2025/2025-06-30
"$DUBAO" model "$U/dalian/plan.xml" "$U"/dalian/progress-2025-0[56].xml >"$TMP/units.model"
want=$(xmllint --xpath '/report/units/unit/@name' "$TMP/units.model" |
    sed 's/^ *name="\(.*\)"$/\1/' |
    awk '{ sub(/^[. ]+/, ""); gsub("/", "_"); printf "%02d-%s.pdf ", NR, $0 }')
is "$(ls "$d/units" | tr '\n' ' ')" "$want" \
    "a sheet per lead unit of the model, numbered in its order, named after the unit"
ls "$d/units" | grep -q '^01-_住建_城管局\.pdf$'
ok $? "a unit name with / and leading dots makes a plain file name (01-_住建_城管局.pdf)"
[ -z "$(find "$TMP/o-units" -name '*.pdf' ! -path "$TMP/o-units/dalian-2025/*")" ]
ok $? "no file is written outside the report's folder"
f=$(ls "$d/units" | grep '市𠮷林局')
pdfinfo "$d/units/$f" | grep -q '^Title:.*市𠮷林局'
ok $? "the sheet of 市𠮷林局 is named after it and is its sheet ($f)"
like "$(tail -1 "$TMP/units.out")" '2 reports: 2 built' "both months are made"
grep -q "built dalian-2025/2025-06-30: [0-9]* pages, 3 charts, 16 unit sheets" "$TMP/units.out"
ok $? "the log counts the unit sheets"
"$DUBAO" bulletin -t unit.xsl --param unit=../住建/城管局 "$U/dalian/plan.xml" \
    "$U"/dalian/progress-2025-0[56].xml -o "$TMP/unit1.pdf" >/dev/null
cmp -s "$TMP/unit1.pdf" "$d/units/01-_住建_城管局.pdf"
ok $? "a unit sheet is what dubao bulletin -t unit.xsl --param unit=… makes"
# A unit renamed: its old sheet goes, the new one comes.
sed -i 's|<unit role="lead">市𠮷林局</unit>|<unit role="lead">市体育局</unit>|' "$U/dalian/plan.xml"
"$DUBAO" batch --units "$U/dalian" -o "$TMP/o-units" >/dev/null 2>&1
ls "$d/units" | grep -q '市体育局' && ! ls "$d/units" | grep -q '市𠮷林局'
ok $? "a unit renamed in the plan: the old sheet is removed, the new one made"

# ---- the lock ------------------------------------------------------------------

flock "$O/.dubao-lock" sh -c "echo 4242 >'$O/.dubao-lock'; '$DUBAO' batch '$P/a' -o '$O' >'$TMP/lock.out' 2>'$TMP/lock.err'; echo \$? >'$TMP/lock.rc'"
is "$(cat "$TMP/lock.rc")" 2 "a second run on a locked folder: exit 2"
like "$(cat "$TMP/lock.err")" "another dubao \(process 4242\) is writing to $O" "it names the process"

# ---- usage ----------------------------------------------------------------------

"$DUBAO" batch "$P/nowhere" -o "$TMP/o-usage" 2>"$TMP/usage.err"
is $? 2 "a folder that does not exist: exit 2"
like "$(cat "$TMP/usage.err")" "nowhere is not a folder" "and it is named"
[ ! -e "$TMP/o-usage" ]
ok $? "nothing is made"
"$DUBAO" batch -j 0 "$P/a" -o "$TMP/o-usage" 2>/dev/null
is $? 2 "-j 0: exit 2"
mkdir -p "$TMP/empty"
"$DUBAO" batch "$TMP/empty" -o "$TMP/o-empty" >/dev/null 2>"$TMP/empty.err"
is $? 1 "a folder without plan.xml: exit 1"
like "$(cat "$TMP/empty.err")" "$TMP/empty/plan.xml: error: cannot read the file" "the missing plan is named"
cp -r "$P/a" "$P/a2"
"$DUBAO" batch "$P/a" "$P/a2" -o "$TMP/o-dup" >"$TMP/dup.out" 2>"$TMP/dup.err"
is $? 1 "two plans with one id: exit 1"
like "$(cat "$TMP/dup.err")" "$P/a2/plan.xml:[0-9]+: error: <plan> id=\"plan-a\" is also the id of $P/a/plan.xml" \
    "the second is named; its reports would overwrite the first's"
like "$(tail -1 "$TMP/dup.out")" "5 reports: 4 built" "the first plan's reports are made"

# ---- SIGTERM: the reports in hand are finished --------------------------------

rm -rf "$TMP/o-term"
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-term" >"$TMP/term.out" 2>"$TMP/term.err" &
pid=$!
while [ ! -s "$TMP/term.out" ] && kill -0 $pid 2>/dev/null; do sleep 0.05; done
kill -TERM $pid
wait $pid
rc=$?
if grep -q ' 0 not started\| 14 built' "$TMP/term.out"; then
	diag "the run ended before SIGTERM arrived"
fi
is "$rc" 2 "SIGTERM: exit 2"
like "$(cat "$TMP/term.err")" 'stopped by signal 15' "it says it was stopped"
like "$(tail -1 "$TMP/term.out")" 'not started' "and how many reports it did not start"
is "$(pdfs_bad "$TMP/o-term")" "" "every PDF it wrote is whole"
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-term" >"$TMP/term2.out" 2>&1
is $? 0 "the next run finishes the work"

# ---- kill -9 at random moments --------------------------------------------------

# A reference built in one go, then runs killed (the batch alone, or its
# whole process group) after a random delay; after each, every PDF must
# be whole.  In the end one more run must leave what the reference has.
rm -rf "$TMP/o-ref" "$TMP/o-kill"
t0=$(date +%s%N)
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-ref" >/dev/null 2>&1
# How long a whole run takes, in hundredths of a second: the kills fall
# within it.
span=$(( ($(date +%s%N) - t0) / 10000000 + 1 ))
kills=0
cut=0
damaged=""
i=0
while [ $i -lt 16 ]; do
	i=$((i + 1))
	# Every other run from scratch, with most to do; the others after
	# an input changed, with a plan's reports to remake.
	if [ $((i % 2)) -eq 1 ]; then
		rm -rf "$TMP/o-kill"
		limit=$((span * 3 / 4 + 1))
	else
		sed -i 's|</progress>|<!-- '$i' --></progress>|' "$P/c/progress-2025-01.xml"
		limit=$((span / 4 + 1))
	fi
	setsid env "$NO_LEAK_CHECK" "$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-kill" \
	    >"$TMP/kill.log" 2>&1 &
	pid=$!
	r=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
	sleep "$(awk -v r="$r" -v l="$limit" 'BEGIN { printf "%.2f", (r % l) / 100 }')"
	if [ $((i % 4)) -lt 2 ]; then
		kill -KILL -- -$pid 2>/dev/null     # with the reports in hand
	else
		kill -KILL $pid 2>/dev/null         # alone: they finish
	fi
	wait $pid 2>/dev/null
	kills=$((kills + 1))
	grep -q '^dubao batch:' "$TMP/kill.log" || cut=$((cut + 1))
	# The lock stays while orphaned report processes finish.
	while [ -e "$TMP/o-kill/.dubao-lock" ] &&
	    ! flock -n "$TMP/o-kill/.dubao-lock" true 2>/dev/null; do sleep 0.05; done
	damaged="$damaged$(pdfs_bad "$TMP/o-kill")"
done
[ "$cut" -ge 6 ]
ok $? "many runs were killed in the middle of their work ($cut of $kills)"
is "$damaged" "" "after $kills runs killed with SIGKILL, no PDF was ever truncated or damaged"
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-kill" >"$TMP/kill.out" 2>&1
is $? 0 "the next run completes"
is "$(find "$TMP/o-kill" -name '.*.tmp-*' | wc -l)" 0 "no temporary file is left (swept under the lock)"
"$DUBAO" batch -j 2 "$P/a" "$P/b" "$P/c" "$P/dalian" -o "$TMP/o-ref" >/dev/null 2>&1
diff -r -x .dubao-lock -x .dubao-manifest "$TMP/o-ref" "$TMP/o-kill" >"$TMP/kill.diff"
ok $? "and leaves exactly the files a run never killed makes"
head -5 "$TMP/kill.diff" | sed 's/^/# /'

# ---- a full disk, a read-only disk ---------------------------------------------

M=$TMP/mnt
mkdir -p "$M"
if mount -t tmpfs -o size=4m tmpfs "$M" 2>/dev/null; then
	"$DUBAO" batch "$P/a" -o "$M/out" >/dev/null 2>&1
	is $? 0 "a small disk: the first build fits"
	cp -r "$M/out" "$TMP/before-full"
	# Fill the disk, then remake everything.
	dd if=/dev/zero of="$M/filler" bs=4k 2>/dev/null
	"$DUBAO" batch --force "$P/a" -o "$M/out" >"$TMP/full.out" 2>"$TMP/full.err"
	is $? 2 "the disk full: exit 2"
	like "$(cat "$TMP/full.err")" 'No space left on device' "the error says the disk is full"
	diff -r -x .dubao-lock "$TMP/before-full" "$M/out" >/dev/null
	ok $? "every file of the previous run is still there, unchanged"
	is "$(find "$M/out" -name '.*.tmp-*' | wc -l)" 0 "no temporary file is left behind"
	rm -f "$M/filler"
	mount -o remount,ro "$M"
	"$DUBAO" batch --force "$P/a" -o "$M/out" >"$TMP/ro.out" 2>"$TMP/ro.err"
	is $? 2 "a read-only disk: exit 2"
	like "$(cat "$TMP/ro.err")" 'Read-only file system' "the error says why"
	diff -r -x .dubao-lock "$TMP/before-full" "$M/out" >/dev/null
	ok $? "nothing is lost"
	umount "$M"
else
	echo "ok $((_n + 1)) # SKIP cannot mount a tmpfs here (not root)"
	_n=$((_n + 1))
fi

# ---- no permission ----------------------------------------------------------------

# The office's job run as a user who may not write the output folder (or
# read a plan): EACCES is an error that names the file, and what is
# there stays.  Needs root, to become another user.  Others may pass
# through $TMP (and leave sanitizer reports there), not write what root
# made in it.
as_nobody() { setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; }
chmod 1777 "$TMP"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 &&
    as_nobody "$DUBAO" --version >/dev/null 2>&1; then
	chmod -R a+rX "$P"
	rm -rf "$TMP/o-perm"
	"$DUBAO" batch "$P/a" -o "$TMP/o-perm" >/dev/null 2>&1
	is $? 0 "a build by the owner of the output folder"
	cp -r "$TMP/o-perm" "$TMP/before-perm"
	as_nobody "$DUBAO" batch --force "$P/a" -o "$TMP/o-perm" >"$TMP/perm.out" 2>"$TMP/perm.err"
	is $? 2 "another user may not write there: exit 2"
	like "$(cat "$TMP/perm.err")" "$TMP/o-perm[^:]*: .*Permission denied" \
	    "the error names the file and says why"
	diff -r "$TMP/before-perm" "$TMP/o-perm" >/dev/null
	ok $? "every file of the previous run is still there, unchanged"
	pdf=$(find "$TMP/o-perm" -name '*.pdf' | head -1)
	cp "$pdf" "$TMP/perm-before.pdf"
	as_nobody "$DUBAO" bulletin "$P/a/plan.xml" "$P/a/progress-2025-01.xml" -o "$pdf" \
	    >/dev/null 2>"$TMP/perm1.err"
	is $? 2 "dubao bulletin over a PDF it may not replace: exit 2"
	like "$(cat "$TMP/perm1.err")" "Permission denied" "it says why"
	cmp -s "$TMP/perm-before.pdf" "$pdf"
	ok $? "the PDF is untouched"
	mkdir -p "$TMP/secret"
	cp -r "$P/a" "$TMP/secret/a"
	chmod 700 "$TMP/secret/a"
	chmod 600 "$TMP/secret/a/plan.xml"
	chmod 711 "$TMP/secret"
	as_nobody "$DUBAO" batch "$TMP/secret/a" -o "$TMP/secret-out" >/dev/null 2>"$TMP/perm2.err"
	is $? 1 "a plan folder it may not read: exit 1"
	like "$(cat "$TMP/perm2.err")" "$TMP/secret/a.*Permission denied" "the error names it and says why"
else
	echo "ok $((_n + 1)) # SKIP cannot run dubao as another user (not root, or it is out of reach)"
	_n=$((_n + 1))
fi
chmod 700 "$TMP"

# A file where a report's folder should be: that report fails, clearly.
rm -rf "$TMP/o-blocked"
mkdir -p "$TMP/o-blocked/plan-a"
: >"$TMP/o-blocked/plan-a/2025-02-28"
"$DUBAO" batch "$P/a" -o "$TMP/o-blocked" >"$TMP/blocked.out" 2>"$TMP/blocked.err"
is $? 2 "an output folder that cannot be made: exit 2"
like "$(cat "$TMP/blocked.err")" "cannot create the folder $TMP/o-blocked/plan-a/2025-02-28" "it is named"
like "$(tail -1 "$TMP/blocked.out")" '4 reports: 3 built, 0 up to date, 1 failed' "the other reports are made"

done_testing
