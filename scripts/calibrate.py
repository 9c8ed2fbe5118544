#!/usr/bin/env python3
"""Learns the confidence a reader sees (src/core/attribution/calibration.rs) from the
tuning half of the dev sets: writes src/core/attribution/data/calibration.tsv, for each
rule and each form of the speaker's mention, how many matched attributions there were
and how many had the right speaker. Run by `npm run eval -- --calibrate`.

    python3 scripts/calibrate.py OUT.tsv GOLD.jsonl PRED.jsonl [GOLD PRED]...

Each GOLD is a tuning half (never the check half: the check half is what the eval
measures the result on). Predictions are `whosaid jsonl --rules` output, which names
each prediction's rule and form. Quotations are matched as scripts/eval-calibration.py
matches them (score.py's own functions: overlap >= 0.5, one to one); a pair counts when
both show a speaker, and is right when the two speaker spans share a word token.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402  (../shared/eval/score.py)

HEADER = """# The confidence a reader sees, learned on the tuning half of the dev sets
# (src/core/attribution/calibration.rs; written by npm run eval -- --calibrate from
# scripts/calibrate.py: do not edit by hand).
# rule\tform\tattributions\tright speakers
"""


def read(path):
    with open(path, encoding="utf8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def count(gold, pred, cells):
    for did, g in gold.items():
        doc = score.Doc(g["text"])
        gq = [q for q in g.get("quotes", []) if doc.tokens(q)]
        pq = [q for q in (pred.get(did) or {}).get("quotes", []) or [] if doc.tokens(q)]
        for gi, pi in score.match([doc.tokens(q) for q in gq], [doc.tokens(q) for q in pq], "overlap", 0.5):
            p = pq[pi]
            ps, gs = doc.tokens(p.get("speaker")), doc.tokens(gq[gi].get("speaker"))
            if not ps or not gs or not p.get("rule") or not p.get("form"):
                continue
            cell = cells[(p["rule"], p["form"])]
            cell[0] += 1
            cell[1] += 1 if gs & ps else 0


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        sys.exit(__doc__)
    cells = collections.defaultdict(lambda: [0, 0])
    for gold, pred in zip(argv[1::2], argv[2::2]):
        count(read(gold), read(pred), cells)
    with open(argv[0], "w", encoding="utf8") as out:
        out.write(HEADER)
        for (rule, form), (n, right) in sorted(cells.items()):
            out.write(f"{rule}\t{form}\t{n}\t{right}\n")
    print(f"calibrate: {len(cells)} cells, {sum(c[0] for c in cells.values())} attributions -> {argv[0]}")


if __name__ == "__main__":
    main(sys.argv[1:])
