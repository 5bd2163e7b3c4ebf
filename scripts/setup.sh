#!/usr/bin/env bash
# setup.sh [--python] [--test] — installs the Debian 12 packages entente needs.
#   (no option)  what coding and serving need: the C++ toolchain and
#                libraries, the linguistic data, Node.js/npm and uPlot to
#                build the dashboard (README command 1, scripts/demo.sh).
#   --python     also the Python module's build and pandas (pybind11-dev,
#                python3-dev, python3-pandas): the next build then makes
#                build/python/entente (ENTENTE_BUILD_PYTHON=AUTO).
#   --test       also what only the tests and measurements need: GoogleTest,
#                Google Benchmark, the PostgreSQL server, Chromium and
#                playwright-core for the dashboard's browser test, wrk
#                (README command 2, scripts/test.sh), and the Python
#                module's packages (its tests run with the others).
# Idempotent: installs only what is missing. Run as root (or with sudo
# available). Each package's purpose is listed in README.md. Works with
# Debian's own Node.js 18: every npm package in web/package-lock.json is
# pinned at a version whose "engines" allow it.
set -euo pipefail

with_tests=0
with_python=0
for arg in "$@"; do
  case "$arg" in
    --test) with_tests=1; with_python=1 ;;
    --python) with_python=1 ;;
    *) echo "usage: setup.sh [--python] [--test]" >&2; exit 2 ;;
  esac
done

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git python3
  # libraries
  libicu-dev libfmt-dev libcli11-dev libsimdjson-dev libsqlite3-dev sqlite3
  # gzip-compressed inputs (.jsonl.gz, .txt.gz)
  zlib1g-dev
  # xxHash: the model files' checksum, verified at every start-up
  libxxhash-dev
  # the NATS C client: the work queue of `entente publish` / `entente worker`
  libnats-dev
  # linguistic data read at build/run time (never copied into the repository)
  liblingua-en-tagger-perl wordnet-base iso-codes
  # cities for the actor dictionaries (read from the installed library)
  libgeonames-dev
  # the PostgreSQL client library (the store's postgresql:// backend) and the
  # HTTP server of `entente serve` (GNU libmicrohttpd)
  libpq-dev libmicrohttpd-dev
  # the dashboard's build (web/: npm ci, node build.mjs)
  nodejs npm
)
TEST_PACKAGES=(
  # unit tests and micro-benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # the PostgreSQL server the store tests start, the dashboard's browser
  # test, the HTTP load measurement
  postgresql chromium wrk
  # the NATS server the scale-out tests start (tests/reliability/scale_out_test.cc)
  nats-server
)
# The Python module (python/): pybind11 binds the library, pandas takes its
# rows as DataFrames. Not in the first command: coding and serving need
# neither, and pandas with numpy is a large download.
PYTHON_PACKAGES=(pybind11-dev python3-dev python3-pandas)
if [ "$with_tests" = 1 ]; then PACKAGES+=("${TEST_PACKAGES[@]}"); fi
if [ "$with_python" = 1 ]; then PACKAGES+=("${PYTHON_PACKAGES[@]}"); fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# A machine may already have Node.js from elsewhere (e.g. a newer release
# with its own npm): then Debian's nodejs/npm are not needed.
missing=()
for p in "${PACKAGES[@]}"; do
  if [ "$p" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The dashboard's front end (web/): uPlot from npm, and for the tests
# playwright-core (the browser test's driver), at the versions in
# web/package-lock.json; built into web/dist, which `entente serve` serves.
web="$(cd "$(dirname "$0")/.." && pwd)/web"
want="core"
if [ "$with_tests" = 1 ]; then want="test"; fi
# The stamp records which lock file, and which part of it, node_modules was
# installed from; a test install also serves the core.
stamp="$web/node_modules/.entente-lock"
have="$(head -n1 "$stamp" 2>/dev/null || true)"
if ! tail -n +2 "$stamp" 2>/dev/null | cmp -s "$web/package-lock.json" - ||
   { [ "$want" = test ] && [ "$have" != test ]; }; then
  omit=()
  if [ "$want" = core ]; then omit=(--omit=dev); fi
  (cd "$web" && npm ci "${omit[@]}" --no-audit --no-fund --loglevel=error &&
   { echo "$want"; cat package-lock.json; } > node_modules/.entente-lock)
fi
(cd "$web" && npm run --silent build)
