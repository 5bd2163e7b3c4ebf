#!/usr/bin/env python3
"""cv_locator.py — the event locator scored by cross-validation over the
train split's documents (issue 16): the documents of train.jsonl are cut
into K folds by crc32(doc_id) mod K; for each fold the locator is trained on
the other folds (`entente train-locator`, its margin chosen on the real dev
split as usual) and scored on the held-out fold (`entente eval --locations`).
Prints each fold's figures, their sum and the errors by class (as
`entente eval --locations --show-errors` names them). Never reads test.jsonl.

  python3 scripts/cv_locator.py --work /tmp/cvloc [--folds 5] [--wikinews] [--eval-args "--locator-margin M"]

--wikinews scores only the held-out Wikinews documents (real news), the
locator still trained on every other train document.
"""
import argparse
import json
import os
import re
import subprocess
import zlib

FIGURES = re.compile(r"events with a gold location: (\d+); located (\d+); country [\d.]+% \((\d+)\); place [\d.]+% \((\d+)\)")
ERROR = re.compile(r"^\S+: ([a-z ,]+): (?:gold|system)")
EXTRAS = re.compile(r"events without a gold location: (\d+); given one anyway [\d.]+% \((\d+)\)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", default="data/train/events")
    ap.add_argument("--work", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--train-args", default="", help="more options for train-locator (e.g. \"--margin-folds 5\")")
    ap.add_argument("--eval-args", default="", help="more options for eval (e.g. \"--locator-margin -12\": "
                    "every fold at one margin, so that two trees compare at equal margins)")
    ap.add_argument("--wikinews", action="store_true", help="score only the held-out Wikinews documents")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    lines = open(os.path.join(a.events, "train.jsonl"), encoding="utf-8").read().splitlines()
    folds = [[] for _ in range(a.folds)]
    for line in lines:
        if line.strip():
            folds[zlib.crc32(json.loads(line)["doc_id"].encode()) % a.folds].append(line)
    total = [0] * 6  # with, located, country, place, without, extra
    classes = {}  # error class of `eval --show-errors` -> events
    for k in range(a.folds):
        d = os.path.join(a.work, f"fold{k}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "train.jsonl"), "w", encoding="utf-8") as f:
            for j in range(a.folds):
                if j != k:
                    f.write("\n".join(folds[j]) + "\n")
        with open(os.path.join(d, "dev.jsonl"), "w", encoding="utf-8") as f:
            f.write(open(os.path.join(a.events, "dev.jsonl"), encoding="utf-8").read())
        held = [x for x in folds[k] if not a.wikinews or json.loads(x).get("source") == "wikinews"]
        with open(os.path.join(d, "held.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(held) + "\n")
        model = os.path.join(d, "locator.model")
        subprocess.run([a.entente, "train-locator", "--events", d, "-o", model] + a.train_args.split(), check=True,
                       capture_output=True)
        out = subprocess.run([a.entente, "eval", "--locations", "--locator", model, "--show-errors", "100000"] +
                             a.eval_args.split() + [os.path.join(d, "held.jsonl")], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = ERROR.match(line)
            if m:
                classes[m.group(1)] = classes.get(m.group(1), 0) + 1
        m, x = FIGURES.search(out), EXTRAS.search(out)
        fig = [int(v) for v in m.groups()] + [int(v) for v in x.groups()]
        total = [t + v for t, v in zip(total, fig)]
        print(f"fold {k}: {fig[0]} events with a location, country {fig[2]}, place {fig[3]}; "
              f"{fig[4]} without, given one {fig[5]}", flush=True)
    w, located, country, place, without, extra = total
    pct = lambda n, d: 100.0 * n / d if d else 0.0
    f1 = 2 * place / (2 * place + (located + extra - place) + (w - place)) if place else 0.0
    print(f"all folds: {w} events with a location: country {pct(country, w):.1f}% ({country}), place "
          f"{pct(place, w):.1f}% ({place}); {without} without: given one {pct(extra, without):.1f}% ({extra}); "
          f"place F1 {f1:.3f}")
    print("errors by class: " + "; ".join(f"{k} {v}" for k, v in sorted(classes.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
