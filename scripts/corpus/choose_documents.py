#!/usr/bin/env python3
"""Choose the documents of the event corpus, split them into sentences and
write annotation batches (no codes: annotators code every sentence by hand).

Documents are chosen by document only: Wikinews articles at random, NGEC
synthetic stories at random within each headline label (so every PLOVER type
is represented; the label is never shown to annotators), at most one story
per headline template (stories filled from one template are near-duplicates).
The split (train/dev/test, 80/10/10) is fixed by a hash of the Wikinews page
name or of the NGEC headline template, so it never depends on the selection.

Usage: choose_documents.py SHARED_CORPUS_DIR OUT_DIR [--wikinews N] [--ngec-per-label N]
       [--per-label JSON] [--per-template N] [--skip EARLIER_BATCH_DIR] [--first-batch N]

Wave 1 (b01-b30): --wikinews 100 (defaults otherwise). Wave 2 (b31-): see
data/train/README.md for the exact command.
"""
import argparse
import glob
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from sentences import split_sentences  # noqa: E402

LICENSES = {"wikinews": "CC BY 2.5", "ngec": "MIT"}


def stable_hash(text):
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:12], 16)


def split_of(key):
    """train / dev / test, 80/10/10, fixed by the key's hash."""
    bucket = stable_hash("split:" + key) % 10
    return "dev" if bucket == 0 else "test" if bucket == 1 else "train"


def template_groups(titles):
    """Union-find over titles that are equal but for one run of 1-3 words
    (a country name filled into a headline template)."""
    parent = list(range(len(titles)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen = {}
    for i, title in enumerate(titles):
        words = re.findall(r"\w+|[^\w\s]", title.lower())
        for n in (1, 2, 3):
            for s in range(0, max(0, len(words) - n + 1)):
                key = " ".join(words[:s] + ["*"] + words[s + n:])
                if len(words) - n < 3:
                    continue
                j = seen.setdefault(key, i)
                if j != i:
                    parent[find(i)] = find(j)
    return [find(i) for i in range(len(titles))]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def choose_ngec(stories, per_label, rng, per_template=1, skip=frozenset()):
    groups = template_groups([s["title"] for s in stories])
    for story, group in zip(stories, groups):
        story["_template"] = stories[group]["title"]
    by_label = {}
    for story in stories:
        by_label.setdefault(story["label"], []).append(story)
    chosen = []
    for label in sorted(by_label):
        pool = by_label[label][:]
        rng.shuffle(pool)
        used = {}
        want = per_label.get(label, 0) if isinstance(per_label, dict) else per_label
        taken = 0
        for story in pool:
            if taken >= want:
                break
            if story["id"] in skip or used.get(story["_template"], 0) >= per_template:
                continue
            used[story["_template"]] = used.get(story["_template"], 0) + 1
            chosen.append(story)
            taken += 1
    return chosen


def records_for(doc, source, split_key):
    date = doc.get("date")
    doc_id = f"{source}-{doc['id']}" if source == "wikinews" else doc["id"]
    out = []
    for n, (start, end) in enumerate(split_sentences(doc["text"])):
        out.append({
            "id": f"{doc_id}-{n}", "doc_id": doc_id, "sent": n,
            "offset": [start, end], "date": date, "source": source,
            "license": LICENSES[source], "split": split_of(split_key),
            "text": doc["text"][start:end],
        })
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--wikinews", type=int, default=60)
    ap.add_argument("--ngec-per-label", type=int, default=30)
    ap.add_argument("--batch-sentences", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--per-label", help="JSON object: NGEC stories to take per label (instead of --ngec-per-label)")
    ap.add_argument("--per-template", type=int, default=1, help="NGEC stories at most per headline template")
    ap.add_argument("--skip", help="a directory of earlier batches: their documents are not chosen again")
    ap.add_argument("--first-batch", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    skip = set()
    if args.skip:
        for path in glob.glob(os.path.join(args.skip, "b*.input.jsonl")):
            skip.update(json.loads(line)["doc_id"] for line in open(path, encoding="utf-8"))

    wiki = read_jsonl(os.path.join(args.corpus_dir, "wikinews_2019_2020.jsonl"))
    rng.shuffle(wiki)
    wiki = [d for d in wiki if "wikinews-" + d["id"] not in skip]
    docs = [(d, "wikinews", d["id"]) for d in wiki[:args.wikinews]]
    ngec = read_jsonl(os.path.join(args.corpus_dir, "ngec_synthetic.jsonl"))
    per_label = json.loads(args.per_label) if args.per_label else args.ngec_per_label
    docs += [(d, "ngec", "ngec-template:" + d["_template"])
             for d in choose_ngec(ngec, per_label, rng, args.per_template, frozenset(skip))]
    rng.shuffle(docs)

    os.makedirs(args.out_dir, exist_ok=True)
    batch, batch_no, total = [], args.first_batch, 0

    def flush():
        nonlocal batch, batch_no
        if not batch:
            return
        name = f"b{batch_no:02d}"
        with open(os.path.join(args.out_dir, name + ".input.jsonl"), "w", encoding="utf-8") as f:
            for rec in batch:
                rec["batch"] = name
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        batch, batch_no = [], batch_no + 1

    for doc, source, key in docs:
        recs = records_for(doc, source, key)
        batch.extend(recs)
        total += len(recs)
        if len(batch) >= args.batch_sentences:
            flush()
    flush()
    print(f"{len(docs)} documents, {total} sentences, batches up to b{batch_no - 1:02d}", file=sys.stderr)


if __name__ == "__main__":
    main()
