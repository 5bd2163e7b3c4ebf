#!/usr/bin/env bash
# measure_dev.sh [BUILD] — the dev figures used for choosing (never the test split):
# corpus dev, PLOVER dev, the corpus dev's Wikinews records, event locations,
# the actor-mention sets dev.A and train.A, commitments on dev.
set -uo pipefail
b=${1:-build}
cd "$(dirname "$0")/.."
e=$b/entente
echo "== corpus dev";   $e eval data/train/events/dev.jsonl 2>/dev/null | grep -E "^(all|type|dyad|overall)" | head -4
echo "== PLOVER dev";   bash scripts/score_gold.sh $b 2>/dev/null | grep -iE "type|dyad" | head -4
echo "== wikinews dev"; python3 - <<'P' > /tmp/wn_dev_$$.jsonl
import json
for l in open("data/train/events/dev.jsonl"):
    r=json.loads(l)
    if r.get("source")=="wikinews": print(l.rstrip())
P
$e eval /tmp/wn_dev_$$.jsonl 2>/dev/null | grep -E "^(all|type|dyad|overall)" | head -4; rm -f /tmp/wn_dev_$$.jsonl
echo "== locations dev"; $e eval --locations data/train/events/dev.jsonl 2>/dev/null | tail -4
echo "== actors dev.A";  python3 scripts/score_actors.py data/train/actors/dev.A.jsonl 2>/dev/null | tail -3
echo "== actors train.A"; python3 scripts/score_actors.py data/train/actors/train.A.jsonl 2>/dev/null | tail -3
echo "== commitments dev"; python3 scripts/score_commitments.py data/train/events/dev.jsonl 2>/dev/null | tail -4
