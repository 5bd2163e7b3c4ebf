#!/usr/bin/env bash
# demo.sh — README command 1: set up, build, and code the example articles
# in examples/, printing the events entente extracts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Only the library and the tool: tests and benchmarks are README command 2's.
bash scripts/build.sh build -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF
./build/entente code examples/ --format jsonl
