#!/usr/bin/env python3
"""Sorts the learned coder's errors on the real-news cross-validation folds by cause.

Reads the fold models and gold files that `scripts/cv_realnews.py --work DIR`
left, codes each fold's sentences four ways (`entente eval --show-errors`:
as decoded; with every event kept even when it finds no source; with every
candidate word forced, `--trigger-margin -100`; and with both), and
gives each false alarm and each missed event a first cause that a script can
tell:

  missed event (a required gold event of a type the sentence lacks):
    nonfactual   the trigger was coded but read as negated / hypothetical
    type         an event was written on the gold trigger, of another type
    no source    found with its type when sourceless events are kept
    margin       found with its type and a source when every candidate is forced
    no source + margin  found with its type only with both
    type + margin  found with both, but of another type
    candidate    never found: no candidate word or no actor near it
  false alarm (a system event of a type the gold lacks):
    nonfactual   the gold lists the trigger's mention as negated, denied or hypothetical
    type         the gold has an event on that trigger, of another type
    duplicate    the gold has the type, the system wrote it once more
    optional     absorbed by nothing, but the sentence has an optional gold event
    no-event     the gold has no event on that word (read by hand: sense, statement, gap…)

Writes one JSON object per error (fold, id, text, gold, system, cause) to
--out, for reading; prints the counts.

  scripts/cv_errors.py --work /tmp/cv --out /tmp/cv/errors.jsonl
"""
import argparse
import collections
import json
import os
import re
import subprocess

HEAD = re.compile(r"^(wikinews-\S+): (.*)$")
EVENT = re.compile(r"^  (\S+?)(\(optional\))? (.*)->(.*)$")
WHY = re.compile(r"^  why (\S*) \[(.*?)\]: (.*)$")


def parse_errors(text):
    """`eval --show-errors` output -> {id: {"gold": [...], "system": [...], "why": [...]}}."""
    out, cur, part = {}, None, None
    for line in text.splitlines():
        m = HEAD.match(line)
        if m:
            cur = out.setdefault(m.group(1), {"gold": [], "system": [], "why": []})
            continue
        if cur is None:
            continue
        if line in (" gold:", " system:"):
            part = line.strip(" :")
            continue
        m = WHY.match(line)
        if m:
            fact = re.search(r"; (done|intended|negated|hypothetical|denied):", m.group(3))
            cur["why"].append({"type": m.group(1), "trigger": m.group(2), "why": m.group(3),
                               "counted": bool(m.group(1)) and fact is not None and fact.group(1) in ("done", "intended")})
            continue
        m = EVENT.match(line)
        if m and part:
            cur[part].append({"type": m.group(1), "optional": bool(m.group(2)),
                              "sources": m.group(3).split(), "targets": m.group(4).split()})
        elif not line.startswith("  "):
            cur, part = None, None
    for e in out.values():
        counted = [w for w in e["why"] if w["counted"]]
        for w, x in zip(counted, e["system"]):
            w["sources"], w["targets"] = x["sources"], x["targets"]
    return out


def run_eval(entente, model, gold, extra):
    cmd = [entente, "eval", "--model", model, gold, "--show-errors", "1000000"] + extra
    return parse_errors(subprocess.run(cmd, capture_output=True, text=True).stdout)


def overlaps(trigger, text):
    t, x = trigger.lower(), (text or "").lower()
    return bool(t and x) and (t in x or x in t)


def counted_types(why):
    return collections.Counter(w["type"] for w in why if w["type"])


def missed_cause(g, rec, err, runs):
    why = err.get(rec["id"], {}).get("why", [])
    text = g.get("event_text", "")
    on_trigger = [w for w in why if overlaps(w["trigger"], text)]
    if any(w["type"] == g["type"] for w in on_trigger):
        return "nonfactual"  # written on the trigger with the type, yet not counted
    if on_trigger:
        return "type"
    for name, run in runs:
        w2 = run.get(rec["id"], {}).get("why", [])
        if any(w["type"] == g["type"] and overlaps(w["trigger"], text) for w in w2):
            return name
    if any(overlaps(w["trigger"], text) for w in runs[-1][1].get(rec["id"], {}).get("why", [])):
        return "type + margin"
    return "candidate"


