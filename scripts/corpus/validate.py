#!/usr/bin/env python3
"""Checks every record of the event corpus (data/train/events/*.jsonl):
each span gives its text (code points), types and CAMEO codes are valid and
agree with data/events/cameo_codes.tsv, actor codes are three capitals,
factualities are known, ids are unique across the corpus, provenance fields
are present, each record's split agrees with the file it is in, and in the
dev and test splits every intended event has its commitment decided (a
`commitment` object, or null for none: the splits commitment extraction is
scored on are completely annotated).
Prints file:line: problem for each, and a count; exit 1 if any.

  validate.py [CORPUS_DIR]
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import records  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SPLITS = ("train", "dev", "test")
COMMITMENTS_DECIDED = ("dev", "test")


def main(argv):
    corpus = argv[0] if argv else os.path.join(ROOT, "data", "train", "events")
    cameo = records.load_cameo(os.path.join(ROOT, "data", "events", "cameo_codes.tsv"))
    seen = {}
    problems = sentences = events = 0
    files = [os.path.join(corpus, s + ".jsonl") for s in SPLITS]
    for path in files:
        if not os.path.exists(path):
            print(f"{path}: missing")
            problems += 1
            continue
        split = os.path.basename(path)[:-len(".jsonl")]
        for n, line in records.read_jsonl(path):
            where = f"{path}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: not JSON ({e})")
                problems += 1
                continue
            errs = records.check_record(rec, cameo)
            if rec.get("split") != split:
                errs.append(f"split {rec.get('split')!r} in {split}.jsonl")
            if rec.get("license") not in ("CC BY 2.5", "MIT"):
                errs.append(f"licence {rec.get('license')!r}")
            if rec.get("source") not in ("wikinews", "ngec"):
                errs.append(f"source {rec.get('source')!r} (only Wikinews and NGEC may be trained on)")
            if split in COMMITMENTS_DECIDED:
                for k, ev in enumerate(rec.get("events", [])):
                    if ev.get("factuality") == "intended" and "commitment" not in ev:
                        errs.append(f"events[{k}]: intended, commitment not decided "
                                    "(data/train/events/coding/commitments_devtest.jsonl)")
            rid = rec.get("id")
            if rid in seen:
                errs.append(f"id {rid} also at {seen[rid]}")
            seen[rid] = where
            for e in errs:
                print(f"{where}: {e}")
            problems += len(errs)
            sentences += 1
            events += len(rec.get("events", []))
    print(f"{sentences} sentences, {events} events, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
