#!/usr/bin/env python3
"""Real-news cross-validation of the learned event coder, without the test split.

The Wikinews documents of the corpus's train split are cut into N folds by
document (a document's fold: the SHA-1 of its doc_id, modulo N). For each
fold K, `entente train` learns on every train sentence except fold K's
Wikinews documents (the NGEC stories stay in training; margins are chosen on
the dev split as usual), and `entente eval` scores that fold's sentences.
The folds' counts are pooled: type and dyad precision, recall and F1 over all
the Wikinews sentences of train. Dyad precision is the share of written
(counted) events that match a gold event in type, source and target — what
"events written on real news that are correct" measures.

  scripts/cv_realnews.py --work /tmp/cv                       # train 5 models, score them
  scripts/cv_realnews.py --work /tmp/cv --train-args="--ensemble 2"
  scripts/cv_realnews.py --work /tmp/cv --reuse --eval-args="--trigger-margin -3"
                                                   # decoding options on the same models

--reuse keeps the fold models already in --work (only decoding changes then);
--eval-args are passed to every `entente eval`. One training at a time (the
machine's other users); each takes `entente train`'s time on ~27k sentences.
"""
import argparse
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys


def fold_of(doc_id, folds):
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % folds


def write_fold(events, work, k, folds):
    """Writes fold k's training directory and gold file; returns (dir, gold path, counts)."""
    d = os.path.join(work, "fold%d" % k)
    os.makedirs(os.path.join(d, "events"), exist_ok=True)
    train_out = os.path.join(d, "events", "train.jsonl")
    gold_out = os.path.join(d, "gold.jsonl")
    kept = held = 0
    with open(os.path.join(events, "train.jsonl")) as f, open(train_out, "w") as tr, open(gold_out, "w") as go:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("id", "").startswith("wikinews-") and fold_of(rec.get("doc_id", rec["id"]), folds) == k:
                go.write(line)
                held += 1
            else:
                tr.write(line)
                kept += 1
    dev = os.path.join(d, "events", "dev.jsonl")
    if os.path.lexists(dev):
        os.remove(dev)
    os.symlink(os.path.abspath(os.path.join(events, "dev.jsonl")), dev)
    return d, gold_out, kept, held


def chosen_margin(d):
    """The trigger margin `entente train` chose on dev for the fold in d."""
    with open(os.path.join(d, "train.log")) as f:
        for line in f:
            m = re.search(r"trigger margin ([-+0-9.e]+) chosen on dev", line)
            if m:
                return float(m.group(1))
    sys.exit("%s/train.log: no chosen trigger margin" % d)


COUNTS = re.compile(r"^(type|dyad): P .*\(tp (\d+) fp (\d+) fn (\d+)\)")


def score_line(name, tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return "%s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)" % (name, p, r, f, tp, fp, fn)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--events", default="data/train/events")
    ap.add_argument("--work", required=True, help="directory for the folds' data, models and outputs")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=int, nargs="*", help="run only these folds (0-based)")
    ap.add_argument("--train-args", default="--ensemble 1", help="extra `entente train` options")
    ap.add_argument("--eval-args", default="", help="extra `entente eval` options")
    ap.add_argument("--reuse", action="store_true", help="keep fold models already trained")
    ap.add_argument("--trigger-offset", type=float, default=None,
                    help="score with each fold model's trigger margin (as chosen on dev) plus this")
    a = ap.parse_args()
    total = {"type": [0, 0, 0], "dyad": [0, 0, 0]}
    for k in a.only if a.only is not None else range(a.folds):
        d, gold, kept, held = write_fold(a.events, a.work, k, a.folds)
        model = os.path.join(d, "model.bin")
        if not (a.reuse and os.path.exists(model)):
            cmd = [a.entente, "train", "--events", os.path.join(d, "events"), "-o", model] + shlex.split(a.train_args)
            with open(os.path.join(d, "train.log"), "w") as log:
                if subprocess.call(cmd, stdout=log, stderr=subprocess.STDOUT) != 0:
                    sys.exit("fold %d: training failed, see %s/train.log" % (k, d))
        cmd = [a.entente, "eval", "--model", model, gold] + shlex.split(a.eval_args)
        if a.trigger_offset is not None:
            cmd += ["--trigger-margin", str(chosen_margin(d) + a.trigger_offset)]
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode not in (0, 2):
            sys.exit("fold %d: eval failed: %s" % (k, out.stderr))
        line = {"type": None, "dyad": None}
        for l in out.stdout.splitlines():
            m = COUNTS.match(l)
            if m:
                line[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
        for kind in ("type", "dyad"):
            if line[kind] is None:
                sys.exit("fold %d: no %s counts in the eval output" % (k, kind))
            total[kind] = [x + y for x, y in zip(total[kind], line[kind])]
        print("fold %d (%d train sentences, %d held out): %s; %s" % (
            k, kept, held, score_line("type", *line["type"]), score_line("dyad", *line["dyad"])), flush=True)
    print("pooled " + score_line("type", *total["type"]))
    print("pooled " + score_line("dyad", *total["dyad"]))


if __name__ == "__main__":
    main()
