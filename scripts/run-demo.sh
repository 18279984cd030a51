#!/usr/bin/env bash
# Installs what is missing, builds LC Desk and opens it on the embedded demo organisation.
# Works as root or, through sudo, as a user.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$jobs" --target lcdesk lcdesk-emulator

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting LC Desk inside a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" build/app/lcdesk --demo "$@"
fi
exec build/app/lcdesk --demo "$@"
