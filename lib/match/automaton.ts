/**
 * Aho–Corasick over characters: every key of a profile (facility names, aliases, institutions, staff
 * family names) is found in one pass over a text's compact form, whatever the number of keys. This is
 * what keeps a 100-facility network profile as cheap per article as a single facility.
 */

interface AutomatonHit<T> {
  /** Compact offsets [start, end). */
  start: number;
  end: number;
  value: T;
}

export interface Automaton<T> {
  find(text: string): Array<AutomatonHit<T>>;
  readonly size: number;
}

export function buildAutomaton<T>(entries: Array<{ key: string; value: T }>): Automaton<T> {
  const next: Array<Map<string, number>> = [new Map()];
  const out: T[][] = [[]];
  const depth: number[] = [0];
  for (const { key, value } of entries) {
    if (!key) continue;
    let node = 0;
    for (const ch of key) {
      let child = next[node]?.get(ch);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        out.push([]);
        depth.push((depth[node] ?? 0) + 1);
        next[node]?.set(ch, child);
      }
      node = child;
    }
    out[node]?.push(value);
  }
  // Breadth-first failure links; `dict` links to the nearest suffix node that has outputs.
  const fail = new Int32Array(next.length);
  const dict = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]?.values() ?? []) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi] as number;
    for (const [ch, child] of next[node] ?? []) {
      let f = fail[node] as number;
      while (f > 0 && !next[f]?.has(ch)) f = fail[f] as number;
      const target = next[f]?.get(ch);
      const fc = target !== undefined && target !== child ? target : 0;
      fail[child] = fc;
      dict[child] = (out[fc]?.length ?? 0) > 0 ? fc : (dict[fc] as number);
      queue.push(child);
    }
  }
  return {
    size: next.length,
    find(text: string): Array<AutomatonHit<T>> {
      const hits: Array<AutomatonHit<T>> = [];
      let node = 0;
      let i = 0;
      const n = text.length;
      while (i < n) {
        // Code points without the string iterator (a hot loop: it runs over whole pages).
        const code = text.charCodeAt(i);
        const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? text.slice(i, i + 2) : (text[i] as string);
        while (node > 0 && !next[node]?.has(ch)) node = fail[node] as number;
        node = next[node]?.get(ch) ?? 0;
        i += ch.length;
        for (let n = node; n > 0; n = dict[n] as number) {
          const d = depth[n] as number;
          for (const value of out[n] ?? []) hits.push({ start: i - keyLength(text, i, d), end: i, value });
          if (dict[n] === -1) break;
        }
      }
      return hits;
    },
  };
}

/** Length in UTF-16 units of the last `chars` code points ending at `end` (astral letters are rare). */
function keyLength(text: string, end: number, chars: number): number {
  let len = 0;
  for (let k = 0; k < chars; k++) {
    const c = text.charCodeAt(end - len - 1);
    len += c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
  }
  return len;
}
