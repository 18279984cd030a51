#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Debian packages (lcdesk, lcdesk-data) from a built tree (no compiling), unpacks
# them into an empty folder tree and runs LC Desk from there: --version, the command line on the demo organisation (which
# starts the unpacked emulator and reads the unpacked rules) and the window on the offscreen
# platform. Nothing outside the unpacked tree may be used: no build folder on PATH, no
# LCDESK_EMULATOR.
# Usage: install-package.sh BUILD_DIR PROJECT_VERSION
set -euo pipefail
build_dir=$1
version=$2
id=io.github.lcdesk.LCDesk
work=$(mktemp -d)
pids=()
failures=0

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The processes whose parent is $1: the fourth field of /proc/PID/stat, after the name in
# parentheses (which may hold spaces).
children() {
    local path fields state parent pid
    for path in /proc/[0-9]*/stat; do
        fields=$(cat "$path" 2>/dev/null) || continue
        read -r state parent _ <<<"${fields##*) }"
        if [ "$parent" = "$1" ]; then
            pid=${path#/proc/}
            echo "${pid%/stat}"
        fi
    done
}

# Only what a user of the unpacked packages would have.
clean_env=(env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$work/run")
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"

echo "== [${SECONDS}s] cpack -G DEB"
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
deb=$(echo "$work"/package/lcdesk_"$version"_*.deb)
data_deb=$work/package/lcdesk-data_${version}_all.deb
for file in "$deb" "$data_deb"; do
    [ -f "$file" ] || { ls "$work/package" >&2; echo "FAIL: no $file" >&2; exit 1; }
    echo "package: $(basename "$file") ($(du -h "$file" | cut -f1))"
done

echo "== [${SECONDS}s] control fields"
[ "$(dpkg-deb --field "$deb" Recommends)" = qt6-translations-l10n ] \
    || fail "lcdesk does not recommend Qt's translations (German buttons and help)"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for library in "lcdesk-data (= $version)" libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6network6 libqt6keychain1 libyaml-cpp0.7 libssl3 qt6-qpa-plugins; do
    case ", $depends," in
        *", $library,"* | *", $library ("*) ;;
        *) fail "lcdesk's Depends does not name $library" ;;
    esac
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "lcdesk's version is not $version"
[ "$(dpkg-deb --field "$data_deb" Version)" = "$version" ] \
    || fail "lcdesk-data's version is not $version"
[ "$(dpkg-deb --field "$data_deb" Architecture)" = all ] \
    || fail "lcdesk-data is not for all architectures"
[ -z "$(dpkg-deb --field "$data_deb" Depends)" ] || fail "lcdesk-data depends on something"

echo "== [${SECONDS}s] contents"
contents() {
    dpkg-deb --contents "$1" | awk '{print $NF}' | sed 's|^\./|/|'
}
contents "$deb" >"$work/contents"
contents "$data_deb" >"$work/data-contents"
for path in /usr/bin/lcdesk /usr/bin/lcdesk-emulator /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/icons/hicolor/48x48/apps/$id.png /usr/share/icons/hicolor/256x256/apps/$id.png \
    /usr/share/doc/lcdesk/copyright /usr/share/doc/lcdesk/GPL-3.0.txt \
    /usr/share/doc/lcdesk/DRL-1.1.txt /usr/share/man/man1/lcdesk.1.gz \
    /usr/share/man/man1/lcdesk-emulator.1.gz; do
    grep -qx "$path" "$work/contents" || fail "lcdesk has no $path"
done
for path in /usr/share/lcdesk/sigma-limacharlie/LICENSE \
    /usr/share/lcdesk/sigma-limacharlie/README.md /usr/share/doc/lcdesk-data/copyright; do
    grep -qx "$path" "$work/data-contents" || fail "lcdesk-data has no $path"
done
rules=$(grep -c '^/usr/share/lcdesk/sigma-limacharlie/latest/.*\.yml$' "$work/data-contents" || true)
[ "$rules" -ge 300 ] || fail "lcdesk-data has $rules community rules, the demo needs 300"
grep -q '^/usr/share/lcdesk/' "$work/contents" && fail "lcdesk holds files of lcdesk-data"
outside=$(cat "$work/contents" "$work/data-contents" | grep -v '^/\(usr/\?\)\?$' \
    | grep -v '^/usr/\(bin\|share\)/' || true)
