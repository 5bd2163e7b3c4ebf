#!/usr/bin/env python3
"""actor_sample.py — the sentences whose every actor mention is annotated
(issue 16): 300 from the corpus dev split and 300 from its test split, drawn
with a fixed seed, 180 Wikinews and 120 NGEC each (real reporting weighs
more). Writes data/train/actors/{dev,test}.input.jsonl: id, doc_id, source,
date, text. The draw looks only at the split and the source, never at the
text, so the sample is not chosen by what it contains.

With arguments it draws other splits the same way, e.g. the third set, from
the train split: `actor_sample.py --split train --seed 17` writes
data/train/actors/train.input.jsonl. Without arguments it redraws dev and
test with seed 16, exactly as before."""
import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = 16
QUOTA = {"wikinews": 180, "ngec": 120}


def draw(split, seed=SEED):
    rows = [json.loads(l) for l in open(ROOT / "data/train/events" / f"{split}.jsonl")]
    rng = random.Random(f"{seed}-{split}")
    out = []
    for source, n in QUOTA.items():
        pool = [r for r in rows if r["source"] == source]
        out += rng.sample(pool, n)
    out.sort(key=lambda r: (r["doc_id"], r["sent"]))
    return [{k: r[k] for k in ("id", "doc_id", "source", "date", "text")} for r in out]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", action="append", choices=("train", "dev", "test"),
                    help="split to draw from (repeatable; default dev and test)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"default {SEED}")
    args = ap.parse_args()
    for split in args.split or ("dev", "test"):
        path = ROOT / "data/train/actors" / f"{split}.input.jsonl"
        with open(path, "w") as f:
            for r in draw(split, args.seed):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(path, file=sys.stderr)


if __name__ == "__main__":
    main()
