#!/bin/sh
# tests/install.t: `make install` into a staging folder gives a dubao
# that finds its data without the source tree, and a man page.
. "$(dirname "$0")/lib.sh"

if [ -n "$SANITIZED" ]; then
	echo "1..0 # SKIP it builds and installs its own dubao, not $DUBAO"
	exit 0
fi

# Build and install from a copy of the tree, so that the ./dubao the other
# tests use is left as it is.
stage="$TMP/stage"
mkdir "$TMP/src"
tar --exclude=./build --exclude=./build-asan --exclude=./output --exclude=./dubao \
    --exclude=./.git -cf - . | tar -xf - -C "$TMP/src"
make -s -C "$TMP/src" install DESTDIR="$stage" PREFIX=/opt/dubao >"$TMP/log" 2>&1
status=$?
[ $status -eq 0 ] || sed 's/^/# /' "$TMP/log" | tail -20
ok $status "make install DESTDIR=… PREFIX=/opt/dubao"
for f in bin/dubao share/dubao/templates/dubao.rng share/dubao/fonts/roles.conf \
    share/man/man1/dubao.1 share/doc/dubao/format.md; do
	test -f "$stage/opt/dubao/$f"
	ok $? "installed $f"
done

# The staged binary looks for its data under /opt/dubao, which does not
# exist here; DUBAO_DATADIR points it at the staged copy, as a package's
# wrapper would.  Run from an empty folder, far from the source tree.
cp -r input/dalian-2025 "$TMP/sample"
cd "$TMP" || exit 1
out=$(DUBAO_DATADIR="$stage/opt/dubao/share/dubao" "$stage/opt/dubao/bin/dubao" \
    check sample/plan.xml sample/progress-2025-06.xml 2>&1)
ok $? "installed dubao checks the sample from elsewhere"
like "$out" "plan dalian-2025: 15 categories, 35 projects" "and says what it checked"

out=$("$stage/opt/dubao/bin/dubao" check sample/plan.xml 2>&1)
is "$?" 2 "without its data folder, dubao fails (environment error)"
like "$out" "dubao: error: the schema /opt/dubao/share/dubao/templates/dubao.rng cannot be loaded" \
    "and names the schema it looked for"

# The systemd units: installed, the program's path filled in, sound to
# systemd, and the service's command makes the bulletins of every plan
# folder under DUBAO_PLANS.
units="$stage/opt/dubao/lib/systemd/system"
test -f "$units/dubao-batch.service" && test -f "$units/dubao-batch.timer"
ok $? "installed the systemd service and timer"
exec_start=$(sed -n 's/^ExecStart=//p' "$units/dubao-batch.service")
like "$exec_start" "^/bin/sh -c 'exec /opt/dubao/bin/dubao batch " "the service runs the installed dubao"
if command -v systemd-analyze >/dev/null 2>&1; then
	# Only the man page, not installed on this system, may be missing.
	out=$(cd "$units" && systemd-analyze verify ./dubao-batch.service ./dubao-batch.timer 2>&1 |
	    grep -v "man dubao(1)")
	is "$out" "" "systemd-analyze verify finds nothing wrong in them"
else
	_n=$((_n + 1))
	echo "ok $_n # SKIP systemd-analyze is not installed"
fi
mkdir -p "$TMP/plans"
cp -r "$TMP/sample" "$TMP/plans/dalian"
cmd=$(printf '%s' "$exec_start" | sed -e "s|^/bin/sh -c '||" -e "s|'\$||" \
    -e "s|/opt/dubao/bin/dubao|$stage/opt/dubao/bin/dubao|")
DUBAO_DATADIR="$stage/opt/dubao/share/dubao" DUBAO_PLANS="$TMP/plans" \
    DUBAO_OUTPUT="$TMP/srv-out" DUBAO_OPTIONS="--units -j 1" sh -c "$cmd" >"$TMP/svc.out" 2>&1
ok $? "the service's command runs"
n=$(ls "$TMP/srv-out/dalian-2025/2025-06-30/units" 2>/dev/null | wc -l)
[ -f "$TMP/srv-out/dalian-2025/2025-06-30/bulletin.pdf" ] && [ "$n" -gt 10 ]
ok $? "and makes the bulletins of the plan folders, with the unit sheets ($n)"

cd "$TOP" || exit 1
done_testing
