#!/usr/bin/env python3
"""score_actors.py — scores entente's actor mentions against the sentences
whose every actor mention was annotated (data/train/actors/, issue 16).

  scripts/score_actors.py GOLD.jsonl [--input INPUT.jsonl] [--entente build/entente]
                          [--system SYSTEM.jsonl] [--show N] [--show-missed N] [--show-wrong N]
                          [--show-spurious N]
  scripts/score_actors.py --agreement A.jsonl B.jsonl [--input INPUT.jsonl]

GOLD holds one record per sentence (`id`, `mentions`: text, occurrence,
code, sector, ethnic, religion; format in data/train/actors/README.md); the
sentence texts and dates come from INPUT (default: the `*.input.jsonl` of
the same split beside GOLD). Without --system the script runs
`entente code --format actors` on INPUT (each sentence alone, with its date).

Matching, as the issue defines it:
- a system mention and a gold mention match when their spans overlap;
- a gold mention is *correct* when an overlapping system mention has the
  same country code (or IGO / NGO / IMG root) and every gold sector is among
  the system's sectors. A bare state (no sector) stands for the state, so it
  satisfies a gold `["GOV"]` (the guide codes a bare country "[] or [GOV]");
- a system mention is *spurious* when no gold mention overlaps it. Mentions
  the system marks as locations only (`"role": "location"`: "in Baghdad")
  are not actor mentions and are not counted, as the guide does not code them.
Ethnic and religion fields are scored separately (on matched mentions whose
gold record has them).

--show-missed N prints up to N gold mentions that no system mention overlaps,
each with its sentence and the system's mentions of that sentence (to
classify what the system does not find at all); --show-wrong N those found
with a wrong code; --show-spurious N the system mentions no gold mention
overlaps, with the sentence's gold mentions.

--agreement scores B against A and A against B over the sentences both coded
(the inter-annotator agreement), with the same rules.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

NON_STATE = {"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"}


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: error: {e}", file=sys.stderr)
    return out


def find_occurrence(text, sub, occurrence):
    """Code-point span of the occurrence-th `sub` in `text`, or None."""
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(sub, start + 1)
        if start < 0:
            return None
    return (start, start + len(sub))


def gold_mentions(record, text, where):
    out = []
    for m in record.get("mentions", []):
        span = find_occurrence(text, m.get("text", ""), int(m.get("occurrence", 1) or 1))
        if span is None:
            print(f"{where}: warning: mention {m.get('text')!r} not in the sentence", file=sys.stderr)
            continue
        out.append({"span": span, "code": (m.get("code") or "").upper(),
                    "sector": [s.upper() for s in m.get("sector") or []],
                    "ethnic": m.get("ethnic"), "religion": m.get("religion"), "text": m["text"]})
    return out


def byte_to_cp(text):
    """Map from byte offsets (UTF-8) to code-point offsets."""
    table = {}
    b = 0
    for i, ch in enumerate(text):
        table[b] = i
        b += len(ch.encode("utf-8"))
    table[b] = len(text)
    return table


def system_mentions(record, text):
    table = byte_to_cp(text)
    out = []
    for a in record.get("actors", []):
        if a.get("role") == "location":
            continue
        b, e = a["span"]
        if b not in table or e not in table:
            continue
        code = a.get("code") or ""
        root = a.get("country") or code[:3]
        out.append({"span": (table[b], table[e]), "code": root.upper(), "sector": a.get("sector") or [],
                    "kind": a.get("kind"), "ethnic": a.get("ethnic"), "religion": a.get("religion"),
                    "text": a.get("text", ""), "full": code, "why": a.get("why", "")})
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def correct(g, s):
    if g["code"] != s["code"]:
        return False
    sectors = set(s["sector"])
    if not sectors and g["code"] not in NON_STATE:
        sectors = {"GOV"}  # a bare state stands for the state
    return set(g["sector"]) <= sectors


class Score:
    def __init__(self):
        self.gold = self.correct = self.missed = self.wrong = 0
        self.system = self.spurious = 0
        self.attr = Counter()  # ethnic/religion: gold, found
        self.errors = []
        self.context = {}  # sentence id -> (text, system mentions)
        self.gold_of = {}  # sentence id -> gold mentions

    def add(self, sid, text, gold, system):
        self.gold += len(gold)
        self.system += len(system)
        self.context[sid] = (text, system)
        self.gold_of[sid] = gold
        for g in gold:
            over = [s for s in system if overlaps(g["span"], s["span"])]
            ok = [s for s in over if correct(g, s)]
            if ok:
                self.correct += 1
            elif over:
                self.wrong += 1
                self.errors.append((sid, "wrong", g, over[0]))
            else:
                self.missed += 1
                self.errors.append((sid, "missed", g, None))
            for field in ("ethnic", "religion"):
                if g.get(field):
                    self.attr[field + " gold"] += 1
                    if any(s.get(field) == g[field] for s in over):
                        self.attr[field + " found"] += 1
        for s in system:
            if not any(overlaps(g["span"], s["span"]) for g in gold):
                self.spurious += 1
                self.errors.append((sid, "spurious", None, s))

    def report(self, label):
        pct = lambda a, b: 100.0 * a / b if b else 0.0
        print(f"{label}: {self.gold} gold mentions, {pct(self.correct, self.gold):.1f}% correct "
              f"({self.correct}), {self.wrong} wrong code, {self.missed} missed; "
              f"{self.system} system mentions, {pct(self.spurious, self.system):.1f}% spurious ({self.spurious})")
        for field in ("ethnic", "religion"):
            n = self.attr[field + " gold"]
            if n:
                print(f"  {field}: {self.attr[field + ' found']}/{n} gold values found on a matching mention")


def describe(m):
    if m is None:
        return "-"
    code = m.get("full") or m["code"] + "".join(m["sector"])
    return f"{m['text']!r} {code}" + (f" [{m['code']} {'/'.join(m['sector'])}]" if "full" not in m else "")


def show_in_context(sc, wanted, limit):
    """Prints up to LIMIT gold mentions whose error is WANTED ("missed" or "wrong"), with their
    sentence, the overlapping system mention (with why it has its code) and the system's mentions."""
    chosen = [(sid, g, s) for sid, kind, g, s in sc.errors if kind == wanted]
    for sid, g, s in chosen[:limit]:
        text, system = sc.context[sid]
        b, e = g["span"]
        others = "; ".join(describe(m) for m in system) or "none"
        found = f"  system {describe(s)}" + (f" ({s['why']})" if s.get("why") else "") if s else ""
        print(f"  {wanted} {sid}: gold {describe(g)}{found}\n    {text[:b]}[[{text[b:e]}]]{text[e:]}\n"
              f"    system: {others}")


