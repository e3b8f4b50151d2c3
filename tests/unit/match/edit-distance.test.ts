import { describe, expect, it } from 'vitest';
import { deletionsUpTo, editDistance, maxFamilyEdits } from '../../../lib/match/edit-distance';

describe('editDistance (bounded, transposition = one edit)', () => {
  it.each([
    ['brown', 'brown', 2, 0],
    ['brown', 'brwon', 2, 1],
    ['brown', 'bronw', 2, 1],
    ['brown', 'braun', 2, 2],
    ['brown', 'braun', 1, 2],
    ['levesque', 'levasqeu', 2, 2],
    ['levesque', 'lavasqeu', 2, 3],
    ['claire', 'clarie', 1, 1],
    ['hansen', 'hanssn', 2, 1],
    ['berg', 'berger', 2, 2],
    ['berg', 'bergmann', 2, 3],
  ])('%s ~ %s (max %i) → %i', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});

describe('misspelling index', () => {
  it.each([
    [4, 0],
    [5, 1],
    [6, 1],
    [7, 2],
    [12, 2],
  ])('a family name of %i letters may carry %i edits', (length, edits) => {
    expect(maxFamilyEdits(length)).toBe(edits);
  });

  it('two deletions of each side meet for names two edits apart', () => {
    const a = new Set(deletionsUpTo('levesque', 2));
    expect(deletionsUpTo('levasqeu', 2).some((d) => a.has(d))).toBe(true);
    expect(deletionsUpTo('brown', 1)).toEqual(['brown', 'rown', 'bown', 'brwn', 'bron', 'brow']);
  });
});
