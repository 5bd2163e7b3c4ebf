#!/usr/bin/env bash
# bench_scaleout.sh [CORPUS…] — measures `entente worker` against `entente
# ingest` on this machine (doc/benchmarks.md, "Scale-out"): starts a private
# PostgreSQL (default durability: fsync and synchronous commit on) and a
# private nats-server with JetStream, both local, then
#   1. `entente ingest --threads 1` of the corpus (the one-process baseline),
#   2. `entente publish` of the corpus, then one worker (--threads 1),
#   3. `entente publish` again to a second stream, then two workers at once,
# printing CPU seconds (user+sys) of every process, the workers' counts and
# the NATS server's CPU. Needs a Release build in BUILD (default build).
#   scripts/bench_scaleout.sh ../shared/corpus/wikinews_2019_2020.jsonl ../shared/corpus/ngec_synthetic.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD:-build}"
e="$build/entente"
corpus=("$@")
[[ ${#corpus[@]} -gt 0 ]] || corpus=(../shared/corpus/wikinews_2019_2020.jsonl ../shared/corpus/ngec_synthetic.jsonl)
bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/entente-so-bench.XXXXXX)
chmod 755 "$work"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
as_pg "$bindir/initdb" -D "$work/pg" -U postgres -A trust --locale=C -E UTF8 >/dev/null
as_pg "$bindir/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-k $work -c listen_addresses= -p 5432" start >/dev/null
port=$((20000 + RANDOM % 20000))
nats-server -a 127.0.0.1 -p "$port" -js -sd "$work/js" 2>"$work/nats.log" &
nats_pid=$!
cleanup() {
  kill "$nats_pid" 2>/dev/null || true
  as_pg "$bindir/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1
nats="nats://127.0.0.1:$port"
db() { as_pg "$bindir/psql" -q -h "$work" -U postgres -c "CREATE DATABASE $1" postgres >/dev/null; echo "postgresql:///$1?host=$work&user=postgres"; }
cpu() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"; }  # utime + stime, USER_HZ = 100
timed() { /usr/bin/time -f "cpu %U user %S sys %e wall" "$@"; }

echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) load: $(cut -d' ' -f1-3 /proc/loadavg); corpus: ${corpus[*]}"
echo "## ingest --threads 1"
timed "$e" ingest "${corpus[@]}" --db "$(db ingest1)" --threads 1 2>&1 | grep -E "^entente ingest|^cpu"

for n in 1 2; do
  q=(--nats "$nats" --stream "BENCH$n" --subject "bench.$n")
  n0=$(cpu "$nats_pid")
  echo "## publish to BENCH$n"
  timed "$e" publish "${q[@]}" "${corpus[@]}" 2>&1 | grep -E "^entente publish|^cpu"
  n1=$(cpu "$nats_pid")
  url=$(db "workers$n")
  echo "## $n worker(s), --threads 1"
  pids=()
  for i in $(seq 1 "$n"); do
    timed "$e" worker "${q[@]}" --db "$url" --threads 1 --until-empty --progress 0 \
      >"$work/w$n.$i.out" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  n2=$(cpu "$nats_pid")
  for i in $(seq 1 "$n"); do grep -E "^entente worker: done|^cpu" "$work/w$n.$i.out"; done
  echo "nats-server cpu: publish $(echo "$n1 - $n0" | bc) s, workers $(echo "$n2 - $n1" | bc) s"
done
