#!/usr/bin/env bash
# Installs everything Frontline needs to build, test and run on Debian 12 / Ubuntu 22.04+.
# Idempotent: packages already present are not fetched again. Needs root or sudo.
# macOS: see installer/macos/Brewfile; Windows: installer/windows/vcpkg.json.
set -euo pipefail

# Build toolchain and libraries.
BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libsqlcipher-dev sqlcipher libssl-dev
  qtkeychain-qt6-dev
  libphonenumber-dev libicu-dev
  libxlsxwriter-dev libminizip-dev
  libfreexl-dev
  libsodium-dev
)
# What the tests and the GUI checks use: a Secret Service for the keychain test, an X server
# for screenshots, CJK fonts so Chinese does not render as boxes, poppler's tools to read the
# PDF reports back (pdftotext, pdfinfo, pdftoppm), clang with the libFuzzer and sanitizer
# runtimes for the fuzz targets (tests/fuzz; Debian 12 puts the runtimes in libclang-rt-14-dev,
# which clang only recommends).
TEST_PACKAGES=(
  dbus dbus-x11 gnome-keyring
  xvfb xauth fonts-noto-cjk poppler-utils
  clang-format
  clang
)
clang_major=$(apt-cache policy clang 2>/dev/null | sed -n 's/^ *Candidate: *1:\([0-9]*\).*/\1/p')
if [ -n "$clang_major" ] && apt-cache show "libclang-rt-$clang_major-dev" >/dev/null 2>&1; then
  TEST_PACKAGES+=("libclang-rt-$clang_major-dev")
fi

missing=()
for p in "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#BUILD_PACKAGES[@]} build and ${#TEST_PACKAGES[@]} test packages are installed."
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "setup: this script installs with apt-get (Debian/Ubuntu). Missing: ${missing[*]}" >&2
  echo "setup: on macOS use installer/macos/Brewfile; on Windows installer/windows/vcpkg.json." >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
  SUDO=(sudo)
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done."
