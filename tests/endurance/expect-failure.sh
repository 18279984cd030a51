#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# expect-failure.sh CHECK PROGRAM [ARGS...]: passes when PROGRAM exits 1 and names CHECK among
# its failed checks (a crash, a set-up failure or a pass all fail this test).
set -u
check=$1
shift
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
if [ "$status" -ne 1 ]; then
    echo "expected exit status 1 (a failed check), got $status" >&2
    exit 1
fi
if ! printf '%s\n' "$output" | grep -q "^RESULT: FAIL .*\b$check\b"; then
    echo "expected the failed check '$check' to be named in the RESULT line" >&2
    exit 1
fi
