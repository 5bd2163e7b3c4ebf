#!/usr/bin/env bash
# bench.sh — the end-to-end benchmark in one command: builds pipeline_bench
# (Release) and codes ../shared/corpus/*.jsonl to event JSON Lines with one
# thread and with all threads, printing start-up time, sentences/s, MB/s,
# CPU time, events per sentence and peak RSS (see bench/README.md).
#
#   scripts/bench.sh [BUILD_DIR]      (default build-bench)
#   REPEAT=3 CORPUS="a.jsonl b.jsonl" OUT=/tmp/events.jsonl scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-bench}"
repeat="${REPEAT:-1}"
out="${OUT:-/dev/null}"
if [[ -n "${CORPUS:-}" ]]; then
  read -r -a corpus <<<"$CORPUS"
else
  corpus=(../shared/corpus/*.jsonl)
fi
if [[ ! -e "${corpus[0]}" ]]; then
  echo "bench.sh: no corpus (${corpus[0]}); set CORPUS" >&2
  exit 2
fi
[[ -f "$build/CMakeCache.txt" ]] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
if ! log=$(ninja -C "$build" pipeline_bench 2>&1); then echo "$log" >&2; exit 1; fi
all=$(nproc)
echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) nproc=$all load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/pipeline_bench" --startup-only --repeat 5
for t in $(printf '%s\n' 1 "$all" | sort -un); do
  "$build/bench/pipeline_bench" --threads "$t" --repeat "$repeat" --out "$out" "${corpus[@]}" | grep '^code '
done
