#!/usr/bin/env python3
"""derive_train_actors.py — writes candidate actor entries derived from the
annotated corpus's TRAIN split (issue 16): proper names the annotators coded
the same way in at least two train documents, with no conflicting code.

  scripts/derive_train_actors.py --out DIR [--train data/train/events/train.jsonl]
                                 [--actors data/actors]

Writes DIR/names.txt (`entente-actors 1`: organisations and groups) and
DIR/people.txt (`entente-people 1`: people, one default role), each with a
header saying how it was made and the licence of the names (the corpus's:
Wikinews CC BY 2.5, NGEC MIT; data/train/README.md). The output depends
only on the inputs: running the script again rewrites both files byte for
byte. Never give it the dev or test split.

The entries are NOT shipped: a directory under data/actors/ is loaded by
the actors stage (after the hand-written files), and with the 16 entries
this script wrote on 2026-12-06 the actors dev score, the event-argument
coverage and the retrained event coder were all slightly worse
(doc/benchmarks.md, issue 16, "Fragments, modifiers and place contexts").
To try them: `--out data/actors/train_derived`, then score.

Which names (every rule is about the name, never about one sentence):
- every coded `source` / `target` actor of an event (factual or not) whose
  text, without a leading "the", is a run of capitalised words (a name);
  after a role noun only the words after it ("President-elect Donald
  Trump" -> "Donald Trump": the resolver composes title and name); none a
  possessive;
- whose words are not all role nouns or function words, and none of whose
  words is a country, demonym, region, place or other one-word name of the
  dictionaries or of ISO 3166 (the resolver composes those: "Iraqi police");
- not already a name of the hand-written dictionaries or ISO 3166, nor the
  surname of a person they list (their maintainers chose not to let it
  stand alone), nor the word of its own code ("NGO");
- written capitalised in the train sentences: its lower-case form occurs
  in them at most a tenth as often (not a common word: "Protesters");
- coded with one code root (country, IGO, NGO, IMG) in every train
  document that codes it, in at least two documents (NGEC stories invent
  their facts: one story's assignment is no evidence); the sectors are those
  most often given with it.
A name of two words or more is a person when its first word is the given
name of a person of the dictionaries, or its last word is also chosen alone
with the same code (then listed as its surname); the other names are
organisations or groups.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ROOTS = ("IGO", "NGO", "IMG")
WORD = re.compile(r"^[A-Z][\w.'’&-]*$|^[A-Z]$")
HEADER_NOTE = """\
# Derived from the annotated corpus's TRAIN split by
# scripts/derive_train_actors.py (run it to regenerate this file byte for
# byte); never from dev or test. Proper names coded with one code root in at
# least two train documents; rules in the script's head comment.
# The names come from the corpus's sentences: Wikinews (CC BY 2.5,
# en.wikinews.org contributors) and NGEC synthetic stories (MIT,
# (c) Andy Halterman); see data/train/README.md.
"""


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[.'’-]", "", text.lower())


def dictionary_words(actors_dir, out_dir, iso_json):
    """Folded names of the hand-written dictionaries and of ISO 3166, the
    single words of country / demonym / region / place names and of one-word
    names, role-noun words, and the surnames of the dictionaries' people."""
    names, place_words, agent_words, surnames, given = set(), set(), set(), set(), set()
    if os.path.exists(iso_json):
        with open(iso_json, encoding="utf-8") as f:
            for c in json.load(f)["3166-1"]:
                for field in ("name", "common_name", "official_name"):
                    if c.get(field):
                        names.add(fold(c[field]))
                        place_words.update(fold(c[field]).split())
    for root, dirs, files in os.walk(actors_dir):
        dirs.sort()
        own = (os.path.abspath(out_dir), os.path.abspath(os.path.join(actors_dir, "train_derived")))
        if os.path.abspath(root).startswith(own):
            continue  # this script's own output is no evidence
        for fn in sorted(files):
            if not fn.endswith(".txt"):
                continue
            with open(os.path.join(root, fn), encoding="utf-8") as f:
                for line in f:
                    if not line.strip() or line.startswith(("#", "@", " ")):
                        continue
                    parts = line.rstrip("\n").split(" ", 2)
                    if parts[0] == "person":
                        text = line[len("person "):]
                    elif len(parts) == 3:
                        text = parts[2]
                    else:
                        continue
                    for name in text.split(";"):
                        key = fold(name.strip())
                        if not key:
                            continue
                        names.add(key)
                        if parts[0] == "person" and len(key.split()) > 1:
                            surnames.add(key.split()[-1])
                            given.add(key.split()[0])
                        elif len(key.split()) == 1:
                            place_words.add(key)  # a one-word name: composed by the resolver
                        if parts[0].startswith("agent"):
                            for w in key.split():
                                agent_words.update((w, w + "s"))
                        elif parts[0] in ("country", "demonym", "capital", "place", "region", "region-adj",
                                          "city", "ethnic", "religion"):
                            place_words.update(key.split())
    return names, place_words, agent_words, surnames, given


