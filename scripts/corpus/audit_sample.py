#!/usr/bin/env python3
"""Draws the events entente writes on the Wikinews documents of the corpus's
test split (or, with --split dev, its dev split), for a hand audit by the annotation guide (is each written event
right: a real, factual event of that type, with that source and target?).

  audit_sample.py ENTENTE_BINARY WIKINEWS_JSONL OUT.jsonl [--n 200] [--seed 1]

Writes one line per sampled event: its id, the sentence, and what entente
coded (type, CAMEO code, source and target texts and codes, modality,
trigger). The auditor adds "correct": true/false and "why"."""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("entente")
    ap.add_argument("wikinews")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", default="test", choices=["test", "dev"],
                    help="the corpus split whose Wikinews documents are coded (default: test)")
    args = ap.parse_args()
    test_docs = set()
    with open(os.path.join(ROOT, "data", "train", "events", args.split + ".jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["source"] == "wikinews":
                test_docs.add(r["doc_id"][len("wikinews-"):])
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        with open(args.wikinews, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in test_docs:
                    tmp.write(json.dumps({"id": d["id"], "date": d["date"], "title": d["title"],
                                          "text": d["text"], "url": d["url"]}) + "\n")
    out = subprocess.run([args.entente, "code", tmp.name, "--format", "jsonl", "--threads", "1"],
                         capture_output=True, text=True, check=False).stdout
    os.unlink(tmp.name)
    events = [json.loads(l) for l in out.splitlines() if l.strip()]
    rng = random.Random(args.seed)
    pick = events if len(events) <= args.n else rng.sample(events, args.n)
    pick.sort(key=lambda e: e["event_id"])
    actor = lambda a: {"text": a["text"], "code": a.get("country") or a.get("actor")}
    with open(args.out, "w", encoding="utf-8") as f:
        for e in pick:
            f.write(json.dumps({"event_id": e["event_id"], "sentence": e.get("sentence", ""),
                                "type": e["plover"], "cameo": e["cameo"], "modality": e["modality"],
                                "trigger": e.get("trigger"),
                                "sources": [actor(a) for a in e.get("sources", [])],
                                "targets": [actor(a) for a in e.get("targets", [])]}, ensure_ascii=False) + "\n")
    print(f"{len(test_docs)} {args.split} documents, {len(events)} events written, {len(pick)} sampled", file=sys.stderr)


if __name__ == "__main__":
    main()
