#!/usr/bin/env bash
# Installs whatever Debian packages are missing, then configures and builds qrdiag into build/.
# Used by scripts/demo.sh and scripts/test.sh; safe to run again (does nothing that is already done).
set -euo pipefail
cd "$(dirname "$0")/.."

# Build tools, the libraries we link (the image codecs among them), the peers the benchmark and tests compare against, and clang with
# the libFuzzer runtime for the fuzzers; Debian's Python with OpenCV and qrencode for tests/crosscheck/, tests/fieldset/,
# tests/photoset/ and tests/styleset/
PACKAGES=(
  build-essential cmake pkg-config
  libzxing-dev libopencv-dev libopencv-contrib-dev
  libjpeg62-turbo-dev libpng-dev libtiff-dev libwebp-dev libstb-dev
  libcli11-dev doctest-dev nlohmann-json3-dev libfmt-dev
  zxing-cpp-tools zbar-tools python3
  python3-opencv python3-numpy qrencode
  clang libclang-rt-dev
)
[ "${QRDIAG_SETUP_EXTRA:-}" ] && read -r -a extra <<<"$QRDIAG_SETUP_EXTRA" && PACKAGES+=("${extra[@]}")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

BUILD_DIR="${QRDIAG_BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${QRDIAG_BUILD_TYPE:-Release}" ${QRDIAG_CMAKE_ARGS:-} >/dev/null
# QRDIAG_BUILD_TARGETS limits the build to some targets (scripts/test.sh's sanitizer and fuzz builds).
read -r -a targets <<<"${QRDIAG_BUILD_TARGETS:-all}"
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${targets[@]}"
