#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The endurance run: the live view on the emulator's Spout at 20,000 events/s with the stream
# faults on, checking flat memory, every event accounted for and every fault reported.
#
#   scripts/endurance.sh [MINUTES] [-- EXTRA OPTIONS]     default 60 minutes
#   LCDESK_BUILD_DIR=DIR scripts/endurance.sh 10          use (and build in) DIR
#
# Builds lcdesk-endurance and lcdesk-emulator when missing (Release, in build-endurance unless
# LCDESK_BUILD_DIR says otherwise), runs the program and exits with its status.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-60}
shift || true
[ "${1:-}" = "--" ] && shift
build=${LCDESK_BUILD_DIR:-$root/build-endurance}

if [ ! -x "$build/tests/endurance/lcdesk-endurance" ] || [ ! -x "$build/emulator/lcdesk-emulator" ]; then
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$build" -j"${LCDESK_JOBS:-1}" --target lcdesk-endurance lcdesk-emulator
fi

exec env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
    LCDESK_EMULATOR="$build/emulator/lcdesk-emulator" \
    "$build/tests/endurance/lcdesk-endurance" --minutes "$minutes" "$@"
