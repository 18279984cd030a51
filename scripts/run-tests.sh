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
# Optimised like a release, without debug info: the build is most of the run's time.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DLCDESK_WERROR=ON >/dev/null
cmake --build build -j "$jobs"

echo "== endurance run (ten minutes at 20,000 events/s with stream faults, beside the next stages)"
# About a third of a core for the client and a tenth for the emulator (measured); its result is
# waited for before the benchmark, whose figures it would disturb.
endurance_log=$root/build/endurance.log
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="lc.*.info=false" \
    build/tests/endurance/lcdesk-endurance --minutes 10 >"$endurance_log" 2>&1 &
endurance_pid=$!
trap 'kill "$endurance_pid" 2>/dev/null || true' EXIT

echo "== tests"
ctest --test-dir build --output-on-failure -j 2 --timeout 600

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer (unit and integration)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DLCDESK_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs" --target lcdesk_sanitized_tests
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions="$root/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -L 'unit|integration|credentials|emulator' \
    -E '^cli\.' -j 2 --timeout 900

echo "== fuzzing (clang, libFuzzer with AddressSanitizer + UBSan; a few seconds per target)"
# Only the library and the fuzz targets: a build of its own, because libFuzzer needs clang.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DLCDESK_SANITIZE=ON -DLCDESK_FUZZ=ON >/dev/null
cmake --build build-fuzz -j "$jobs" --target lcdesk_fuzz_targets
ctest --test-dir build-fuzz --output-on-failure -L fuzz -j 2 --timeout 300

echo "== endurance run (result)"
endurance_status=0
wait "$endurance_pid" || endurance_status=$?
trap - EXIT
grep -v -e '^QStandardPaths' -e 'propagateSizeHints' "$endurance_log" | tail -n 20
if [ "$endurance_status" -ne 0 ]; then
    echo "endurance run FAILED (exit status $endurance_status); the whole log: $endurance_log"
    exit 1
fi

echo "== benchmark (ratios measured in this run; a missed target is reported, not a test failure)"
if [ -x build/tests/bench/lcdesk-bench ]; then
    QT_LOGGING_RULES="lc.*.info=false" build/tests/bench/lcdesk-bench \
        || echo "benchmark: a target was missed, see the ratios above"
fi
