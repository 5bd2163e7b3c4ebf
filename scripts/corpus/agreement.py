#!/usr/bin/env python3
"""Inter-annotator agreement on the double-coded sample, before adjudication.

For every batch with both a first coding (coding/bNN.A.jsonl) and an
independent second coding of its sample (coding/bNN.B.jsonl), each coding is
taken as gold in turn and the other as system output, scored by the shared
scorer (../shared/gold/score_events.py): event type F1 and dyad F1 in both
directions and their mean. The system side holds the coder's required events
(an optional event is one the coder would not insist on). Cohen's kappa is
on event / no event per sentence (required events).

  agreement.py [WORK_DIR] [--scorer PATH] [--json]
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def load(path):
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(l) for l in f if l.strip())}


def actors(lst):
    return [{"code": a.get("code", ""), "sector": a.get("sector", [])} for a in lst]


def as_system(recs):
    out = []
    for rid, rec in recs.items():
        for ev in rec.get("events", []):
            if ev.get("optional"):
                continue
            line = {"doc_id": rid, "plover": ev["type"], "source": actors(ev.get("source", []))}
            if ev.get("target"):
                line["target"] = actors(ev["target"])
            out.append(line)
    return out


def score(scorer, gold, system):
    with tempfile.TemporaryDirectory() as tmp:
        g, s = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "sys.jsonl")
        with open(g, "w") as f:
            for rid, rec in gold.items():
                f.write(json.dumps({"id": rid, "text": rec.get("text", ""), "events": rec.get("events", [])}) + "\n")
        with open(s, "w") as f:
            for line in system:
                f.write(json.dumps(line) + "\n")
        res = subprocess.run([sys.executable, scorer, g, s, "--json"], capture_output=True, text=True,
                             check=True)
        return json.loads(res.stdout)


def f1(result, level):
    return result[level + "_f1"]


def kappa(a, b):
    ids = sorted(a)
    x = [bool([e for e in a[i]["events"] if not e.get("optional")]) for i in ids]
    y = [bool([e for e in b[i]["events"] if not e.get("optional")]) for i in ids]
    n = len(ids)
    po = sum(p == q for p, q in zip(x, y)) / n
    pa, pb = sum(x) / n, sum(y) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("coding_dir", nargs="?", default=os.path.join(ROOT, "data", "train", "events", "coding"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "gold", "score_events.py"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    a_all, b_all, batches = {}, {}, []
    for bpath in sorted(glob.glob(os.path.join(args.coding_dir, "b*.B.jsonl"))):
        apath = bpath.replace(".B.", ".A.")
        if not os.path.exists(apath):
            continue
        b = load(bpath)
        a = load(apath)
        if not all(i in a for i in b):
            continue  # first coding not finished
        batches.append(os.path.basename(bpath)[:3])
        texts = load(bpath.replace(".B.", ".sample."))
        for i in b:
            a_all[i] = dict(a[i], text=texts[i]["text"])
            b_all[i] = dict(b[i], text=texts[i]["text"])
    if not b_all:
        print("no batch has both codings yet", file=sys.stderr)
        return 1
    ab = score(args.scorer, a_all, as_system(b_all))
    ba = score(args.scorer, b_all, as_system(a_all))
    res = {"batches": batches, "sentences": len(b_all),
           "type_f1": {"A_gold": f1(ab, "type"), "B_gold": f1(ba, "type")},
           "dyad_f1": {"A_gold": f1(ab, "dyad"), "B_gold": f1(ba, "dyad")},
           "kappa_event": kappa(a_all, b_all)}
    for k in ("type_f1", "dyad_f1"):
        res[k]["mean"] = (res[k]["A_gold"] + res[k]["B_gold"]) / 2
    if args.json:
        print(json.dumps(res, indent=1))
    else:
        print(f"{len(b_all)} sentences double-coded in {len(batches)} batches")
        for k in ("type_f1", "dyad_f1"):
            r = res[k]
            print(f"{k}: A as gold {r['A_gold']:.3f}, B as gold {r['B_gold']:.3f}, mean {r['mean']:.3f}")
        print(f"Cohen's kappa (event / no event per sentence): {res['kappa_event']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
