#!/usr/bin/env python3
"""score_links.py — commitment follow-up links against hand-labelled pairs.

    scripts/score_links.py [--entente build/entente] [--as-of 2022-01-31]

Ingests examples/commitments/ledger.jsonl into a fresh SQLite store, runs
`entente commitments --format json`, and compares its links with
data/train/commitments/pairs.tsv: a labelled fulfils/contradicts pair is
found when some commitment whose sentence holds the promise words has a
link of that relation to an event whose sentence holds the follow-up words.
Precision: of entente's links, those that are a labelled pair with the same
relation; recall: of the labelled fulfils/contradicts pairs, those found.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"))
    ap.add_argument("--as-of", default="2022-01-31")
    a = ap.parse_args()
    pairs = []
    for line in open(os.path.join(ROOT, "data/train/commitments/pairs.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        pairs.append(line.rstrip("\n").split("\t"))
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "ledger.db")
        subprocess.run([a.entente, "ingest", os.path.join(ROOT, "examples/commitments/ledger.jsonl"), "--db", db],
                       check=True, capture_output=True)
        out = subprocess.run([a.entente, "commitments", "--db", db, "--as-of", a.as_of, "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
    records = json.loads(out)["commitments"]
    links = set()
    for r in records:
        for l in r["links"]:
            links.add((r["doc_id"], r["sentence"], l["event"]["doc_id"], l["event"]["sentence"], l["relation"]))

    def labelled(link):
        pd, ps, fd, fs, rel = link
        for p in pairs:
            if p[0] == pd and p[1] in ps and p[2] == fd and p[3] in fs:
                return p[4] == {"fulfils": "fulfils", "contradicts": "contradicts"}[rel]
        return False

    right = sum(labelled(l) for l in links)
    positives = [p for p in pairs if p[4] in ("fulfils", "contradicts")]
    found = 0
    for p in positives:
        rel = p[4]
        if any(l[0] == p[0] and p[1] in l[1] and l[2] == p[2] and p[3] in l[3] and l[4] == rel for l in links):
            found += 1
        else:
            print(f"missed: {p[0]} '{p[1]}' -> {p[2]} '{p[3]}' ({rel})")
    for l in sorted(links):
        if not labelled(l):
            print(f"wrong:  {l[0]} '{l[1][:60]}' -> {l[2]} '{l[3][:60]}' ({l[4]})")
    p = right / len(links) if links else 0.0
    r = found / len(positives) if positives else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    counts = {}
    for rec in records:
        counts[rec["status"]] = counts.get(rec["status"], 0) + 1
    print(f"{len(pairs)} labelled pairs ({len(positives)} fulfils/contradicts); {len(links)} links")
    print(f"links: P {p:.3f} R {r:.3f} F1 {f:.3f}; statuses as of {a.as_of}: {counts}")


if __name__ == "__main__":
    main()
