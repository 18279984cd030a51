#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry and the AppStream metainfo as desktops and software centres read
# them, and checks that they, the icons and the build agree with each other.
# Usage: check-desktop-files.sh SOURCE_DIR PROJECT_VERSION
set -euo pipefail
source_dir=$1
version=$2
id=io.github.lcdesk.LCDesk
resources=$source_dir/resources
desktop=$resources/$id.desktop
metainfo=$resources/$id.metainfo.xml
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in desktop-file-validate appstreamcli file; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate: $metainfo"

# The names that tie desktop entry, metainfo, icons and the running program together.
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
grep -qx "Exec=lcdesk" "$desktop" || fail "the desktop entry does not run lcdesk"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $id.desktop"

# Release notes for the version being built: the newest release comes first.
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$version" ] \
    || fail "the metainfo's newest release is '$newest', the project version is $version: add its release notes"

# Every hicolor PNG has the size of its folder, and the usual sizes are all there.
for size in 16 22 24 32 48 64 128 256 512; do
    png=$resources/icons/hicolor/${size}x${size}/apps/$id.png
    if [ ! -f "$png" ]; then
        fail "missing icon $png"
        continue
    fi
    file -b "$png" | grep -q "^PNG image data, $size x $size," \
        || fail "$png is not a $size x $size PNG: $(file -b "$png")"
done
svg=$resources/icons/$id.svg
grep -q '<svg' "$svg" || fail "$svg is not an SVG"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "desktop entry, metainfo and icons: ok"