def function_words(path):
    with open(path, encoding="utf-8") as f:
        return {fold(l.strip()) for l in f if l.strip() and not l.startswith("#")}


def is_agent(word, agent_words):
    """A role noun, also as a part of a hyphenated word ("President-elect")."""
    return fold(word) in agent_words or any(fold(p) in agent_words for p in word.split("-") if p)


def name_part(words, agent_words):
    """The words after the last role noun ("Ecuador's President Rafael
    Correa" -> "Rafael Correa"): the name a title introduces; all the words
    when none is a role noun."""
    for i in range(len(words) - 1, -1, -1):
        if is_agent(words[i], agent_words):
            return words[i + 1:]
    return words


def candidates(train, agent_words):
    """name -> {doc_id -> Counter of (root, sectors)}; and the sentences."""
    seen = defaultdict(lambda: defaultdict(Counter))
    texts = []
    with open(train, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(r["text"])
            for ev in r.get("events", []) + r.get("nonfactual_events", []):
                for a in (ev.get("source") or []) + (ev.get("target") or []):
                    code = (a.get("code") or "").upper()
                    if len(code) < 3 or code.startswith("-"):
                        continue
                    name = re.sub(r"^(the|The) ", "", a.get("text", "").strip())
                    words = name.split()
                    if not words or len(words) > 6 or not all(WORD.match(w) for w in words):
                        continue
                    words = name_part(words, agent_words)
                    if not words or any(w.endswith(("'s", "’s", "'", "’")) for w in words):
                        continue  # a possessor: "Israel's"
                    name = " ".join(words)
                    root = code[:3]
                    sectors = tuple(s.upper() for s in a.get("sector") or [] if s.upper() != root)
                    seen[name][r.get("doc_id", r["id"])][(root, sectors)] += 1
    return seen, texts


def capitalised_in_text(name, texts):
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    lower = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])")
    cap = sum(len(pattern.findall(t)) for t in texts)
    low = sum(len(lower.findall(t)) for t in texts)
    return cap > 0 and low * 10 <= cap


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default="data/train/events/train.jsonl")
    ap.add_argument("--actors", default="data/actors")
    ap.add_argument("--out", required=True)
    ap.add_argument("--function-words", default="data/words/function_words.txt")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    args = ap.parse_args()
    if "train" not in os.path.basename(args.train):
        print(f"{args.train}: error: only the train split may be used", file=sys.stderr)
        return 2
    names, place_words, agent_words, surnames_known, given = dictionary_words(args.actors, args.out, args.iso)
    stop = function_words(args.function_words)
    seen, texts = candidates(args.train, agent_words)
    chosen = {}  # name -> code
    for name in sorted(seen):
        docs = seen[name]
        key = fold(name)
        words = key.split()
        if key in names or key in surnames_known or any(w in place_words for w in words):
            continue
        if key == fold(next(iter(docs.values())).most_common(1)[0][0][0]):
            continue  # the code's own word ("NGO") is a common noun
        if all(w in agent_words or w in stop for w in words):
            continue
        roots = {root for c in docs.values() for root, _ in c}
        if len(roots) != 1 or len(docs) < 2:
            continue
        if not capitalised_in_text(name, texts):
            continue
        sectors = Counter()
        for c in docs.values():
            for (_, sec), n in c.items():
                sectors[sec] += n
        best = sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        root = roots.pop()
        chosen[name] = root + "".join(best)
    people = {}  # full name -> code
    for name, code in chosen.items():
        words = name.split()
        if len(words) >= 2 and (fold(words[0]) in given or chosen.get(words[-1]) == code):
            people[name] = code
    surnames = {n.split()[-1] for n in people if chosen.get(n.split()[-1]) == people[n]}
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "names.txt"), "w", encoding="utf-8") as f:
        f.write("@format entente-actors 1\n" + HEADER_NOTE)
        for name, code in sorted(chosen.items()):
            if name in people or name in surnames:
                continue
            f.write(f"org {code} {name}\n")
    with open(os.path.join(args.out, "people.txt"), "w", encoding="utf-8") as f:
        f.write("@format entente-people 1\n" + HEADER_NOTE)
        for name, code in sorted(people.items()):
            surname = name.split()[-1]
            alias = f"; {surname}" if surname in surnames else ""
            f.write(f"person {name}{alias}\n  {code} *\n")
    print(f"{len(chosen) - len(people) - len(surnames)} organisations, {len(people)} people",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
