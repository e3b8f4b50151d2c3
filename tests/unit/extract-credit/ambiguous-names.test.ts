// Two authors who share initials (Jane Smith, John Smith): a form resolves when the author list makes it
// unique (a longer given-name abbreviation, a middle initial, a full given name); otherwise neither gets
// anything and the record says why. Group authors never take a person's initials or family name.
import { describe, expect, it } from 'vitest';
import type { Author, StatedCredit } from '../../../lib/article';
import { parseContributions } from '../../../lib/extract/parse-contributions';
import type { WordedNote } from '../../../lib/extract/reading-notes';

function person(given: string, family: string): Author {
  return { name: `${given} ${family}`, given, family, orcid: null, affiliations: [], kind: 'person' };
}
const group = (name: string): Author => ({
  name,
  given: null,
  family: null,
  orcid: null,
  affiliations: [],
  kind: 'group',
});

const SMITHS = [person('Jane A.', 'Smith'), person('John', 'Smith'), person('Kim', 'Tanaka')];

function read(text: string, authors: Author[]): { credit: string[]; warnings: string[] } {
  const notes: WordedNote[] = [];
  const entries: StatedCredit[] = parseContributions(text, authors, notes);
  return {
    credit: entries.map((e) => `${e.author}: ${e.roles.join('|')}`),
    warnings: notes.map((n) => n.english),
  };
}

describe('initials two authors share', () => {
  it.each([
    [
      '"Ja.S." / "Jo.S."',
      'Conceptualization: Ja.S., K.T.; Software: Jo.S.',
      ['Jane A. Smith: Conceptualization'],
    ],
    [
      'a middle initial only one has ("J.A.S.")',
      'Methodology: J.A.S.; Software: Jo.S.',
      ['Jane A. Smith: Methodology'],
    ],
    ['the full given name', 'Methodology: Jane Smith; Software: John Smith.', ['Jane A. Smith: Methodology']],
    [
      'a given name and the family initial ("Jane S.")',
      'Methodology: Jane S.; Software: Jo.S.',
      ['Jane A. Smith: Methodology'],
    ],
  ])('resolve by %s', (_name, text, jane) => {
    const { credit, warnings } = read(text, SMITHS);
    expect(credit.filter((c) => c.startsWith('Jane'))).toEqual(jane);
    expect(credit).toContain('John Smith: Software');
    expect(warnings).toEqual([]);
  });

  it.each([
    [
      'role-grouped initials',
      'Conceptualization: J.S., K.T.; Writing – review & editing: J.S.',
      ['Kim Tanaka: Conceptualization'],
      'Contributions: "J.S." could be Jane A. Smith or John Smith; no roles were given to either.',
    ],
    [
      'a family name alone',
      'Smith and Tanaka: Software.',
      ['Kim Tanaka: Software'],
      'Contributions: "Smith" could be Jane A. Smith or John Smith; no roles were given to either.',
    ],
    [
      'an abbreviation both fit ("J.S." written "JS" in prose)',
      'JS and KT performed investigation.',
      ['Kim Tanaka: Investigation'],
      'Contributions: "JS" could be Jane A. Smith or John Smith; no roles were given to either.',
    ],
  ])('give nothing and report: %s', (_name, text, credit, warning) => {
    const out = read(text, SMITHS);
    expect(out.credit).toEqual(credit);
    expect(out.warnings).toEqual([warning]);
  });

  it('names three candidates when three authors fit', () => {
    const { warnings } = read('Software: J.S.', [...SMITHS, person('Jo', 'Sato')]);
    expect(warnings).toEqual([
      'Contributions: "J.S." could be Jane A. Smith, John Smith or Jo Sato; no roles were given to any of them.',
    ]);
  });

  it('says nothing when the statement gives the unclear names nothing', () => {
    expect(read('J.S. and K.T.', SMITHS).warnings).toEqual([]);
  });
});

describe('group authors in contributions', () => {
  const authors = [person('Tina', 'Chen'), group('The Tabula Muris Consortium'), person('Kim', 'Tanaka')];

  it.each([
    [
      'initials the group would have had ("T.C.") are the person’s',
      'Methodology: T.C.',
      ['Tina Chen: Methodology'],
    ],
    [
      '"all authors" means the people, not the consortium',
      'All authors: Writing – review & editing.',
      ['Tina Chen: Writing – review & editing', 'Kim Tanaka: Writing – review & editing'],
    ],
    [
      'the group by its full name',
      'Resources: The Tabula Muris Consortium.',
      ['The Tabula Muris Consortium: Resources'],
    ],
    ['"Consortium" alone is not a family name', 'Resources: Consortium.', []],
  ])('%s', (_name, text, expected) => {
    const { credit, warnings } = read(text, authors);
    expect(credit).toEqual(expected);
    expect(warnings).toEqual([]);
  });
});
