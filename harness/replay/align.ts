/**
 * Alignment of two integer sequences (calls reduced to key ids) as a shortest edit script.
 *
 * Common prefix and suffix are taken first (two runs of one course share most of their calls),
 * then Myers' greedy O((N+M)·D) search with D bounded; when the remaining ranges differ by more
 * than the bound, unique keys common to both (patience anchors, in increasing order on both sides)
 * split the ranges and each gap is aligned the same way. Long traces are aligned through a sliding
 * window, so the cost grows with the length times the local differences only: repetitive traces
 * (a heartbeat every minute) would otherwise make Myers walk every diagonal to the end. The window
 * and the bound may miss the very shortest script, never produce a wrong one.
 */

/** Index pairs (i in a, j in b) of matched elements, in increasing order. */
export type Matches = [number, number][];

/** Largest edit distance searched by Myers before falling back to anchors. */
const MAX_D = 1000;

/** Calls per side aligned at once; matches in a window's first half are kept, then it slides on. */
const WINDOW = 4096;

export function align(a: readonly number[], b: readonly number[]): Matches {
  const out: Matches = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const aEnd = Math.min(a.length, i + WINDOW);
    const bEnd = Math.min(b.length, j + WINDOW);
    if (aEnd === a.length && bEnd === b.length) {
      alignRange(a, b, i, aEnd, j, bEnd, out);
      return out;
    }
    const part: Matches = [];
    alignRange(a, b, i, aEnd, j, bEnd, part);
    const half = WINDOW / 2;
    let kept = part.filter(([x, y]) => x < i + half && y < j + half);
    if (kept.length === 0) kept = part.slice(0, 1);
    if (kept.length === 0) {
      // Half a window with nothing in common on either side: those calls are removed and added.
      i = Math.min(aEnd, i + half);
      j = Math.min(bEnd, j + half);
      continue;
    }
    out.push(...kept);
    [i, j] = kept.at(-1)!.map((n) => n + 1) as [number, number];
  }
}

function alignRange(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  out: Matches,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) out.push([aLo++, bLo++]);
  const tail: Matches = [];
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) tail.push([--aHi, --bHi]);
  if (aLo < aHi && bLo < bHi) {
    const found = myers(a, b, aLo, aHi, bLo, bHi);
    if (found) out.push(...found);
    else anchored(a, b, aLo, aHi, bLo, bHi, out);
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]!);
}

/** Myers' greedy forward search, keeping the frontier each round starts from to walk the path back. */
function myers(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): Matches | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const max = Math.min(n + m, MAX_D);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const rounds: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // `v` is not written again once this round has copied it, so it can be kept as is.
    rounds.push(v);
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return walkBack(rounds, d, n, m, offset, aLo, bLo);
    }
    v = next;
  }
  return undefined;
}

function walkBack(
  rounds: Int32Array[],
  found: number,
  n: number,
  m: number,
  offset: number,
  aLo: number,
  bLo: number,
): Matches {
  const matches: Matches = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const v = rounds[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) matches.push([aLo + --x, bLo + --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([aLo + --x, bLo + --y]);
  return matches.reverse();
}

/** Keys that occur once in each range, matched, keeping the longest run increasing on both sides. */
function anchored(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  out: Matches,
): void {
  const once = (seq: readonly number[], lo: number, hi: number) => {
    const seen = new Map<number, number>();
    for (let i = lo; i < hi; i++) seen.set(seq[i]!, seen.has(seq[i]!) ? -1 : i);
    return seen;
  };
  const inA = once(a, aLo, aHi);
  const inB = once(b, bLo, bHi);
  const pairs: Matches = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  const anchors = longestIncreasing(pairs);
  if (anchors.length === 0) return; // nothing in common worth pairing: all removed and added
  let i = aLo;
  let j = bLo;
  for (const [ai, bj] of anchors) {
    alignRange(a, b, i, ai, j, bj, out);
    out.push([ai, bj]);
    i = ai + 1;
    j = bj + 1;
  }
  alignRange(a, b, i, aHi, j, bHi, out);
}

/** Longest subsequence of pairs (sorted by a) increasing in b: patience sorting, O(n log n). */
function longestIncreasing(pairs: Matches): Matches {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const value = pairs[p]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1]!;
    tails[lo] = p;
  }
  const result: Matches = [];
  for (let p = tails.at(-1) ?? -1; p >= 0; p = previous[p]!) result.push(pairs[p]!);
  return result.reverse();
}
