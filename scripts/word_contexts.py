#!/usr/bin/env python3
"""Distributional word features for the tagger: data/syntax/word_contexts.tsv.

For every word (lower-cased) seen at least MIN_COUNT times in the training
text, the two most frequent words just before it and the two just after it,
among the CONTEXTS most frequent words of that text (mostly function words
and punctuation: "the _", "to _", "_ of"). The tagger reads them as features
(src/tag/features.h), which helps most on words the treebank lacks.

Sources (only text the project may train on and ship results of):
  - UD English EWT train split, word forms (CC BY-SA 4.0);
  - ../shared/corpus/ngec_synthetic.jsonl, title and text (MIT, NGEC);
  - ../shared/corpus/wikinews_2019_2020.jsonl, title and text (CC BY 2.5,
    Wikinews contributors).
Never EWT dev/test, GUM, VOA or Reuters. Deterministic: the same inputs give
the same bytes.

  python3 scripts/word_contexts.py --ewt ../shared/treebank/ud_english_ewt/en_ewt-ud-train.conllu \
      --jsonl ../shared/corpus/ngec_synthetic.jsonl ../shared/corpus/wikinews_2019_2020.jsonl \
      -o data/syntax/word_contexts.tsv
"""
import argparse
import collections
import json
import re

MIN_COUNT = 3
CONTEXTS = 150
BOUNDARY = "<s>"

# A Penn-Treebank-like split: clitics, punctuation, words with inner dots
# ("U.S.") or hyphens kept whole.
TOKEN = re.compile(r"n't|'s|'re|'ve|'ll|'d|'m|[A-Za-z]\.(?:[A-Za-z]\.)+|"
                   r"\w+(?:[-.]\w+)*(?=n't)|\w+(?:[-.]\w+)*|[^\w\s]", re.UNICODE)
SENTENCE_END = {".", "!", "?"}


def ewt_sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    sent.append(cols[1].lower())
    if sent:
        yield sent


def text_sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for para in [rec.get("title", "")] + rec.get("text", "").split("\n"):
                sent = []
                for tok in TOKEN.findall(para.replace("’", "'")):
                    sent.append(tok.lower())
                    if tok in SENTENCE_END:
                        yield sent
                        sent = []
                if sent:
                    yield sent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ewt", required=True)
    ap.add_argument("--jsonl", nargs="*", default=[])
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    sents = list(ewt_sentences(a.ewt))
    for p in a.jsonl:
        sents.extend(text_sentences(p))
    counts = collections.Counter(w for s in sents for w in s)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    contexts = {w for w, _ in ranked[:CONTEXTS]} | {BOUNDARY}
    left = collections.defaultdict(collections.Counter)
    right = collections.defaultdict(collections.Counter)
    for s in sents:
        padded = [BOUNDARY] + s + [BOUNDARY]
        for i in range(1, len(padded) - 1):
            w = padded[i]
            if counts[w] < MIN_COUNT:
                continue
            if padded[i - 1] in contexts:
                left[w][padded[i - 1]] += 1
            if padded[i + 1] in contexts:
                right[w][padded[i + 1]] += 1

    def top2(c):
        best = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
        return [w for w, _ in best] + ["-"] * (2 - len(best))

    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# word\tleft1\tleft2\tright1\tright2 (scripts/word_contexts.py; sources and licences: "
                  "data/syntax/README.md)\n")
        for w in sorted(w for w, n in counts.items() if n >= MIN_COUNT):
            if "\t" in w:
                continue
            out.write("\t".join([w] + top2(left[w]) + top2(right[w])) + "\n")


if __name__ == "__main__":
    main()
