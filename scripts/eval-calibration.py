#!/usr/bin/env python3
"""Calibration of the attribution confidence: speaker accuracy per confidence band
(run by `npm run eval` on each half; prints JSON).

    python3 scripts/eval-calibration.py GOLD.jsonl PRED.jsonl [--threshold 0.5]

Predictions are `whosaid jsonl` output, whose quotes carry `confidence`. Quotations
are matched exactly as ../shared/eval/score.py does with no kind filter (its own
functions are called: word-token sets, greedy one-to-one pairing by overlap,
overlap >= 0.5 of the longer span). Counted: the matched pairs whose prediction
shows a speaker and whose gold quote has one; such a pair is right when the two
speaker spans share a word token (score.py's "speaker (quote matched + overlap)").
Each is put in the band of the prediction's confidence (rounded to 3 decimals: the
CLI writes 32-bit floats): >= 0.9, 0.8-0.9, 0.6-0.8, < 0.6. Matched pairs whose
gold quote has no speaker are counted apart (`gold_without_speaker`), not scored.
Gold documents absent from GOLD are ignored, so a half is scored by passing the
half's gold lines.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402  (../shared/eval/score.py)

# (label, lowest confidence in the band), highest band first.
BANDS = [(">= 0.9", 0.9), ("0.8-0.9", 0.8), ("0.6-0.8", 0.6), ("< 0.6", float("-inf"))]


def band(confidence):
    c = round(confidence if confidence is not None else 0.0, 3)
    return next(label for label, low in BANDS if c >= low)


def calibrate(gold, pred, threshold=0.5):
    counts = {label: {"n": 0, "right": 0} for label, _ in BANDS}
    no_gold_speaker = 0
    for did, g in gold.items():
        doc = score.Doc(g["text"])
        gq = [q for q in g.get("quotes", []) if doc.tokens(q)]
        pq = [q for q in (pred.get(did) or {}).get("quotes", []) or [] if doc.tokens(q)]
        pairs = score.match([doc.tokens(q) for q in gq], [doc.tokens(q) for q in pq], "overlap", threshold)
        for gi, pi in pairs:
            ps = doc.tokens(pq[pi].get("speaker"))
            if not ps:
                continue  # no speaker shown
            gs = doc.tokens(gq[gi].get("speaker"))
            if not gs:
                no_gold_speaker += 1
                continue
            b = counts[band(pq[pi].get("confidence"))]
            b["n"] += 1
            b["right"] += 1 if gs & ps else 0
    return {
        "bands": [dict(band=label, **counts[label]) for label, _ in BANDS],
        "gold_without_speaker": no_gold_speaker,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    print(json.dumps(calibrate(score.load(args.gold), score.load(args.pred), args.threshold)))


if __name__ == "__main__":
    main()
