#!/usr/bin/env bash
# Installs what is missing, builds LC Desk, and runs every test: the whole suite, then the
# unit and integration tests again under AddressSanitizer and UndefinedBehaviorSanitizer,
# then the benchmark. Works as root or, through sudo, as a user.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLCDESK_WERROR=ON >/dev/null
cmake --build build -j "$jobs"

echo "== tests"
ctest --test-dir build --output-on-failure -j 2 --timeout 600

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer (unit and integration)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLCDESK_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -L 'unit|integration' --timeout 900

echo "== benchmark"
if [ -x build/tests/bench/lcdesk-bench ]; then
    build/tests/bench/lcdesk-bench
fi
