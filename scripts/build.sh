#!/usr/bin/env bash
# build.sh [BUILD_DIR] [cmake options…] — configures and builds entente
# (Release by default) with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
shift || true
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DENTENTE_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
