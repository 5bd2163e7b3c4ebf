#!/usr/bin/env bash
# demo.sh — README command 1: set up, build, and code the example articles
# in examples/, printing the events entente extracts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh build
./build/entente code examples/ --format jsonl
