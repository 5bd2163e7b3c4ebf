#!/usr/bin/env python3
"""Per-type trigger margins for the learned event coder, chosen on the dev
split and the real-news cross-validation together (never the test split).

The event score of a word must pass the trigger margin; a per-type margin is
added to it for a word the type model gives that type (`entente eval
--type-margins TYPE:m,…`, `entente train --type-margins`). The type model
decides a word's type whatever its score, so a type's counts move (almost)
only with its own margin: each set is coded once per offset of a grid (every
type at once, `--trigger-margin base+offset`), and the per-type counts of
each offset are combined afterwards.

Sets: the dev split with one model (--dev-model, its trigger margin
--dev-margin) and the fold models of `scripts/cv_realnews.py --work DIR`
(each fold's margin as chosen on dev, from its train.log). Objective: dev
type F1 × --dev-weight + CV type F1 (pooled over folds): with 1, real news
weighs as much as the synthetic stories. Per type, coordinate ascent over the grid; a type
leaves 0 only when its offset gains more than --min-gain (shrinkage toward
the global margin: types with few events rarely clear it). --holdout
estimates the choice honestly: each fold's margins are chosen on dev and the
other folds, then that fold is scored with them.

  scripts/choose_type_margins.py --cv /tmp/cv --dev-model data/events/model.bin --dev-margin -16
"""
import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cv_realnews import chosen_margin  # noqa: E402  the fold's margin, read from its train.log

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
ROW = re.compile(r"^([A-Z]+)\s+[-0-9.]+\s+[-0-9.]+\s+[-0-9.]+\s+(\d+)\s+(\d+)\s+(\d+)\s*$")
TOTAL = re.compile(r"^(type|dyad): P .*\(tp (\d+) fp (\d+) fn (\d+)\)")


def run_eval(entente, model, gold, margin, extra=()):
    """Per-type [tp, fp, fn] and the type/dyad totals of one `entente eval`."""
    # A model's own per-type margins are set aside: offsets are chosen from the global margin.
    cmd = [entente, "eval", "--model", model, gold, "--trigger-margin", str(margin), "--type-margins", ""] + list(extra)
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit("eval failed: %s\n%s" % (" ".join(cmd), out.stderr))
    per, total = {}, {}
    for line in out.stdout.splitlines():
        m = ROW.match(line)
        if m and m.group(1) in TYPES:
            per[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
        m = TOTAL.match(line)
        if m:
            total[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
    return {"per": per, "total": total}


def f1(c):
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def counts(table, sets, choice):
    """Pooled [tp, fp, fn] over `sets` with per-type offsets `choice`."""
    out = [0, 0, 0]
    for s in sets:
        for t in TYPES:
            c = table[s][str(choice.get(t, 0))]["per"].get(t, [0, 0, 0])
            out = [a + b for a, b in zip(out, c)]
    return out


DEV_WEIGHT = [1.0]  # --dev-weight


def objective(table, dev_sets, cv_sets, choice):
    return DEV_WEIGHT[0] * f1(counts(table, dev_sets, choice)) + f1(counts(table, cv_sets, choice))


def choose(table, dev_sets, cv_sets, grid, min_gain, rounds=3):
    """Coordinate ascent: each type in turn takes the offset of the grid with
    the best objective, the others held; an offset other than 0 must beat 0
    by more than min_gain."""
    choice = {t: 0 for t in TYPES}
    for _ in range(rounds):
        moved = False
        for t in TYPES:
            score = {x: objective(table, dev_sets, cv_sets, dict(choice, **{t: x})) for x in grid}
            best = max(grid, key=lambda x: (score[x], -abs(x)))
            if best != 0 and score[best] - score[0] <= min_gain:
                best = 0
            if best != choice[t]:
                choice[t], moved = best, True
        if not moved:
            break
    return {t: x for t, x in choice.items() if x != 0}


def show(name, c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return "%s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)" % (name, p, r, f1(c), tp, fp, fn)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--cv", required=True, help="the --work directory of scripts/cv_realnews.py (fold models)")
    ap.add_argument("--dev", default="data/train/events/dev.jsonl")
    ap.add_argument("--dev-model", default="data/events/model.bin")
    ap.add_argument("--dev-margin", type=float, required=True, help="the dev model's trigger margin")
    ap.add_argument("--grid", default="-8,-4,0,4,8,12,16,24")
    ap.add_argument("--min-gain", type=float, default=0.002)
    ap.add_argument("--dev-weight", type=float, default=1.0,
                    help="weight of dev type F1 in the objective against CV type F1 (0: real news alone)")
    ap.add_argument("--cache", help="JSON file of the coded counts (written, and read when present)")
    ap.add_argument("--holdout", action="store_true", help="also score each fold with margins chosen without it")
    a = ap.parse_args()
    grid = [int(x) for x in a.grid.split(",")]
    DEV_WEIGHT[0] = a.dev_weight
    sets = {"dev": (a.dev_model, a.dev, a.dev_margin)}
    folds = sorted(d for d in os.listdir(a.cv) if re.fullmatch(r"fold\d+", d))
    for d in folds:
        p = os.path.join(a.cv, d)
        sets[d] = (os.path.join(p, "model.bin"), os.path.join(p, "gold.jsonl"), chosen_margin(p))
    table = {}
    if a.cache and os.path.exists(a.cache):
        table = json.load(open(a.cache))
    for name, (model, gold, base) in sets.items():
        table.setdefault(name, {})
        for x in grid:
            if str(x) not in table[name]:
                table[name][str(x)] = run_eval(a.entente, model, gold, base + x)
                print("coded %s at %+d" % (name, x), file=sys.stderr, flush=True)
        if a.cache:
            json.dump(table, open(a.cache, "w"))
    cv_sets = folds
    choice = choose(table, ["dev"], cv_sets, grid, a.min_gain)
    print("chosen on dev + all folds: %s" % (",".join("%s:%d" % kv for kv in choice.items()) or "(none)"))
    print(show("dev  global", counts(table, ["dev"], {})) + " | " + show("with", counts(table, ["dev"], choice)))
    print(show("CV   global", counts(table, cv_sets, {})) + " | " + show("with", counts(table, cv_sets, choice)))
    if a.holdout:
        held = [0, 0, 0]
        for k in cv_sets:
            c = choose(table, ["dev"], [f for f in cv_sets if f != k], grid, a.min_gain)
            fc = counts(table, [k], c)
            held = [x + y for x, y in zip(held, fc)]
            print("%s: %s; margins %s" % (k, show("type", fc), ",".join("%s:%d" % kv for kv in c.items())))
        print(show("CV held out, pooled", held) + " | " + show("global", counts(table, cv_sets, {})))


if __name__ == "__main__":
    main()
