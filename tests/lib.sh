# tests/lib.sh: TAP helpers for the shell tests, sourced by tests/*.t.
#
# Each test file runs from the top of the source tree, uses ./dubao, and
# writes scratch files only under $TMP (removed at exit).

set -u
cd "$(dirname "$0")/.." || exit 1
TOP=$(pwd)
DUBAO="$TOP/dubao"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dubao-test.XXXXXX")
# DUBAO_BIN: another build of dubao to test, such as build-asan/dubao
# (make check runs every test with it too).  Sanitizer reports go to
# files that done_testing looks for, so that none goes unseen, even from
# a process whose status and output a test does not look at.
# SLOWER: how many times longer a run may take with it (time bounds
# that catch a hang, not a benchmark).
SANITIZED=""
SLOWER=1
if [ -n "${DUBAO_BIN:-}" ]; then
	DUBAO=$DUBAO_BIN
	SANITIZED=$TMP/sanitizer
	SLOWER=5
	export ASAN_OPTIONS="log_path=$SANITIZED:detect_leaks=1"
	export UBSAN_OPTIONS="log_path=$SANITIZED:print_stacktrace=1:halt_on_error=1"
	export LSAN_OPTIONS="suppressions=$TOP/tests/lsan.supp:print_suppressions=0"
fi
# NO_LEAK_CHECK: for runs a test kills with SIGKILL.  LeakSanitizer
# checks at exit from a helper process of its own, which outlives a
# process killed in the middle of the check and reports a "fatal error".
NO_LEAK_CHECK="ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0"
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset DUBAO_DATADIR

_n=0
_failed=0

# ok COND_STATUS DESCRIPTION: passes when the status is 0.
ok() {
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_n - $2"
	else
		echo "not ok $_n - $2"
		_failed=$((_failed + 1))
	fi
}

# is GOT WANT DESCRIPTION
is() {
	_n=$((_n + 1))
	if [ "$1" = "$2" ]; then
		echo "ok $_n - $3"
	else
		echo "not ok $_n - $3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2"
		_failed=$((_failed + 1))
	fi
}

# like TEXT GREP_PATTERN DESCRIPTION: TEXT matches the extended regexp.
like() {
	_n=$((_n + 1))
	if printf '%s\n' "$1" | grep -Eq -- "$2"; then
		echo "ok $_n - $3"
	else
		echo "not ok $_n - $3"
		printf '%s\n' "$1" | head -5 | sed 's/^/#   got: /'
		printf '#   want match: %s\n' "$2"
		_failed=$((_failed + 1))
	fi
}

# unlike TEXT GREP_PATTERN DESCRIPTION
unlike() {
	_n=$((_n + 1))
	if printf '%s\n' "$1" | grep -Eq -- "$2"; then
		echo "not ok $_n - $3"
		printf '%s\n' "$1" | grep -E -- "$2" | head -3 | sed 's/^/#   got: /'
		_failed=$((_failed + 1))
	else
		echo "ok $_n - $3"
	fi
}

# tap_from FILE: the "ok"/"not ok" lines of another TAP producer (numbered
# or not), renumbered into this file's count; other lines pass through.
# A "not ok" marked "# TODO" (a known bug) does not fail the file.
tap_from() {
	while IFS= read -r line; do
		case $line in
		"not ok"*"# TODO"*)
			_n=$((_n + 1))
			echo "not ok $_n $(echo "${line#not ok}" | sed 's/^ *[0-9]* *//')"
			;;
		"not ok"*)
			_n=$((_n + 1))
			_failed=$((_failed + 1))
			echo "not ok $_n $(echo "${line#not ok}" | sed 's/^ *[0-9]* *//')"
			;;
		"ok"*)
			_n=$((_n + 1))
			echo "ok $_n $(echo "${line#ok}" | sed 's/^ *[0-9]* *//')"
			;;
		1..*) ;;
		*) echo "$line" ;;
		esac
	done <"$1"
}

# tap_run COMMAND...: tap_from the checker's output, and one more
# assertion that it finished: a checker that crashes part-way prints no
# "not ok" for what it never got to check.
tap_run() {
	_out=$(mktemp)
	"$@" >"$_out"
	_rc=$?
	tap_from "$_out"
	rm -f "$_out"
	ok $_rc "$(basename "$2") ran to the end (exit $_rc)"
}

diag() {
	printf '# %s\n' "$*"
}

done_testing() {
	if [ -n "$SANITIZED" ]; then
		reports=$(ls "$SANITIZED".* 2>/dev/null)
		_n=$((_n + 1))
		if [ -z "$reports" ]; then
			echo "ok $_n - the sanitizers reported nothing"
		else
			echo "not ok $_n - the sanitizers reported something"
			# On stderr, which prove shows without -v.
			cat $reports | head -60 | sed 's/^/#   /' >&2
			_failed=$((_failed + 1))
		fi
	fi
	echo "1..$_n"
	[ "$_failed" -eq 0 ]
	exit $?
}
