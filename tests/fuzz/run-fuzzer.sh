#!/usr/bin/env bash
# Runs a fuzz target for the test suite.
#   run-fuzzer.sh replay BINARY DIR...
#       runs the target once on every file of the folders (the seed corpus and the regression
#       inputs), without fuzzing.
#   run-fuzzer.sh fuzz BINARY SECONDS ARTIFACT_DIR DICT DIR...
#       fuzzes for SECONDS, starting from a copy of the folders in a temporary folder so the
#       source tree is never written; an input that crashes is kept in ARTIFACT_DIR.
set -euo pipefail
mode=$1
binary=$(realpath "$2")
shift 2

if [ "$mode" = replay ]; then
    mapfile -t files < <(find "$@" -type f | sort)
    if [ "${#files[@]}" -eq 0 ]; then
        echo "no inputs in $*" >&2
        exit 1
    fi
    exec "$binary" "${files[@]}"
fi

seconds=$1
mkdir -p "$2"
artifacts=$(realpath "$2")
dict=${3:+$(realpath "$3")}
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/lcdesk-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for dir in "$@"; do
    find "$dir" -type f -exec cp -t "$work/corpus" {} +
done
options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=8192
    -print_final_stats=1 -artifact_prefix="$artifacts/")
if [ -n "$dict" ]; then
    options+=(-dict="$dict")
fi
cd "$work"
"$binary" "${options[@]}" "$work/corpus"
