#!/usr/bin/env python3
"""The errors behind the scorer's numbers, one per line with its context, for
working on the attribution rules (never for the repository: it prints eval text).

    python3 scripts/eval-errors.py GOLD.jsonl PRED.jsonl [--kinds direct,mixed]
        [--what missed|false|speaker|cue|all] [--limit N] [--seed S] [--check]

It shows the errors of the tuning half only (scripts/halves.mjs: the documents
whose id hashes to "tuning"): tune on those. --check shows the check half's
instead, for when you explicitly want to evaluate a change: don't tune on these
(a change made to fix them is fitted to the check half, which then no longer
says anything).

It matches gold and predicted quotes exactly as ../shared/eval/score.py does
(same tokens, same greedy overlap >= 0.5 pairing, same kind filter) and prints:
  missed   gold quotes no prediction matched
  false    predictions that matched no gold quote (after the kind filter)
  speaker  matched pairs whose speakers share no token (or one side has none)
  cue      matched pairs whose cues share no token
Each line shows the document id, the kind, the spans marked in the sentence
([[quote]], {{speaker}}, <<cue>> for gold; the prediction's beside it).
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402  (../shared/eval/score.py)


def mark(text, q, width=220):
    """The text around quote `q` with its quote, speaker and cue bracketed."""
    spans = []
    for s, e in q.get("parts") or [[q["start"], q["end"]]]:
        spans.append((s, "[["))
        spans.append((e, "]]"))
    for role, (a, b) in (("speaker", ("{{", "}}")), ("cue", ("<<", ">>"))):
        r = q.get(role)
        if r:
            spans.append((r["start"], a))
            spans.append((r["end"], b))
    lo = max(0, min(p for p, _ in spans) - 80)
    hi = min(len(text), max(p for p, _ in spans) + 80)
    out, at = [], lo
    for p, m in sorted(spans, key=lambda x: (x[0], x[1] in ("]]", "}}", ">>") and 0 or 1)):
        p = min(max(p, lo), hi)
        out.append(text[at:p])
        out.append(m)
        at = p
    out.append(text[at:hi])
    s = "".join(out).replace("\n", " ⏎ ")
    if len(s) > width * 2:
        s = s[: width] + " … " + s[-width:]
    return s


def halves(ids):
    """{id: "tuning" | "check"}, from scripts/halves.mjs (the split is written in one place)."""
    out = subprocess.run(["node", os.path.join(HERE, "halves.mjs")], input=json.dumps(list(ids)),
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def span_text(text, r):
    return text[r["start"]:r["end"]] if r else "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--kinds", default=None)
    ap.add_argument("--what", default="all")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--check", action="store_true",
                    help="the check half's errors instead of the tuning half's (to evaluate; don't tune on these)")
    args = ap.parse_args()
    gold = score.load(args.gold)
    shown = "check" if args.check else "tuning"
    split = halves(gold)
    gold = collections.OrderedDict((k, v) for k, v in gold.items() if split[k] == shown)
    print(f"# {shown} half: {len(gold)} of {len(split)} documents"
          + (" (don't tune on these)" if args.check else " (--check for the check half)") + "\n")
    pred = score.load(args.pred)
    keep = set(args.kinds.split(",")) if args.kinds else None
    rows = collections.defaultdict(list)
    for did, g in gold.items():
        doc = score.Doc(g["text"])
        text = g["text"]
        gq_all = g.get("quotes", [])
        pq = (pred.get(did) or {}).get("quotes", []) or []
        g_all = [doc.tokens(q) for q in gq_all]
        p_all = [doc.tokens(q) for q in pq]
        if keep is not None:
            excluded, matched = set(), set()
            for gi, pi in score.match(g_all, p_all, "overlap", args.threshold):
                matched.add(pi)
                if gq_all[gi].get("kind") not in keep:
                    excluded.add(pi)
            excl_gold = [g_all[gi] for gi, q in enumerate(gq_all) if q.get("kind") not in keep]
            for pi, q in enumerate(pq):
                if pi in matched:
                    continue
                if q.get("kind") and q.get("kind") not in keep:
                    excluded.add(pi)
                elif any(p_all[pi] & s for s in excl_gold):
                    excluded.add(pi)
            gq = [q for q in gq_all if q.get("kind") in keep]
            pq = [q for i, q in enumerate(pq) if i not in excluded]
        else:
            gq = gq_all
        gq = [q for q in gq if doc.tokens(q)]
        pq = [q for q in pq if doc.tokens(q)]
        gs = [doc.tokens(q) for q in gq]
        ps = [doc.tokens(q) for q in pq]
        pairs = score.match(gs, ps, "overlap", args.threshold)
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, q in enumerate(gq):
            if gi not in mg:
                # The prediction that shares most words with it, if any.
                best = max(range(len(pq)), key=lambda pi: len(gs[gi] & ps[pi]), default=None)
                near = ""
                if best is not None and gs[gi] & ps[best]:
                    near = f"\n      nearest pred: {mark(text, pq[best])}"
                rows["missed"].append(f"{did} {q.get('kind')}: {mark(text, q)}{near}")
        for pi, q in enumerate(pq):
            if pi not in mp:
                rows["false"].append(f"{did} {q.get('kind')}: {mark(text, q)}")
        for gi, pi in pairs:
            G, P = gq[gi], pq[pi]
            for role in ("speaker", "cue"):
                if not G.get(role) or not doc.tokens(G[role]):
                    continue
                ok = P.get(role) and doc.tokens(G[role]) & doc.tokens(P[role])
                if not ok:
                    rows[role].append(
                        f"{did} {G.get('kind')}: gold {role}={span_text(text, G[role])!r} "
                        f"pred {role}={span_text(text, P.get(role))!r}\n"
                        f"      gold: {mark(text, G)}\n      pred: {mark(text, P)}"
                    )
    whats = ["missed", "false", "speaker", "cue"] if args.what == "all" else args.what.split(",")
    for w in whats:
        items = rows[w]
        print(f"## {w}: {len(items)}")
        if args.seed is not None:
            random.Random(args.seed).shuffle(items)
        for line in items[: args.limit or None]:
            print(line)
        print()


if __name__ == "__main__":
    main()
