#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG icons from the scalable SVG. The PNGs are kept in the repository so
# that building needs no SVG renderer; run this (it needs rsvg-convert, Debian package
# librsvg2-bin) after changing the SVG, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

id=io.github.lcdesk.LCDesk
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "hicolor/${size}x${size}/apps/$id.png"
done