def show_spurious(sc, limit):
    """Prints up to LIMIT system mentions no gold mention overlaps, with their sentence, why they
    have their code and the gold mentions of that sentence."""
    chosen = [(sid, s) for sid, kind, _, s in sc.errors if kind == "spurious"]
    for sid, s in chosen[:limit]:
        text, _ = sc.context[sid]
        b, e = s["span"]
        golds = "; ".join(describe(g) for g in sc.gold_of.get(sid, [])) or "none"
        why = f" ({s['why']})" if s.get("why") else ""
        print(f"  spurious {sid}: system {describe(s)}{why}\n    {text[:b]}[[{text[b:e]}]]{text[e:]}\n"
              f"    gold: {golds}")


def run_entente(entente, input_path, extra=()):
    """`entente code --format actors` of INPUT_PATH; EXTRA: more options."""
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as out:
        subprocess.run([entente, "code", input_path, "--format", "actors", "--threads", "2", "-o", out.name,
                        *extra], check=True)
        return read_jsonl(out.name)


def default_input(gold_path):
    d, base = os.path.split(gold_path)
    split = base.split(".")[0]
    return os.path.join(d, f"{split}.input.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--input")
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--system")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors")
    ap.add_argument("--show-missed", type=int, default=0,
                    help="print up to N gold mentions no system mention overlaps, in context")
    ap.add_argument("--show-wrong", type=int, default=0,
                    help="print up to N gold mentions found with a wrong code, in context")
    ap.add_argument("--show-spurious", type=int, default=0,
                    help="print up to N system mentions no gold mention overlaps, in context")
    ap.add_argument("--agreement", action="store_true")
    args = ap.parse_args()
    inputs = {r["id"]: r for r in read_jsonl(args.input or default_input(args.gold[0]))}
    if args.agreement:
        a, b = ({r["id"]: r for r in read_jsonl(p)} for p in args.gold[:2])
        common = [i for i in a if i in b]
        for label, gold, other in (("B against A", a, b), ("A against B", b, a)):
            sc = Score()
            for i in common:
                text = inputs[i]["text"]
                sysm = [dict(m, full=m["code"] + "".join(m["sector"])) for m in gold_mentions(other[i], text, i)]
                sc.add(i, text, gold_mentions(gold[i], text, i), sysm)
            sc.report(f"{label} ({len(common)} sentences)")
        return 0
    gold = {}
    for p in args.gold:
        for r in read_jsonl(p):
            gold[r["id"]] = r
    system = {r["id"]: r for r in (read_jsonl(args.system) if args.system else run_entente(args.entente, args.input or default_input(args.gold[0])))}
    sc = Score()
    for i, g in gold.items():
        if i not in inputs:
            print(f"{i}: warning: not in the input file", file=sys.stderr)
            continue
        text = inputs[i]["text"]
        sc.add(i, text, gold_mentions(g, text, i), system_mentions(system.get(i, {}), text))
    sc.report(f"{len(gold)} sentences")
    for sid, kind, g, s in sc.errors[: args.show]:
        print(f"  {kind:8} {sid}: gold {describe(g)}  system {describe(s)}" + (f"  ({s['why']})" if s and s.get("why") else ""))
    show_in_context(sc, "missed", args.show_missed)
    show_in_context(sc, "wrong", args.show_wrong)
    show_spurious(sc, args.show_spurious)
    return 0


if __name__ == "__main__":
    sys.exit(main())
