#!/usr/bin/env bash
# Installs the Debian 12 packages LC Desk needs to build, run and test.
# Works as root, or as a user through sudo. Installs only what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format clang python3
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-l10n-tools qt6-tools-dev-tools
    qtkeychain-qt6-dev libyaml-cpp-dev libcpp-httplib-dev nlohmann-json3-dev
    libssl-dev zlib1g-dev libsimdjson-dev libgl-dev libreadline-dev
    gnome-keyring libsecret-tools dbus dbus-x11
    xvfb xauth x11-apps imagemagick fonts-dejavu-core
    desktop-file-utils appstream dpkg-dev file man-db groff-base bsdextrautils
)

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "error: these packages are missing and sudo is not available: ${missing[*]}" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
