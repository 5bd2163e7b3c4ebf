#!/usr/bin/env bash
# setup.sh — installs every Debian 12 package entente needs to build, test
# and run. Idempotent: installs only what is missing. Run as root (or with
# sudo available). Each package's purpose is listed in README.md.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git python3
  # libraries
  libicu-dev libfmt-dev libcli11-dev libsimdjson-dev libsqlite3-dev sqlite3
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # linguistic data read at build/run time (never copied into the repository)
  liblingua-en-tagger-perl wordnet-base iso-codes
  # store, server, dashboard test and load test
  libpq-dev postgresql libcpp-httplib-dev chromium wrk
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
