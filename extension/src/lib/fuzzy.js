// Bounded approximate matching, for re-anchoring imports (anchor.js): the edit
// distance of two short strings, and the best approximate occurrence of a pattern
// in a window of a text, by Myers' bit-parallel algorithm in Hyyrö's block form
// (G. Myers 1999; H. Hyyrö, "Explaining and extending the bit-parallel approximate
// string matching algorithm of Myers", 2001). Its cost is known before it runs and
// does not depend on the text: every character of the window is one step per
// 32 characters of the pattern, and the start of the match is found once, from
// the best end, by one more pass of pattern-length + errors characters.
// (approx-string-match finds the start of every equally good match, which makes a
// repetitive text or a loose error bound quadratic or worse.)

/** Edit distance (Levenshtein: insertions, deletions, substitutions) of `a` and `b`; O(|a|·|b|), for short strings. */
export function editDistance(a, b) {
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = row[j - 1] + 1;
      row[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** Block steps a `bestMatch` of a `patternLength` pattern over a `windowLength` window takes, errors bound `maxErrors`. */
export function matchCost(patternLength, windowLength, maxErrors) {
  return (windowLength + patternLength + maxErrors) * Math.ceil(patternLength / 32);
}

/** For each character of `pattern` (read backwards when `reversed`), the bits of the places it is at, 32 to a block. */
function tables(pattern, reversed) {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const ascii = new Array(128).fill(null);
  const other = new Map();
  const zero = new Int32Array(blocks);
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(reversed ? m - 1 - i : i);
    let eq = c < 128 ? ascii[c] : other.get(c);
    if (!eq) {
      eq = new Int32Array(blocks);
      if (c < 128) ascii[c] = eq;
      else other.set(c, eq);
    }
    eq[i >>> 5] |= 1 << (i & 31);
  }
  for (let c = 0; c < 128; c++) ascii[c] ??= zero;
  return { m, blocks, ascii, other, zero, last: 1 << ((m - 1) & 31) };
}

/**
 * Runs the pattern over text[from, to) (backwards from `to` when `dir` is -1) and
 * returns where the score (the edit distance of the pattern to the best text ending
 * there, or, when `anchored`, to the whole text read so far) is best:
 * - not anchored: the lowest score, at the step nearest `near` among equals;
 * - anchored: the last step whose score is at most `limit`.
 * @returns {{steps: number, score: number}} steps taken when it was found (0: none)
 */
function run(text, from, to, dir, t, anchored, limit, near) {
  const { blocks, ascii, other, zero, last } = t;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const top = anchored ? 1 : 0;
  let score = t.m;
  let best = { steps: 0, score: Infinity };
  const length = to - from;
  for (let s = 1; s <= length; s++) {
    const c = text.charCodeAt(dir > 0 ? from + s - 1 : to - s);
    const eqs = c < 128 ? ascii[c] : other.get(c) ?? zero;
    let hin = top;
    for (let b = 0; b < blocks; b++) {
      const pv = P[b];
      const mv = M[b];
      const neg = hin < 0 ? 1 : 0;
      const eq = eqs[b] | neg;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bit = b === blocks - 1 ? last : 0x80000000 | 0;
      const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | neg;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (anchored) {
      if (score <= limit) best = { steps: s, score };
    } else if (score <= limit && (score < best.score || (score === best.score && Math.abs(s - near) < Math.abs(best.steps - near)))) {
      best = { steps: s, score };
    }
  }
  return best;
}

/**
 * The best approximate occurrence of `pattern` in text[from, to): fewest errors (at
 * most `maxErrors`), then the one ending nearest `near` (default: the first), then
 * the longest. Costs `matchCost(pattern.length, to - from, maxErrors)` block steps.
 * @returns {{start: number, end: number, errors: number} | null}
 */
export function bestMatch(text, pattern, maxErrors, from = 0, to = text.length, near = from) {
  const m = pattern.length;
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  if (!m || to <= from) return null;
  const k = Math.min(maxErrors, m - 1);
  if (k < 0) return null;
  const forward = run(text, from, to, 1, tables(pattern, false), false, k, near - from);
  if (!forward.steps) return null;
  const end = from + forward.steps;
  // The start: the longest text ending at `end` within that many errors (the pattern read backwards, anchored at `end`).
  const lo = Math.max(from, end - m - forward.score);
  const back = run(text, lo, end, -1, tables(pattern, true), true, forward.score, 0);
  return { start: end - (back.steps || m), end, errors: forward.score };
}
