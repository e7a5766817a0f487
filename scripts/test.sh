#!/usr/bin/env bash
# Set up (install, build), then run every test: unit, samples, command line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir "${QRDIAG_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
