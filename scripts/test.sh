#!/usr/bin/env bash
# Set up (install, build), then run every test: unit, samples, crosscheck, fieldset, photoset, styleset, command line; then the
# unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), then each fuzzer for a bounded
# time (build-fuzz/, needs clang with libFuzzer). QRDIAG_FUZZ_SECONDS sets the fuzz time per target (default 60;
# 0 skips fuzzing); QRDIAG_SANITIZERS=0 skips both sanitizer stages.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir "${QRDIAG_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"

[ "${QRDIAG_SANITIZERS:-1}" = 0 ] && exit 0

# The unit tests only: the samples and command-line tests run the same code on many more images, which
# under ASan would cost more CI time than the memory checks are worth.
echo "test: unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)" >&2
QRDIAG_BUILD_DIR=build-asan QRDIAG_BUILD_TYPE=RelWithDebInfo QRDIAG_CMAKE_ARGS="-DQRDIAG_SANITIZE=ON" \
  QRDIAG_BUILD_TARGETS=qrdiag_unit_tests scripts/setup.sh
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -R '^unit$'

fuzz_seconds="${QRDIAG_FUZZ_SECONDS:-60}"
[ "$fuzz_seconds" = 0 ] && exit 0
if ! command -v clang++ >/dev/null; then
  echo "test: clang++ not found, fuzzers skipped" >&2
  exit 0
fi
echo "test: fuzzers, ${fuzz_seconds}s each (build-fuzz/)" >&2
QRDIAG_BUILD_DIR=build-fuzz QRDIAG_BUILD_TYPE=RelWithDebInfo \
  QRDIAG_CMAKE_ARGS="-DCMAKE_CXX_COMPILER=clang++ -DQRDIAG_SANITIZE=ON -DQRDIAG_BUILD_FUZZERS=ON -DQRDIAG_BUILD_TESTS=OFF -DQRDIAG_FUZZ_SECONDS=$fuzz_seconds" \
  QRDIAG_BUILD_TARGETS="fuzz_payload fuzz_image" scripts/setup.sh
ctest --test-dir build-fuzz/tests/fuzz --output-on-failure -j"$(nproc)"
