/**
 * Where section bodies stop. Each candidate marks itself and its ancestors: the lowest heading rank at or
 * below each element, and whether a classified heading sits inside it. A body read from a heading stops at
 * any element that holds a heading of the same or higher rank, or any classified one.
 */
import type { Candidate } from './section-types';

export interface Marks {
  /** Lowest heading rank at or below each element. */
  minRank: Map<Element, number>;
  /** Elements that are, or contain, a classified heading. */
  classified: Set<Element>;
  /** The heading elements themselves. */
  self: Set<Element>;
  /** Elements read whole into some section's body (the unheaded search leaves them alone). */
  covered: Set<Element>;
}

export function markBoundaries(cands: Candidate[], root: Element): Marks {
  const minRank = new Map<Element, number>();
  const classified = new Set<Element>();
  const self = new Set<Element>();
  const covered = new Set<Element>();
  for (const c of cands) {
    if (c.runIn) {
      // A run-in label ends the section before it, but has no rank of its own.
      if (!c.kind || !c.block) continue;
      self.add(c.block);
      for (let p: Element | null = c.block; p; p = p.parentElement) {
        if (classified.has(p)) break;
        classified.add(p);
        if (p === root) break;
      }
      continue;
    }
    self.add(c.el);
    for (let p: Element | null = c.el; p; p = p.parentElement) {
      const prev = minRank.get(p);
      // An earlier candidate marked this element and every ancestor of it at least as strongly: the rest
      // of the climb changes nothing (and repeating it per candidate was quadratic in the depth).
      if (prev !== undefined && prev <= c.rank && (!c.kind || classified.has(p))) break;
      if (prev === undefined || c.rank < prev) minRank.set(p, c.rank);
      if (c.kind) classified.add(p);
      if (p === root) break;
    }
  }
  return { minRank, classified, self, covered };
}

/** True when a body read under a heading of `rank` must stop at `el`. */
export function stops(el: Element, rank: number, marks: Marks): boolean {
  return marks.classified.has(el) || (marks.minRank.get(el) ?? 99) <= rank;
}
