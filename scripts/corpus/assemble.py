#!/usr/bin/env python3
"""Check an annotator's file against its batch, or assemble final records.

  assemble.py check BATCH.input.jsonl CODED.jsonl     # errors with line numbers
  assemble.py build BATCH.input.jsonl CODED.jsonl ANNOTATOR OUT.jsonl

CODED.jsonl has one line per sentence of the batch, in order:
  {"id": ..., "events": [...], "nonfactual_events": [...], "note": "..."}
with actor/trigger texts but no offsets (see data/train/events/ANNOTATING.md)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import records  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))


def merge(inputs, coded_path, annotator, cameo):
    out, errors = [], []
    coded = {}
    for n, line in records.read_jsonl(coded_path):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{coded_path}:{n}: not JSON: {e}")
            continue
        if rec.get("id") in coded:
            errors.append(f"{coded_path}:{n}: id {rec.get('id')} coded twice")
        coded[rec.get("id")] = (n, rec)
    ids = {r["id"] for r in inputs}
    for extra in sorted(set(coded) - ids, key=str):
        errors.append(f"{coded_path}:{coded[extra][0]}: id {extra} is not in the batch")
    for base in inputs:
        if base["id"] not in coded:
            continue
        n, rec = coded[base["id"]]
        final = dict(base)
        final["annotator"] = annotator
        final["events"] = rec.get("events", [])
        final["nonfactual_events"] = rec.get("nonfactual_events", [])
        final["note"] = rec.get("note", "")
        try:
            for ev in final["events"] + final["nonfactual_events"]:
                records.add_spans(final["text"], ev)
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            errors.append(f"{coded_path}:{n}: {base['id']}: {e}")
            continue
        errors += [f"{coded_path}:{n}: {e}" for e in records.check_record(final, cameo)]
        out.append(final)
    return out, errors


def main(argv):
    if len(argv) < 3 or argv[0] not in ("check", "build"):
        print(__doc__, file=sys.stderr)
        return 2
    cameo = records.load_cameo(os.path.join(ROOT, "data", "events", "cameo_codes.tsv"))
    inputs = [json.loads(line) for _, line in records.read_jsonl(argv[1])]
    annotator = argv[3] if argv[0] == "build" else "?"
    out, errors = merge(inputs, argv[2], annotator, cameo)
    for e in errors:
        print(e)
    coded = len(out)
    print(f"{coded} of {len(inputs)} sentences coded, {len(errors)} problem(s)", file=sys.stderr)
    if argv[0] == "build":
        with open(argv[4], "w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
