#!/usr/bin/env python3
"""Builds data/train/events/{train,dev,test}.jsonl from the annotators'
files in data/train/events/coding/: every batch's first coding (bNN.A.jsonl),
with the sentences of the agreement sample replaced by their adjudicated
coding (bNN.adj.jsonl) where one exists, and corrections from the spot
checks (bNN.fix.jsonl, same line format) applied after them. Then the
commitment decisions of coding/commitments_devtest.jsonl: one line per
intended event, {"id", "event" (index in the record's events), "type",
"event_text", "commitment": {...} or null, "note"}, setting that event's
`commitment` (null: decided not a commitment); the type and trigger must be
the event's, the event must be intended and not already carry a commitment.
Spans are found by scripts/corpus/records.py; every record is checked; a
problem stops the build.

  build_corpus.py [--coding DIR] [--out DIR]
"""
import argparse
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import assemble  # noqa: E402
import records  # noqa: E402

ROOT = assemble.ROOT


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlay(base_path, extra_path):
    """Lines of base_path with those of extra_path (same ids) in their place."""
    lines = {r["id"]: r for r in read(base_path)}
    if os.path.exists(extra_path):
        for r in read(extra_path):
            if r["id"] not in lines:
                raise ValueError(f"{extra_path}: id {r['id']} is not in {base_path}")
            lines[r["id"]] = r
    return lines


def apply_commitments(path, by_id):
    """Sets each decided event's `commitment`; returns the errors."""
    errors = []
    if not os.path.exists(path):
        return errors
    seen = set()
    for n, line in records.read_jsonl(path):
        where = f"{path}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: not JSON: {e}")
            continue
        key = (d.get("id"), d.get("event"))
        rec = by_id.get(d.get("id"))
        if rec is None:
            errors.append(f"{where}: id {d.get('id')} is not in the corpus")
            continue
        if key in seen:
            errors.append(f"{where}: {key} decided twice")
            continue
        seen.add(key)
        events = rec["events"]
        i = d.get("event")
        if not isinstance(i, int) or not 0 <= i < len(events):
            errors.append(f"{where}: {d['id']} has no event {i}")
            continue
        ev = events[i]
        if (ev.get("type"), ev.get("event_text")) != (d.get("type"), d.get("event_text")):
            errors.append(f"{where}: {d['id']} event {i} is {ev.get('type')} {ev.get('event_text')!r}, "
                          f"not {d.get('type')} {d.get('event_text')!r}")
            continue
        if ev.get("factuality") != "intended":
            errors.append(f"{where}: {d['id']} event {i} is not intended")
            continue
        if "commitment" in ev:
            errors.append(f"{where}: {d['id']} event {i} already has a commitment in its coding")
            continue
        if "commitment" not in d:
            errors.append(f"{where}: no commitment field (null for none)")
            continue
        ev["commitment"] = d["commitment"]
        errors += [f"{where}: {e}" for e in records.check_commitment(ev, d["id"])]
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coding", default=os.path.join(ROOT, "data", "train", "events", "coding"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "train", "events"))
    args = ap.parse_args()
    cameo = records.load_cameo(os.path.join(ROOT, "data", "events", "cameo_codes.tsv"))
    by_split = collections.defaultdict(list)
    problems = 0
    for inp in sorted(glob.glob(os.path.join(args.coding, "b*.input.jsonl"))):
        batch = os.path.basename(inp)[:-len(".input.jsonl")]
        first = os.path.join(args.coding, batch + ".A.jsonl")
        if not os.path.exists(first):
            print(f"{batch}: not coded yet, left out", file=sys.stderr)
            continue
        coded = overlay(first, os.path.join(args.coding, batch + ".adj.jsonl"))
        fixes = os.path.join(args.coding, batch + ".fix.jsonl")
        if os.path.exists(fixes):
            for r in read(fixes):
                coded[r["id"]] = r
        inputs = read(inp)
        if len(coded) != len(inputs):
            print(f"{batch}: {len(coded)} of {len(inputs)} sentences coded, left out", file=sys.stderr)
            continue
        tmp = os.path.join(args.coding, f".{batch}.merged.jsonl")
        with open(tmp, "w", encoding="utf-8") as f:
            for r in inputs:
                f.write(json.dumps(coded[r["id"]], ensure_ascii=False) + "\n")
        out, errors = assemble.merge(inputs, tmp, "A", cameo)
        os.remove(tmp)
        for e in errors:
            print(e, file=sys.stderr)
        problems += len(errors)
        adjudicated = set()
        adj = os.path.join(args.coding, batch + ".adj.jsonl")
        if os.path.exists(adj):
            adjudicated = {r["id"] for r in read(adj)}
        for rec in out:
            if rec["id"] in adjudicated:
                rec["annotator"] = "A+B adjudicated"
            by_split[rec["split"]].append(rec)
    by_id = {rec["id"]: rec for recs in by_split.values() for rec in recs}
    errors = apply_commitments(os.path.join(args.coding, "commitments_devtest.jsonl"), by_id)
    for e in errors:
        print(e, file=sys.stderr)
    problems += len(errors)
    if problems:
        print(f"{problems} problem(s): nothing written", file=sys.stderr)
        return 1
    for split, recs in sorted(by_split.items()):
        with open(os.path.join(args.out, split + ".jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{split}: {len(recs)} sentences, {sum(len(r['events']) for r in recs)} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
