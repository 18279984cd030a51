#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one credentials test in a throw-away HOME and D-Bus session, so it never touches the
# user's keyring or files.
#
#   run-with-keyring.sh [--mode keyring|no-bus|no-secret-service] TEST [ARGS...]
#
#   keyring            (default) private session bus with gnome-keyring-daemon serving the
#                      Secret Service; a fresh login keyring is created and unlocked with a
#                      throw-away password fed on stdin, so no prompter is needed.
#   no-bus             no session bus at all: DBUS_SESSION_BUS_ADDRESS, DISPLAY and
#                      WAYLAND_DISPLAY unset and XDG_RUNTIME_DIR empty, so libdbus can neither
#                      find nor autolaunch one.
#   no-secret-service  private session bus whose only service directory is empty: nothing owns
#                      or can activate org.freedesktop.secrets or KWallet (the standard
#                      directories, where gnome-keyring's activation file lives, are not read).
#
# The test sees the mode in LCDESK_TEST_MODE. Exits 77 (skipped, for CTest) when a needed tool
# is missing, otherwise with the test's exit code.
set -euo pipefail

mode=keyring
if [[ "${1:-}" == --mode ]]; then
    mode="${2:-}"
    shift 2
fi
if [[ $# -lt 1 ]]; then
    echo "usage: $0 [--mode keyring|no-bus|no-secret-service] TEST [ARGS...]" >&2
    exit 2
fi

need() {
    if ! command -v "$1" >/dev/null; then
        echo "skipped: $1 is not installed" >&2
        exit 77
    fi
}

sandbox="$(mktemp -d "${TMPDIR:-/tmp}/lcdesk-keyring.XXXXXX")"
trap 'rm -rf "$sandbox"' EXIT
mkdir -m 700 "$sandbox/home" "$sandbox/runtime" "$sandbox/services"

export HOME="$sandbox/home"
export XDG_RUNTIME_DIR="$sandbox/runtime"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export LCDESK_TEST_MODE="$mode"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LCDESK_CONFIG_DIR
unset LC_OID LC_UID LC_API_KEY LC_CREDS_FILE LC_CURRENT_ENV LC_API_URL LC_JWT_URL LC_STREAM_URL
# Desktop hints make QtKeychain prefer KWallet over the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION
unset GNOME_DESKTOP_SESSION_ID

# Started inside the private bus: the daemon, then the test, then the daemon is stopped.
# shellcheck disable=SC2016 # expanded by the inner shell
keyring_session='
printf %s lcdesk-test-keyring \
    | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!
ready=0
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true"; then
        ready=1
        break
    fi
    sleep 0.1
done
if [[ $ready != 1 ]]; then
    echo "gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
    kill "$daemon" 2>/dev/null || true
    exit 1
fi
status=0
"$@" || status=$?
kill "$daemon" 2>/dev/null || true
wait "$daemon" 2>/dev/null || true
exit "$status"
'

case "$mode" in
keyring)
    need dbus-run-session
    need dbus-send
    need gnome-keyring-daemon
    dbus-run-session -- bash -c "$keyring_session" bash "$@"
    ;;
no-bus)
    "$@"
    ;;
no-secret-service)
    need dbus-run-session
    cat >"$sandbox/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$sandbox/runtime</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$sandbox/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$sandbox/session.conf" -- "$@"
    ;;
*)
    echo "unknown mode: $mode" >&2
    exit 2
    ;;
esac
