#!/usr/bin/env bash
# test.sh — README command 2: set up, build, and run every test.
# Job 1: the Release build and the whole CTest suite.
# Job 2: the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc, -fno-sanitize-recover: any report fails the test), in build-asan.
# Left out of job 2: the dashboard's browser test (it exercises the same
# server job 1 tested, through chromium, slowly), the scale-out tests (three
# sanitizer workers side by side slow each other tenfold on two cores; job 1
# runs them), the benchmarks (not built) and the Python module and its tests
# (not built: an ASan module needs the ASan runtime preloaded into python3;
# job 1 runs python_entente). ENTENTE_SKIP_SANITIZE=1 runs job 1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
bash scripts/build.sh build -DENTENTE_BUILD_TESTS=ON -DENTENTE_BUILD_BENCH=ON
(cd build && ctest --output-on-failure -j "$(nproc)")

if [ "${ENTENTE_SKIP_SANITIZE:-0}" != "1" ]; then
  start=$(date +%s)
  bash scripts/build.sh build-asan -DENTENTE_SANITIZE=address,undefined -DENTENTE_BUILD_BENCH=OFF
  built=$(date +%s)
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  (cd build-asan && ctest --output-on-failure -j "$(nproc)" -E '^dashboard_browser$|^ScaleOutTest')
  echo "test.sh: sanitizer job: build $((built - start)) s, tests $(($(date +%s) - built)) s"
fi
