#!/bin/sh
# tests/msg-doc.t: every message of the catalogue (generator/msg.c) is
# listed in the DIAGNOSTICS section of doc/dubao.1, and nothing else is.
. "$(dirname "$0")/lib.sh"

out=$(python3 tools/msgdoc.py --check 2>&1)
status=$?
printf '%s\n' "$out" | sed 's/^/# /'
ok $status "doc/dubao.1 lists exactly the messages of generator/msg.c"
like "$out" '^[0-9]{2,} messages in the catalogue' "the catalogue was found and read"
done_testing