def false_cause(w, rec):
    for n in rec.get("nonfactual_events", []):
        if overlaps(w["trigger"], n.get("event_text", "")):
            return "nonfactual"
    gold = [g for g in rec.get("events", []) if g.get("factuality") in ("done", "intended")]
    if any(g["type"] != w["type"] and overlaps(w["trigger"], g.get("event_text", "")) for g in gold):
        return "type"
    if any(g["type"] == w["type"] and not g.get("optional") for g in gold):
        return "duplicate"
    if any(g.get("optional") for g in gold):
        return "optional"
    return "no-event"


def share(a, b):
    return any(x in b for x in a)


def actor_cause(g, w):
    """Why a system event of the gold event's type, on its trigger, misses its dyad; None if it matches."""
    src = [a.get("code", "")[:3] for a in g.get("source", [])]
    tgt = [a.get("code", "")[:3] for a in g.get("target", [])]
    if not share(src, w["sources"]):
        return "wrong source"
    if not tgt:
        return "extra target" if w["targets"] and not (len(src) >= 2 and share(src, w["targets"])) else None
    if not w["targets"]:
        return "missing target"
    return None if share(tgt, w["targets"]) else "wrong target"


def actor_rows(rec, gold, e, k):
    rows = []
    for g in gold:
        if g.get("optional"):
            continue
        on = [w for w in e["why"] if w["counted"] and w["type"] == g["type"] and overlaps(w["trigger"], g.get("event_text", ""))]
        if not on:
            continue
        cause = actor_cause(g, on[0])
        if cause:
            rows.append(dict(kind="actors", fold=k, id=rec["id"], text=rec["text"], gold=gold, event=on[0],
                             cause=cause, system=e["why"]))
    return rows


def fold_errors(entente, d, k):
    model, gold_path = os.path.join(d, "model.bin"), os.path.join(d, "gold.jsonl")
    err = run_eval(entente, model, gold_path, [])
    runs = [("no source", run_eval(entente, model, gold_path, ["--keep-sourceless"])),
            ("margin", run_eval(entente, model, gold_path, ["--trigger-margin", "-100"])),
            ("no source + margin", run_eval(entente, model, gold_path, ["--keep-sourceless", "--trigger-margin", "-100"]))]
    rows = []
    with open(gold_path) as f:
        for line in f:
            rec = json.loads(line)
            e = err.get(rec["id"])
            if e is None:
                continue
            gold = [g for g in rec["events"] if g.get("factuality") in ("done", "intended")]
            rows += actor_rows(rec, gold, e, k)
            sys_count = collections.Counter(s["type"] for s in e["system"])
            need = collections.Counter(g["type"] for g in gold if not g.get("optional"))
            for g in gold:
                if g.get("optional") or need[g["type"]] <= sys_count[g["type"]]:
                    continue
                need[g["type"]] -= 1
                rows.append(dict(kind="missed", fold=k, id=rec["id"], text=rec["text"], gold=gold,
                                 event=g, cause=missed_cause(g, rec, err, runs), system=e["why"]))
            have = collections.Counter(g["type"] for g in gold)
            on_gold = lambda w: any(g["type"] == w["type"] and overlaps(w["trigger"], g.get("event_text", "")) for g in gold)
            for w in sorted((w for w in e["why"] if w["counted"]), key=lambda w: not on_gold(w)):
                if w["type"] not in sys_count:
                    continue
                sys_count[w["type"]] -= 1
                if have[w["type"]] > 0:
                    have[w["type"]] -= 1
                    continue
                rows.append(dict(kind="false", fold=k, id=rec["id"], text=rec["text"], gold=gold,
                                 event=w, cause=false_cause(w, rec), system=e["why"],
                                 nonfactual=rec.get("nonfactual_events", [])))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--work", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = []
    for k in range(a.folds):
        rows += fold_errors(a.entente, os.path.join(a.work, "fold%d" % k), k)
    with open(a.out, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    for kind in ("missed", "false", "actors"):
        c = collections.Counter(r["cause"] for r in rows if r["kind"] == kind)
        print(kind, sum(c.values()), dict(c.most_common()))


if __name__ == "__main__":
    main()
