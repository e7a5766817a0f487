#!/usr/bin/env bash
# Set up (install, build), then diagnose every bundled sample image and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/cli/qrdiag check samples/ "$@" || true
