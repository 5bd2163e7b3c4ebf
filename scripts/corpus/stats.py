#!/usr/bin/env python3
"""Counts of the event corpus for its README and doc/benchmarks.md:
sentences per split and source, events per PLOVER type (required and
optional) per split, factualities, non-factual mentions.

  stats.py [CORPUS_DIR]
"""
import collections
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main(argv):
    corpus = argv[0] if argv else os.path.join(ROOT, "data", "train", "events")
    sents = collections.Counter()
    with_event = collections.Counter()
    req = collections.defaultdict(collections.Counter)
    opt = collections.Counter()
    fact = collections.Counter()
    nonfact = collections.Counter()
    for split in ("train", "dev", "test"):
        with open(os.path.join(corpus, split + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                sents[(split, r["source"])] += 1
                sents[(split, "all")] += 1
                with_event[split] += bool(r["events"])
                for e in r["events"]:
                    if e.get("optional"):
                        opt[e["type"]] += 1
                    else:
                        req[split][e["type"]] += 1
                    fact[e["factuality"]] += 1
                for e in r.get("nonfactual_events", []):
                    nonfact[e["factuality"]] += 1
    total = sum(v for (s, k), v in sents.items() if k == "all")
    wiki = sum(v for (s, k), v in sents.items() if k == "wikinews")
    print(f"sentences: {total} ({wiki} Wikinews = {100 * wiki / total:.1f}%)")
    for split in ("train", "dev", "test"):
        print(f"  {split}: {sents[(split, 'all')]} sentences ({sents[(split, 'wikinews')]} Wikinews, "
              f"{sents[(split, 'ngec')]} NGEC), {with_event[split]} with an event")
    print("| type | required (train / dev / test) | all required | optional |")
    print("|---|---|---|---|")
    types = sorted({t for c in req.values() for t in c} | set(opt))
    for t in types:
        r = [req[s][t] for s in ("train", "dev", "test")]
        print(f"| {t} | {r[0]} / {r[1]} / {r[2]} | {sum(r)} | {opt[t]} |")
    print(f"factuality of coded events: {dict(fact)}; non-factual mentions: {dict(nonfact)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