[ -z "$outside" ] || fail "the packages install outside /usr/bin and /usr/share: $outside"
programs=$(grep '^/usr/bin/.' "$work/contents" | tr '\n' ' ')
[ "$programs" = "/usr/bin/lcdesk /usr/bin/lcdesk-emulator " ] \
    || fail "lcdesk's programs are not lcdesk and lcdesk-emulator: $programs"

root=$work/root
dpkg-deb --extract "$deb" "$root"
dpkg-deb --extract "$data_deb" "$root"
bin=$root/usr/bin

echo "== [${SECONDS}s] lcdesk --version"
"${clean_env[@]}" timeout 20 "$bin/lcdesk" --version >"$work/version" 2>&1 || fail "lcdesk --version failed"
cat "$work/version"
[ "$(head -n 1 "$work/version")" = "lcdesk (LC Desk) $version" ] \
    || fail "the first line of --version is not 'lcdesk (LC Desk) $version'"
grep -q "^Qt 6\.[0-9.]* (built with Qt 6\.[0-9.]*)$" "$work/version" || fail "--version names no Qt"
grep -q "GPL-3.0-or-later" "$work/version" || fail "--version names no licence"

echo "== [${SECONDS}s] lcdesk-emulator finds the unpacked rules"
# The emulator stays up while its stdin is open; the banner on stderr names its rules.
mkfifo "$work/emulator-in"
"${clean_env[@]}" "$bin/lcdesk-emulator" --exit-on-stdin-close <"$work/emulator-in" \
    >"$work/emulator-out" 2>"$work/emulator-err" &
pids+=($!)
exec 3>"$work/emulator-in"
for _ in $(seq 100); do
    grep -q "Rules" "$work/emulator-err" && break
    sleep 0.1
done
exec 3>&-
grep "Rules" "$work/emulator-err" || true
grep -q "Rules *300 community rules from $root/usr/share/lcdesk/sigma-limacharlie/latest" \
    "$work/emulator-err" || fail "the unpacked emulator does not read the unpacked rules"

echo "== [${SECONDS}s] lcdesk sensors --demo --json"
"${clean_env[@]}" timeout 60 "$bin/lcdesk" sensors --demo --json >"$work/sensors" 2>"$work/sensors-err" \
    || fail "lcdesk sensors --demo failed: $(cat "$work/sensors-err")"
sensors=$(grep -o '"sid"' "$work/sensors" | wc -l)
echo "sensors: $sensors"
[ "$sensors" -gt 0 ] || fail "lcdesk sensors --demo listed no sensors"

echo "== [${SECONDS}s] lcdesk sync fetch --demo (the demo organisation's rules)"
"${clean_env[@]}" timeout 60 "$bin/lcdesk" sync fetch --demo --config "$work/org.yaml" \
    >"$work/fetch" 2>&1 || fail "lcdesk sync fetch --demo failed: $(cat "$work/fetch")"
fetched=$(grep -c '^  [^ ].*:$' "$work/org.yaml" 2>/dev/null || true)
echo "rules fetched: $fetched"
[ "$fetched" -ge 300 ] || fail "the demo organisation has $fetched rules, not its 300 community rules"

echo "== [${SECONDS}s] lcdesk --demo on the offscreen platform"
"${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$bin/lcdesk" --demo >"$work/gui-out" 2>"$work/gui-err" &
gui=$!
pids+=("$gui")
# The window is up once it has loaded the demo organisation's sensors; by then the emulator
# it started runs as its child.
started=
for _ in $(seq 300); do
    for child in $(children "$gui"); do
        exe=$(readlink "/proc/$child/exe" 2>/dev/null || true)
        [ "$exe" = "$bin/lcdesk-emulator" ] && started=$exe
    done
    [ -n "$started" ] && grep -q "sensor list loaded: [1-9]" "$work/gui-err" && break
    sleep 0.1
done
if kill -0 "$gui" 2>/dev/null; then
    kill -TERM "$gui"
    wait "$gui" 2>/dev/null || true
else
    fail "lcdesk --demo exited early: $(cat "$work/gui-err")"
fi
[ -n "$started" ] || fail "the window's demo did not start the unpacked emulator"
grep -q "sensor list loaded: [1-9]" "$work/gui-err" \
    || fail "the window did not load the demo organisation: $(cat "$work/gui-err")"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the packages install and run: ok"
