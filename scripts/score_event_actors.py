#!/usr/bin/env python3
"""score_event_actors.py — scores entente's actor mentions on the actors the
annotated event corpus codes as event sources and targets (issue 16).

  scripts/score_event_actors.py [EVENTS.jsonl] [--entente build/entente] [--system SYSTEM.jsonl]
                                [--show N] [--documents [--document-country]] [--source wikinews]

EVENTS (default data/train/events/dev.jsonl) holds one sentence per record
with its `date` and `events`. Every sentence is coded alone, as its own
document with its date, by `entente code --format actors`. For each source
and target of a required (not `optional`) gold event that has a code and a
span, the script looks for the system mentions overlapping the span:
- ok: one of them has the gold code. Codes are compared as countries (the
  first three letters, or the mention's `country`); IGO / NGO / IMG codes
  compare by that prefix alone (the scorer's rule, `ScoringCode`);
- wrong: some overlap, none with the gold code;
- none: no system mention overlaps the span.
Mentions marked as locations only (`"role": "location"`) count as well:
the question is whether the actor stage found the argument at all.
Sectors are not compared (the coder's dyad scoring compares countries).

--documents codes each document whole instead (its sentences put back at
their `offset`s, the first sentence's date), so second mentions ("Bolton",
"the minister", "he") can follow an earlier sentence, as on real news; the
mentions are mapped back to the sentences by offset; with
--document-country, coded with `entente code --document-country` (a role
noun with no country takes the document's). --source keeps only
the sentences of one corpus source (e.g. `wikinews`).
"""
import argparse
import json
import os
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_actors import byte_to_cp, overlaps, read_jsonl, run_entente  # noqa: E402

PREFIXES = ("IGO", "NGO", "IMG")


def scoring_code(code):
    code = (code or "").upper()
    for p in PREFIXES:
        if code.startswith(p):
            return p
    return code[:3]


def system_codes(record, text):
    table = byte_to_cp(text)
    out = []
    for a in record.get("actors", []):
        b, e = a["span"]
        if b not in table or e not in table:
            continue
        code = a.get("code") or ""
        root = code if any(code.startswith(p) for p in PREFIXES) else (a.get("country") or code)
        out.append(((table[b], table[e]), scoring_code(root), a.get("text", ""), code))
    return out


def code_documents(entente, sentences, extra=()):
    """Codes each document whole; returns per-sentence records whose actor
    spans are UTF-8 byte offsets into the sentence, as for one sentence."""
    docs = {}
    for s in sentences:
        docs.setdefault(s["doc_id"], []).append(s)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for doc_id, sents in docs.items():
            text = ""
            for s in sorted(sents, key=lambda s: s["offset"][0]):
                text += " " * max(1 if text else 0, s["offset"][0] - len(text)) + s["text"]
            f.write(json.dumps({"id": doc_id, "date": sents[0].get("date"), "text": text}) + "\n")
        name = f.name
    try:
        coded = {r["id"]: r for r in run_entente(entente, name, extra)}
    finally:
        os.unlink(name)
    out = {}
    for s in sentences:
        record = coded.get(s["doc_id"], {})
        full = ""
        for t in sorted(docs[s["doc_id"]], key=lambda t: t["offset"][0]):
            full += " " * max(1 if full else 0, t["offset"][0] - len(full)) + t["text"]
        begin = len(full[: s["offset"][0]].encode("utf-8"))
        end = begin + len(s["text"].encode("utf-8"))
        actors = []
        for a in record.get("actors", []):
            b, e = a["span"]
            if begin <= b and e <= end:
                actors.append(dict(a, span=[b - begin, e - begin]))
        out[s["id"]] = {"id": s["id"], "actors": actors}
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("events", nargs="?", default="data/train/events/dev.jsonl")
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--system", help="entente's --format actors output for EVENTS' sentences")
    ap.add_argument("--show", type=int, default=0, help="print up to N errors")
    ap.add_argument("--documents", action="store_true", help="code each document whole (second mentions)")
    ap.add_argument("--document-country", action="store_true",
                    help="with --documents: entente code --document-country")
    ap.add_argument("--source", help="only the sentences of this corpus source")
    args = ap.parse_args()
    sentences = read_jsonl(args.events)
    if args.source:
        sentences = [s for s in sentences if s.get("source") == args.source]
    if args.system:
        system = {r["id"]: r for r in read_jsonl(args.system)}
    elif args.documents:
        system = code_documents(args.entente, sentences, ["--document-country"] if args.document_country else [])
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for s in sentences:
                f.write(json.dumps({"id": s["id"], "date": s.get("date"), "text": s["text"]}) + "\n")
            name = f.name
        try:
            system = {r["id"]: r for r in run_entente(args.entente, name)}
        finally:
            os.unlink(name)
    count = Counter()
    errors = []
    for s in sentences:
        mentions = system_codes(system.get(s["id"], {}), s["text"])
        for ev in s.get("events", []):
            if ev.get("optional"):
                continue
            for role in ("source", "target"):
                for a in ev.get(role) or []:
                    if not a.get("code") or not a.get("span"):
                        continue
                    gold = scoring_code(a["code"])
                    span = tuple(a["span"])
                    over = [m for m in mentions if overlaps(span, m[0])]
                    verdict = "ok" if any(m[1] == gold for m in over) else "wrong" if over else "none"
                    count[role, verdict] += 1
                    if verdict != "ok":
                        got = ", ".join(f"{m[2]!r} {m[3]}" for m in over) or "-"
                        errors.append(f"  {verdict:5} {role:6} {s['id']}: gold {a.get('text')!r} {a['code']}  system {got}")
    for role in ("source", "target"):
        total = sum(count[role, v] for v in ("ok", "none", "wrong"))
        print(f"{role}s: {count[role, 'ok']} ok / {count[role, 'none']} no mention / "
              f"{count[role, 'wrong']} wrong code of {total}")
    for line in errors[: args.show]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
