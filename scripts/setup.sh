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
  # gzip-compressed inputs (.jsonl.gz, .txt.gz)
  zlib1g-dev
  # the NATS C client: the work queue of `entente publish` / `entente worker`
  libnats-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # the NATS server the scale-out tests start (tests/reliability/scale_out_test.cc)
  nats-server
  # linguistic data read at build/run time (never copied into the repository)
  liblingua-en-tagger-perl wordnet-base iso-codes
  # cities for the actor dictionaries (read from the installed library)
  libgeonames-dev
  # store, server, dashboard test and load test
  libpq-dev postgresql libmicrohttpd-dev chromium wrk
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

# The dashboard's front end (web/): uPlot, and playwright-core for its browser
# test, from npm at the versions in web/package-lock.json; built into
# web/dist, which `entente serve` serves. Node 20 with npm is expected on the
# machine; Debian's nodejs/npm are installed if there is none.
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y -q --no-install-recommends nodejs npm
fi
web="$(cd "$(dirname "$0")/.." && pwd)/web"
# The stamp records which lock file node_modules was installed from.
if ! cmp -s "$web/package-lock.json" "$web/node_modules/.entente-lock" 2>/dev/null; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error &&
   cp package-lock.json node_modules/.entente-lock)
fi
(cd "$web" && npm run --silent build)
