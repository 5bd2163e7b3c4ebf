#!/usr/bin/env bash
# score_gold.sh — codes the PLOVER gold sentences with entente and scores
# the events with ../shared/gold/score_events.py.
#
#   scripts/score_gold.sh [BUILD_DIR] [scorer options, e.g. --show-errors 20]
#
# ENTENTE_DICT=… passes --dict to `entente code` (e.g. petrarch:DIR to score
# PETRARCH/Phoenix dictionaries; default: entente's own).
#
# entente is given only each line's id, date and text. Events with no
# PLOVER category (CAMEO 01 statements) are left out: the scorer scores
# PLOVER types only. Compound actors are passed as lists (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
gold=../shared/gold/plover_gsr_dev.jsonl
if [[ ! -f $gold ]]; then
  echo "score_gold.sh: $gold not found (needs ../shared beside the repository)" >&2
  exit 2
fi
entente=$build/entente
[[ -x $entente ]] || entente=$build/src/cli/entente
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(json.dumps({"id": r["id"], "date": r.get("date", ""), "text": r["text"]}))
' "$gold" > "$tmp/input.jsonl"
"$entente" code "$tmp/input.jsonl" --format jsonl --threads 1 ${ENTENTE_DICT:+--dict "$ENTENTE_DICT"} > "$tmp/all.jsonl"
# A compound actor is one PLOVER record: the scorer reads a list of actor
# objects as the set of its codes, so `source`/`target` are given as the
# full `sources`/`targets` lists (the scorer prints a note about it).
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if not r.get("plover"):
        continue
    if len(r.get("sources", [])) > 1:
        r["source"] = r["sources"]
    if len(r.get("targets", [])) > 1:
        r["target"] = r["targets"]
    print(json.dumps(r))
' "$tmp/all.jsonl" > "$tmp/events.jsonl"
python3 ../shared/gold/score_events.py "$gold" "$tmp/events.jsonl" "$@"
