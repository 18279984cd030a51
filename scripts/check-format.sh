#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format makes of it (.clang-format, 100 columns).
set -euo pipefail
cd "$(dirname "$0")/.."

files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core models ui app emulator tests -name '*.cpp' -o -name '*.h')
bad=0
for f in $files; do
    [ -f "$f" ] || continue
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        echo "needs clang-format: $f"
        bad=1
    fi
done
if [ "$bad" -ne 0 ]; then
    echo "Run: clang-format -i <file> (style in .clang-format)" >&2
    exit 1
fi
echo "format ok: $(echo "$files" | wc -w) files"
