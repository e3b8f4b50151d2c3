/**
 * Small edit distances for misspelt names ("Brwon", "Levesqeu"): a bounded distance that counts an
 * adjacent transposition as one edit, and the deletion sets of the symmetric-delete index that finds
 * the candidates without comparing a word with every name of a profile.
 */

/** How many edits a misspelt family name of this length may carry: none up to 4 letters ("Berg",
 * "Liu", "Das" are too short to tell a typo from another person), one up to 6, two from 7. */
export function maxFamilyEdits(length: number): number {
  return length <= 4 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Edit distance (insertions, deletions, substitutions, adjacent transpositions), or `max + 1` as soon
 * as it exceeds `max`. Names are short, so a full table is cheap; the band check stops early.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
      if (d < best) best = d;
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return Math.min((rows[a.length] as number[])[b.length] as number, max + 1);
}

/**
 * Longest word whose deletions are made: no name word comes near it, and the deletion set of a longer
 * "word" (a run of junk or a URL in a damaged page: 250,000 letters) grows with the square of its length
 * (the fuzzer's hang: one such word kept check() busy for minutes). Longer words are looked up as written.
 */
const MAX_FUZZY_WORD = 64;

/** The word and every word made from it by deleting up to `k` letters (symmetric-delete keys). */
export function deletionsUpTo(word: string, k: number): string[] {
  if (word.length > MAX_FUZZY_WORD) return [word];
  const out = new Set<string>([word]);
  let layer = [word];
  for (let round = 0; round < k; round++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    layer = next;
  }
  return [...out];
}
