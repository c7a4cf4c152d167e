// Edit distance with adjacent transpositions (optimal string alignment), bounded for speed.

// Scratch rows reused across calls: allocation dominated the cost of short comparisons.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * The Damerau-Levenshtein (optimal string alignment) distance between `a` and `b`:
 * insertions, deletions, substitutions and swaps of two adjacent characters each cost 1.
 * With `max`, returns max + 1 as soon as the distance is known to exceed it.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, curr] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      curr[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, curr] = [prev, curr, prev2];
  }
  return prev[n]!;
}
