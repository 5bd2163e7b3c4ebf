#!/usr/bin/env python3
"""score_commitments.py — commitment extraction against the annotated corpus.

    scripts/score_commitments.py [--entente build/entente] GOLD.jsonl [GOLD2.jsonl …]
                                 [--show N] [--threads 2]

Codes the gold sentences (id, date, text only) with `entente code --format
commitments` and compares the commitments with the gold events' `commitment`
fields (data/train/events/*.jsonl; doc/benchmarks.md reports the figures).

Matching, per sentence, one to one: a system commitment matches a gold one
when a promiser's code equals one of the gold event's source codes (country
codes; IGO…/NGO…/IMG… compared as IGO/NGO/IMG, as the event scorer does).
Reported at three levels: actor; actor + promised type (the event's PLOVER
type); actor + type + deadline (both none, or the deadline texts overlap).
Deadline resolution: of the matched pairs whose gold has a deadline, the
share where the system found that deadline and resolved it to the gold date
(null when the sentence has no date and the deadline is relative).

Completeness: an intended event whose `commitment` is null was decided not
to be a commitment; one without the field was never decided. When every
intended event of the gold files is decided (dev and test are, through
data/train/events/coding/commitments_devtest.jsonl), the precision over all
sentences is the precision; otherwise a system commitment in a sentence
without a gold one may be right, and the figure is only a lower bound.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def code(c):
    c = c or ""
    for p in ("IGO", "NGO", "IMG"):
        if c.startswith(p):
            return p
    return c[:3]


def gold_commitments(paths):
    """Sentences with their gold commitments, and (intended events, of them decided)."""
    sents = {}
    intended = decided = 0
    for path in paths:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            g = []
            for e in r.get("events", []):
                if e.get("factuality") == "intended":
                    intended += 1
                    decided += "commitment" in e
                c = e.get("commitment")
                if c is None:
                    continue
                d = c.get("deadline") or {}
                g.append({"actors": {code(a.get("code")) for a in e.get("source", [])},
                          "type": e["type"], "dl_text": d.get("text") or "",
                          "dl_date": d.get("date") or ""})
            sents[r["id"]] = {"text": r["text"], "date": r.get("date") or "", "gold": g}
    return sents, (intended, decided)


def run_entente(entente, sents, threads):
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for sid, s in sents.items():
                f.write(json.dumps({"id": sid, "date": s["date"], "text": s["text"]}) + "\n")
        out = subprocess.run([entente, "code", inp, "--format", "commitments", "--threads", str(threads)],
                             capture_output=True, text=True, check=False)
        if out.returncode not in (0, 1):
            sys.exit("entente failed: " + out.stderr[-2000:])
    sys_by = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        d = r.get("deadline") or {}
        sys_by.setdefault(r["doc_id"], []).append({
            "actors": {code(a.get("country") or a.get("actor")) for a in r["promisers"]} |
                      {code(a.get("actor")) for a in r["promisers"]},
            "type": r["type"], "dl_text": d.get("text") or "", "dl_date": d.get("date") or "",
            "cue": r["cue"]})
    return sys_by


def overlap(a, b):
    a, b = a.lower(), b.lower()
    if not a and not b:
        return True
    return bool(a and b) and (a in b or b in a)


def match(gold, system, same):
    """Greedy one-to-one pairs (gold index, system index) satisfying same()."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and same(g, s):
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def prf(tp, ns, ng):
    p = tp / ns if ns else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms")
    a = ap.parse_args()
    sents, (intended, decided) = gold_commitments(a.gold)
    system = run_entente(a.entente, sents, a.threads)
    levels = {
        "actor": lambda g, s: bool(g["actors"] & s["actors"]),
        "actor+type": lambda g, s: bool(g["actors"] & s["actors"]) and g["type"] == s["type"],
        "actor+type+deadline": lambda g, s: bool(g["actors"] & s["actors"]) and g["type"] == s["type"]
        and overlap(g["dl_text"], s["dl_text"]),
    }
    ng = sum(len(s["gold"]) for s in sents.values())
    ns = sum(len(v) for v in system.values())
    annotated = {sid for sid, s in sents.items() if s["gold"]}
    ns_annotated = sum(len(system.get(sid, [])) for sid in annotated)
    print(f"{len(sents)} sentences, {ng} gold commitments, {ns} system commitments "
          f"({ns_annotated} in the {len(annotated)} sentences with a gold commitment)")
    complete = decided == intended
    print(f"intended events decided: {decided} of {intended} "
          + ("(complete: P is the precision)" if complete
             else "(partial: P is a lower bound; see 'within annotated sentences')"))
    for name, same in levels.items():
        tp = sum(len(match(s["gold"], system.get(sid, []), same)) for sid, s in sents.items())
        p, r, f = prf(tp, ns, ng)
        pa, _, fa = prf(tp, ns_annotated, ng)
        print(f"{name:22s} P {p:.3f} R {r:.3f} F1 {f:.3f}   tp {tp}   "
              f"(within annotated sentences: P {pa:.3f} F1 {fa:.3f})")
    # Deadline resolution on actor matches whose gold states a deadline.
    stated = found = right = 0
    for sid, s in sents.items():
        sy = system.get(sid, [])
        for gi, si in match(s["gold"], sy, levels["actor"]):
            g, x = s["gold"][gi], sy[si]
            if not g["dl_text"]:
                continue
            stated += 1
            if overlap(g["dl_text"], x["dl_text"]):
                found += 1
                right += g["dl_date"] == x["dl_date"]
    print(f"deadlines stated (actor-matched): {stated}; found {found}; "
          f"resolved right {right} ({100 * right / found if found else 0:.1f}% of found, "
          f"{100 * right / stated if stated else 0:.1f}% of stated)")
    if a.show:
        shown = 0
        for sid, s in sents.items():
            sy = system.get(sid, [])
            pairs = match(s["gold"], sy, levels["actor+type"])
            mg = [g for i, g in enumerate(s["gold"]) if i not in {p[0] for p in pairs}]
            ms = [x for i, x in enumerate(sy) if i not in {p[1] for p in pairs}]
            if (mg or ms) and shown < a.show:
                shown += 1
                print(f"\n{sid}: {s['text']}")
                for g in mg:
                    print(f"  missed  {sorted(g['actors'])} {g['type']} dl={g['dl_text']!r}")
                for x in ms:
                    print(f"  extra   {sorted(x['actors'])} {x['type']} cue={x['cue']} dl={x['dl_text']!r}")


if __name__ == "__main__":
    main()
