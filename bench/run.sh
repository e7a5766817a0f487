#!/usr/bin/env bash
# The benchmark in one command: builds qrdiag if needed, writes the image set, times qrdiag against
# ZXingReader, zbarimg and the read-only floor, prints the table and updates docs/performance.md.
# Usage: bench/run.sh [--quick] [--rounds N] [--images DIR] [--doc FILE]   (see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
exec python3 bench/bench.py --build "${QRDIAG_BUILD_DIR:-build}" "$@"
