#!/bin/sh
# tests/valgrind.t: dubao under valgrind memcheck, on the sample and on
# inputs that take the error paths: no invalid access, no use of
# uninitialised memory, no definite leak.
. "$(dirname "$0")/lib.sh"

if [ -n "$SANITIZED" ]; then
	echo "1..0 # SKIP $DUBAO is built with the sanitizers, which valgrind cannot run"
	exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
	echo "1..0 # SKIP valgrind is not installed (make deps installs it)"
	exit 0
fi

S=input/dalian-2025
# memcheck NAME EXPECTED_STATUS ARGS...
memcheck() {
	name=$1 want=$2
	shift 2
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite --show-leak-kinds=definite \
	    --suppressions=tests/valgrind.supp \
	    --log-file="$TMP/vg.log" "$DUBAO" "$@" >"$TMP/out" 2>"$TMP/err"
	status=$?
	is "$status" "$want" "$name: exit $want under memcheck"
	if [ -s "$TMP/vg.log" ]; then
		sed 's/^/# /' "$TMP/vg.log" | head -40
	fi
	ok "$([ -s "$TMP/vg.log" ] && echo 1 || echo 0)" "$name: memcheck reports nothing"
}

memcheck "check sample" 0 check $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml
memcheck "model sample" 0 model $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml
memcheck "charts sample" 0 charts $S/plan.xml $S/progress-2025-05.xml $S/progress-2025-06.xml \
    -o "$TMP/charts" --png
memcheck "charts trace of the edge cases" 0 charts tests/charts/edge-plan.xml \
    tests/charts/edge-2025-05.xml tests/charts/edge-2025-06.xml --trace
memcheck "bulletin sample" 0 bulletin $S/plan.xml $S/progress-2025-05.xml \
    $S/progress-2025-06.xml -o "$TMP/b.pdf" --charts "$TMP/bc"
memcheck "bulletin with 𠮷 (outlines)" 0 bulletin tests/charts/edge-plan.xml \
    tests/charts/edge-2025-05.xml tests/charts/edge-2025-06.xml -o "$TMP/e.pdf"
# The batch and the report processes it forks (memcheck follows them).
memcheck "batch with unit sheets, two at a time" 0 batch -j 2 --units $S -o "$TMP/batch"
memcheck "archive of the sample" 0 archive $S -o "$TMP/archive"

# Error paths: a progress file with several semantic errors, a plan
# that is not well-formed, a DOCTYPE, and a plan with shape errors.
cat >"$TMP/bad-progress.xml" <<'XML'
<progress xmlns="urn:dubao:1" plan="dalian-2025" as-of="2025-06-30">
  <report ref="nope" status="completed"/>
  <report ref="p04" status="completed"/>
  <report ref="p01"><done quantity="1" unit="公里"/></report>
  <report ref="p02"/>
</progress>
XML
memcheck "check bad progress" 1 check $S/plan.xml "$TMP/bad-progress.xml"
printf '<plan xmlns="urn:dubao:1" id="x" year="2025" title="t"><category>' >"$TMP/broken.xml"
memcheck "check broken XML" 1 check "$TMP/broken.xml"
printf '<!DOCTYPE plan [<!ENTITY e SYSTEM "file:///etc/passwd">]><plan/>' >"$TMP/doctype.xml"
memcheck "check DOCTYPE" 1 check "$TMP/doctype.xml"
cat >"$TMP/shape.xml" <<'XML'
<plan xmlns="urn:dubao:1" id="bad id" year="25" title=" " start="2025-02-30">
  <category id="c" name="类"><project id="c" name="项目" weight="0"><target quantity="3,000" unit="个"/><bogus/></project></category>
  <category id="c2" name="空"/>
</plan>
XML
memcheck "check shape errors" 1 check "$TMP/shape.xml"
memcheck "model with bad option" 2 model --green-within=abc $S/plan.xml $S/progress-2025-06.xml

done_testing
