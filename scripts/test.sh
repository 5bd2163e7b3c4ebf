#!/usr/bin/env bash
# test.sh — README command 2: set up, build, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh build
cd build
ctest --output-on-failure -j "$(nproc)"
