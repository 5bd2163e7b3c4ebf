#!/usr/bin/env python3
"""Sorts the learned coder's argument errors by class.

Reads what `entente eval GOLD --show-errors N` printed (a file, or - for
standard input) and the gold file itself. In each sentence every gold event
is paired with the system event of its type that shares most codes (codes as
eval prints them: country, IGO/NGO/IMG collapsed), and the pair's source and
target sides are each given one class:

  ok                  the same codes
  extra actor         every gold code and more (costs no dyad: the scorer
                      needs one shared code)
  some missing        some gold codes, not all
  mixed               some shared, some missing and some extra
  wrong actor         none shared; "(gold source as target)" or "(gold
                      target as source)" when the other side holds it
  right actor, wrong code   none shared, but the system chose a gold
                      source's words (sources only: read from the why)
  missing             the gold has codes, the system none
  extra (gold none)   the system has codes, the gold none

Prints the counts; --show CLASS prints that class's sentences.

  build/entente eval data/train/events/dev.jsonl --show-errors 5000 > /tmp/err.txt
  scripts/dyad_errors.py /tmp/err.txt data/train/events/dev.jsonl
  scripts/dyad_errors.py /tmp/err.txt data/train/events/dev.jsonl --show "source:wrong actor"
"""
import argparse
import collections
import json
import sys


def parse_event(line):
    """"  TYPE A B -> C" as (type, {A, B}, {C}), or None."""
    if "->" not in line:
        return None
    left, right = line.split("->", 1)
    words = left.split()
    if not words:
        return None
    return words[0].replace("(optional)", ""), set(words[1:]), set(right.split())


def read_errors(stream):
    records, cur, mode = [], None, None
    for line in stream:
        line = line.rstrip("\n")
        if not line.startswith(" ") and ": " in line:
            if line.split(":")[0] in ("type", "dyad"):
                break
            sid, text = line.split(": ", 1)
            cur = {"id": sid, "text": text, "gold": [], "sys": [], "why": []}
            records.append(cur)
            continue
        if cur is None:
            continue
        s = line.strip()
        if s in ("gold:", "system:"):
            mode = "gold" if s == "gold:" else "sys"
        elif s.startswith("why "):
            cur["why"].append(s)
        elif mode and line.startswith("  "):
            e = parse_event(line)
            if e:
                cur[mode].append(e)
    return records


def side_class(gold, sys_):
    if gold == sys_:
        return "ok"
    if not gold:
        return "extra (gold none)"
    if not sys_:
        return "missing"
    if gold < sys_:
        return "extra actor"
    if sys_ < gold:
        return "some missing"
    return "mixed" if gold & sys_ else "wrong actor"


def classify(rec, gold_texts):
    used, out = set(), []
    for ge in rec["gold"]:
        best = None
        for i, se in enumerate(rec["sys"]):
            if i in used or se[0] != ge[0]:
                continue
            shared = len(ge[1] & se[1]) + len(ge[2] & se[2])
            if best is None or shared > best[0]:
                best = (shared, i)
        if best is None:
            continue
        used.add(best[1])
        se = rec["sys"][best[1]]
        src, tgt = side_class(ge[1], se[1]), side_class(ge[2], se[2])
        if src == "wrong actor" and ge[1] & se[2]:
            src += " (gold source as target)"
        elif src == "wrong actor":
            why = " ".join(rec["why"])
            if any(("source " + t + ":") in why for t in gold_texts.get(rec["id"], [])):
                src = "right actor, wrong code"
        if tgt == "wrong actor" and ge[2] & se[1]:
            tgt += " (gold target as source)"
        out.append((ge, se, src, tgt))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("errors", help="entente eval --show-errors output, or -")
    ap.add_argument("gold", help="the gold file eval read")
    ap.add_argument("--show", default="", help='"source:CLASS" or "target:CLASS": print those pairs')
    a = ap.parse_args()
    gold_texts = {}
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            gold_texts[r["id"]] = [x["text"] for e in r.get("events", []) for x in e.get("source", [])]
    stream = sys.stdin if a.errors == "-" else open(a.errors, encoding="utf-8")
    counts = collections.Counter()
    for rec in read_errors(stream):
        for ge, se, src, tgt in classify(rec, gold_texts):
            counts[("source", src)] += 1
            counts[("target", tgt)] += 1
            if a.show in ("source:" + src, "target:" + tgt):
                print(f"{rec['id']}: {rec['text']}\n  gold {ge}\n  system {se}")
                for w in rec["why"]:
                    print("   ", w[:400])
    for (side, cls), n in sorted(counts.items()):
        print(f"{side:7} {cls:35} {n}")


if __name__ == "__main__":
    main()
