# tests/bad/cases.sh: how the corpus is laid out (see README.md), for
# tests/bad.t, tests/schema-agrees.t and update-golden.sh.  Sourced from
# the top of the source tree; POSIX sh.

# bad_cases: the case names, one a line, sorted.  A case is NAME.args,
# or NAME.xml where NAME has no dot (NAME.other.xml is a helper file).
bad_cases() {
	for f in tests/bad/*.xml tests/bad/*.args; do
		[ -e "$f" ] || continue
		b=${f##*/}
		b=${b%.*}
		case $b in *.*) continue ;; esac
		printf '%s\n' "$b"
	done | LC_ALL=C sort -u
}

# bad_files NAME: the files of `dubao check` for the case, one a line,
# relative to the top of the tree: NAME.args if there is one, else
# tests/bad/NAME.xml alone (a plan).
bad_files() {
	if [ -f "tests/bad/$1.args" ]; then
		grep -v '^[[:space:]]*$' "tests/bad/$1.args"
	else
		printf '%s\n' "tests/bad/$1.xml"
	fi
}

# bad_listed FILE NAME: NAME is listed in FILE (one name a line; blank
# lines and # comments ignored).
bad_listed() {
	[ -f "$1" ] && sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$1" | grep -qxF -- "$2"
}

# bad_run NAME ERRFILE: runs `dubao check` on the case's files, stderr
# to ERRFILE, stdout discarded; returns dubao's exit status.  DUBAO is
# the binary (default ./dubao).
bad_run() {
	# The file names have no white space (README.md), so word
	# splitting on newlines is safe.
	_old_ifs=$IFS
	IFS='
'
	set -- "$1" "$2" $(bad_files "$1")
	IFS=$_old_ifs
	_err=$2
	shift 2
	bad_timeout "${DUBAO:-./dubao}" check "$@" 2>"$_err" >/dev/null
}

# bad_timeout COMMAND...: runs it, killed after $BAD_TIMEOUT seconds
# (status 124) when BAD_TIMEOUT is set and timeout(1) exists.
bad_timeout() {
	if [ -n "${BAD_TIMEOUT:-}" ] && command -v timeout >/dev/null 2>&1; then
		timeout "$BAD_TIMEOUT" "$@"
	else
		"$@"
	fi
}
