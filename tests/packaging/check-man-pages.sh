#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the manual pages against the programs:
#   check-man-pages.sh MAN_DIR LCDESK LCDESK_EMULATOR
# Each page renders without a warning; lcdesk.1 describes every command `lcdesk --help` lists;
# every option lcdesk-emulator.1 describes is one `lcdesk-emulator --help` knows.
set -euo pipefail
man_dir=$1
lcdesk=$2
emulator=$3
failed=0
fail() {
    echo "FAIL: $*" >&2
    failed=1
}

for page in "$man_dir"/lcdesk.1 "$man_dir"/lcdesk-emulator.1; do
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "$(basename "$page") renders with warnings: $warnings"
    text=$(MANWIDTH=80 man -E UTF-8 -l "$page" 2>/dev/null)
    grep -q '^NAME' <<<"$text" || fail "$(basename "$page") has no NAME section"
done

# The commands: the first word of each indented line of the Commands: block of --help.
commands=$("$lcdesk" --help | awk '/^Commands:/ {on = 1; next} on && /^$/ {exit}
    on && /^  [a-z]/ {print $1}')
[ "$(wc -w <<<"$commands")" -ge 10 ] || fail "lcdesk --help lists too few commands: $commands"
lcdesk_text=$(MANWIDTH=200 man -E UTF-8 -l "$man_dir/lcdesk.1" 2>/dev/null | col -b)
for command in $commands; do
    grep -qE "^ {7}(.*, )?$command( |$)" <<<"$lcdesk_text" \
        || fail "lcdesk.1 does not describe the command '$command'"
done

# The emulator's options the page names must exist.
known=$("$emulator" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)
mentioned=$(MANWIDTH=200 man -E UTF-8 -l "$man_dir/lcdesk-emulator.1" 2>/dev/null | col -b \
    | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)
for option in $mentioned; do
    grep -qx -- "$option" <<<"$known" || fail "lcdesk-emulator.1 names an unknown option $option"
done
[ "$(wc -w <<<"$mentioned")" -ge 10 ] || fail "lcdesk-emulator.1 names too few options"

exit $failed
