#!/usr/bin/env python3
"""score_links.py — commitment follow-up links against hand-labelled pairs.

    scripts/score_links.py [--entente build/entente] [--as-of 2022-01-31]
                           [--wikinews ../shared/corpus/wikinews_2019_2020.jsonl]
                           [--wikinews-as-of 2020-12-31] [--only ledger|wikinews] [--quiet]

Two sets of labelled pairs (data/train/commitments/README.md):

- the ledger: examples/commitments/ledger.jsonl ingested into a fresh
  SQLite store, compared with data/train/commitments/pairs.tsv. Every
  promise of the ledger is listed there, so every link entente makes is
  judged: a link that is no labelled pair is wrong.
- Wikinews: the articles named in data/train/commitments/pairs_wikinews.tsv,
  read (with their dates) from the licensed Wikinews corpus and ingested
  into another fresh store under the event corpus's document ids, compared
  with pairs_wikinews.tsv. Those pairs cover 45 chosen promises and, for
  each, the later sentences of its promiser: links from a commitment whose
  sentence is none of the 45 promises are not judged (counted apart); a
  link from a listed promise to a sentence not paired with it counts as
  wrong (the pairs list every later sentence of the promiser on the
  matter), and is counted apart as "unpaired".

A labelled fulfils/contradicts pair is found when some commitment whose
sentence holds the promise words has a link of that relation to an event
whose sentence holds the follow-up words. Precision: of the judged links,
those that are a labelled pair with the same relation; recall: of the
labelled fulfils/contradicts pairs, those found. `entente commitments
--format json` gives the links, judged as of the --as-of day.
"""
import argparse
import json
import os
import subprocess
import tempfile
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PAIRS = os.path.join(ROOT, "data/train/commitments")
RELATIONS = ("fulfils", "contradicts")


def norm(s):
    return " ".join(s.split())


def read_pairs(path):
    """The rows of a pairs file: (promise doc, promise words, follow-up doc, follow-up words, relation, …)."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        rows.append([f[0], norm(f[1]), f[2], norm(f[3]), f[4]] + f[5:])
    return rows


def commitments(entente, docs_path, as_of):
    """The commitment records entente gives for the documents of docs_path."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "links.db")
        subprocess.run([entente, "ingest", docs_path, "--db", db], check=True, capture_output=True)
        out = subprocess.run([entente, "commitments", "--db", db, "--as-of", as_of, "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)["commitments"]


def links_of(records):
    """(promise doc, promise sentence, follow-up doc, follow-up sentence, relation) of every link."""
    links = set()
    for r in records:
        for l in r["links"]:
            links.add((r["doc_id"], norm(r["sentence"]), l["event"]["doc_id"], norm(l["event"]["sentence"]),
                       l["relation"]))
    return links


def is_promise(p, doc, sentence):
    return p[0] == doc and p[1] in sentence


def is_pair(p, link):
    return is_promise(p, link[0], link[1]) and p[2] == link[2] and p[3] in link[3]


def score(name, pairs, records, every_promise_listed, quiet):
    """Precision, recall and counts of the links in `records` against `pairs`."""
    links = links_of(records)
    positives = [p for p in pairs if p[4] in RELATIONS]
    judged = right = unpaired = 0
    unjudged = 0
    for l in sorted(links):
        labels = [p[4] for p in pairs if is_pair(p, l)]
        if not every_promise_listed and not any(is_promise(p, l[0], l[1]) for p in pairs):
            unjudged += 1
            continue
        judged += 1
        if l[4] in labels:
            right += 1
            continue
        unpaired += not labels
        if not quiet:
            why = "labelled " + "/".join(labels) if labels else "not a labelled pair"
            print(f"{name} wrong:  {l[0]} '{l[1][:60]}' -> {l[2]} '{l[3][:60]}' ({l[4]}; {why})")
    found = 0
    for p in positives:
        if any(is_pair(p, l) and l[4] == p[4] for l in links):
            found += 1
        elif not quiet:
            print(f"{name} missed: {p[0]} '{p[1][:60]}' -> {p[2]} '{p[3][:60]}' ({p[4]})")
    promises = {(p[0], p[1]) for p in pairs}
    extracted = sum(any(is_promise((d, w), r["doc_id"], norm(r["sentence"])) for r in records) for d, w in promises)
    prec = right / judged if judged else 0.0
    rec = found / len(positives) if positives else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    counts = {}
    for r in records:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    print(f"{name}: {len(pairs)} labelled rows ({len(positives)} fulfils/contradicts) over {len(promises)} promises; "
          f"{len(records)} commitments found, {extracted} of the {len(promises)} promises among them")
    print(f"{name}: {len(links)} links, {judged} judged ({unpaired} to an unpaired sentence), "
          f"{unjudged} from unlisted commitments")
    print(f"{name} links: P {prec:.3f} ({right}/{judged}) R {rec:.3f} ({found}/{len(positives)}) F1 {f1:.3f}; "
          f"statuses: {counts}")
    if unpaired:
        paired = judged - unpaired
        print(f"{name} links to a labelled pair only: P {right / paired if paired else 0.0:.3f} ({right}/{paired})")


def wikinews_documents(pairs, corpus_path, out_path):
    """Writes the Wikinews articles the pairs name, under the pairs' ids, to out_path; returns how many."""
    wanted = {p[0] for p in pairs} | {p[2] for p in pairs if p[2] != "-"}
    by_id = {}
    for line in open(corpus_path, encoding="utf-8"):
        d = json.loads(line)
        by_id[d["id"]] = d
    written = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for doc_id in sorted(wanted):
            key = doc_id[len("wikinews-"):]
            d = by_id.get(key) or by_id.get(urllib.parse.unquote(key))
            if d is None:
                raise SystemExit(f"{corpus_path}: no article {key!r} (named in pairs_wikinews.tsv)")
            out.write(json.dumps({"id": doc_id, "date": d["date"], "title": d["title"], "url": d.get("url", ""),
                                  "text": d["text"]}, ensure_ascii=False) + "\n")
            written += 1
    return written


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"))
    ap.add_argument("--as-of", default="2022-01-31", help="the day the ledger's commitments are judged on")
    ap.add_argument("--wikinews", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                                                    "corpus", "wikinews_2019_2020.jsonl"),
                    help="the Wikinews corpus (JSON Lines: id, date, title, text, url)")
    ap.add_argument("--wikinews-as-of", default="2020-12-31")
    ap.add_argument("--only", choices=("ledger", "wikinews"))
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of wrong and missed links")
    a = ap.parse_args()
    if a.only != "wikinews":
        pairs = read_pairs(os.path.join(PAIRS, "pairs.tsv"))
        records = commitments(a.entente, os.path.join(ROOT, "examples/commitments/ledger.jsonl"), a.as_of)
        score("ledger", pairs, records, True, a.quiet)
    if a.only != "ledger":
        pairs = read_pairs(os.path.join(PAIRS, "pairs_wikinews.tsv"))
        with tempfile.TemporaryDirectory() as tmp:
            docs = os.path.join(tmp, "wikinews.jsonl")
            n = wikinews_documents(pairs, a.wikinews, docs)
            records = commitments(a.entente, docs, a.wikinews_as_of)
        print(f"wikinews: {n} articles ingested")
        score("wikinews", pairs, records, False, a.quiet)


if __name__ == "__main__":
    main()
