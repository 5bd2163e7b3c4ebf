#!/usr/bin/env bash
# fuzz.sh [--seconds N] [--jobs J] [TARGET…] — builds the libFuzzer targets
# of fuzz/ with clang under ASan + UBSan (build dir build-fuzz, or
# $ENTENTE_FUZZ_BUILD) and runs each for N seconds (default 600), J at a time
# (default 1), starting from the committed seeds in fuzz/corpus/<target>/.
# New inputs found go to build-fuzz/fuzz/corpus/<target>/ (not committed);
# logs to build-fuzz/fuzz/<target>.log; crashes to build-fuzz/fuzz/crash-*.
# Prints each target's executions and exit status; fails if any target did.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=600
jobs=1
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_jsonl fuzz_text fuzz_pipeline fuzz_actor_dict fuzz_event_lexicon fuzz_syntax_model fuzz_api
           fuzz_http fuzz_input_file fuzz_document)
  if [ -f src/petrarch/CMakeLists.txt ]; then targets+=(fuzz_petrarch fuzz_petrarch_coder); fi
fi
dir="${ENTENTE_FUZZ_BUILD:-build-fuzz}"
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DENTENTE_BUILD_FUZZ=ON -DENTENTE_BUILD_TESTS=OFF -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build "$dir" -j "$(nproc)" --target "${targets[@]}"

out="$dir/fuzz"
export ENTENTE_DATA_DIR="$PWD/data"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
run() {
  local t="$1" extra=()
  # Longer inputs than the seeds (libFuzzer's default limit is the longest
  # seed): the file reader gets large files (its payload can also be
  # repeated up to 8 MiB), the document target a 16 KiB story; the server
  # target waits up to 10 s (then a minute) for an answer.
  case "$t" in
    fuzz_input_file) extra=(-max_len=4194304 -rss_limit_mb=4096) ;;
    fuzz_document) extra=(-max_len=17000) ;;
    fuzz_http) extra=(-max_len=16384 -timeout=90) ;;
  esac
  mkdir -p "$out/corpus/$t"
  "$out/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${extra[@]}" -artifact_prefix="$out/crash-$t-" "$out/corpus/$t" "fuzz/corpus/$t" \
    >"$out/$t.log" 2>&1
}
status=0
pids=()
names=()
for t in "${targets[@]}"; do
  run "$t" & pids+=($!); names+=("$t")
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
for t in "${names[@]}"; do
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/$t.log" | awk '{print $2}')
  if grep -q 'ERROR: libFuzzer\|SUMMARY: \(Address\|Undefined\|Leak\)Sanitizer\|runtime error' "$out/$t.log"; then
    echo "$t: FAILED after ${execs:-?} executions (see $out/$t.log)"; status=1
  else
    echo "$t: ok, ${execs:-?} executions in ${seconds}s"
  fi
done
exit $status
