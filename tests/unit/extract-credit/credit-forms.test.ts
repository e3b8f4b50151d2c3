// Every CRediT form seen on real pages: per-author lists with roles after ";" (lower-case, British
// spellings, bracketed or dashed qualifiers, a non-CRediT word), authors on their own lines or separated by
// "; " / ". ", written in full, as initials or as "Name (initials):"; and the roles-first forms beside them.
import { describe, expect, it } from 'vitest';
import type { Author, StatedCredit } from '../../../lib/article';
import { parseContributions } from '../../../lib/extract/parse-contributions';

function person(given: string, family: string): Author {
  return { name: `${given} ${family}`, given, family, orcid: null, affiliations: [], kind: 'person' };
}

const AUTHORS = [person('Jane', 'Smith'), person('Kim', 'Tanaka'), person('Julia', 'Brown')];

/** "Author: role|role (+other)" per entry. */
function summary(entries: StatedCredit[]): string[] {
  return entries.map(
    (e) => `${e.author}: ${e.roles.join('|')}${e.otherRoles ? ` (+${e.otherRoles.join('|')})` : ''}`,
  );
}

const JANE_ALL =
  'Jane Smith: Conceptualization|Methodology|Writing – original draft|Writing – review & editing|Formal analysis|Visualization|Supervision (+endorsement)';

describe('per-author lists: "Name: Role; role; role."', () => {
  it.each([
    [
      'one author, every qualifier form, a non-CRediT word',
      'Jane Smith: Conceptualisation; methodology; writing (original draft); writing (review and editing); ' +
        'formal analysis; visualisation; supervision; endorsement.',
      [JANE_ALL],
    ],
    [
      'authors separated by ". "',
      'Jane Smith: Conceptualisation; methodology; writing (original draft); writing (review and editing); ' +
        'formal analysis; visualisation; supervision; endorsement. Kim Tanaka: Investigation; software; ' +
        'writing—review and editing.',
      [JANE_ALL, 'Kim Tanaka: Investigation|Software|Writing – review & editing'],
    ],
    [
      'authors separated by "; "',
      'Jane Smith: Conceptualization; Writing - Original Draft; Kim Tanaka: Data curation; ' +
        'writing – review & editing; Julia Brown: Resources; validation',
      [
        'Jane Smith: Conceptualization|Writing – original draft',
        'Kim Tanaka: Data curation|Writing – review & editing',
        'Julia Brown: Resources|Validation',
      ],
    ],
    [
      'authors each on their own line',
      'Jane Smith: Conceptualisation; methodology.\nKim Tanaka: Software; visualisation.\n' +
        'Julia Brown: Project administration; writing (review & editing).',
      [
        'Jane Smith: Conceptualization|Methodology',
        'Kim Tanaka: Software|Visualization',
        'Julia Brown: Project administration|Writing – review & editing',
      ],
    ],
    [
      'initials as labels',
      'J.S.: Conceptualisation; methodology. K.T.: Investigation; formal analysis.',
      ['Jane Smith: Conceptualization|Methodology', 'Kim Tanaka: Investigation|Formal analysis'],
    ],
    [
      '"Name (initials):" labels',
      'Jane Smith (J.S.): Supervision; funding acquisition. Julia Brown (JB): Software; validation.',
      ['Jane Smith: Supervision|Funding acquisition', 'Julia Brown: Software|Validation'],
    ],
    [
      'a label alone on its line, the roles on the next',
      'Jane Smith:\nConceptualisation; methodology\nKim Tanaka:\nSoftware',
      ['Jane Smith: Conceptualization|Methodology', 'Kim Tanaka: Software'],
    ],
    [
      'degrees of contribution after the roles (Wiley)',
      'Jane Smith: Conceptualization (lead); formal analysis (equal); writing – original draft (lead). ' +
        'Kim Tanaka: Formal analysis (equal); writing – review and editing (supporting).',
      [
        'Jane Smith: Conceptualization|Formal analysis|Writing – original draft',
        'Kim Tanaka: Formal analysis|Writing – review & editing',
      ],
    ],
    [
      'roles first, degrees after the names',
      'Conceptualization: J.S. (lead), K.T. (supporting); Methodology: Julia Brown (equal), J.S. (equal).',
      [
        'Jane Smith: Conceptualization|Methodology',
        'Kim Tanaka: Conceptualization',
        'Julia Brown: Methodology',
      ],
    ],
    [
      'commas between roles, as before',
      'Jane Smith: Conceptualization, Methodology. Kim Tanaka: Writing – original draft, Investigation.',
      ['Jane Smith: Conceptualization|Methodology', 'Kim Tanaka: Writing – original draft|Investigation'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(parseContributions(text, AUTHORS))).toEqual(expected);
  });
});

describe('roles after ";" are carried only when the statement is names-first', () => {
  it.each([
    [
      'roles-first: a role with no names after ";" goes to no one',
      'Conceptualization: J.S., K.T.; Methodology; Software: J.B.',
      ['Jane Smith: Conceptualization', 'Kim Tanaka: Conceptualization', 'Julia Brown: Software'],
    ],
    [
      'mixed labels (a role before a colon too): nothing is carried',
      'Jane Smith: Conceptualization; methodology. Supervision: K.T.',
      ['Jane Smith: Conceptualization', 'Kim Tanaka: Supervision'],
    ],
    [
      'an author the record lacks, before a colon, does not make the statement roles-first',
      'Janet Smyth (J.S.): Conceptualisation; methodology. Kim Tanaka: Software; validation.',
      ['Kim Tanaka: Software|Validation'],
    ],
    [
      'a sentence end closes the list',
      'Jane Smith: Conceptualization; methodology. Writing – review & editing.',
      ['Jane Smith: Conceptualization|Methodology'],
    ],
    [
      'prose (no labels) is read clause by clause, as before',
      'K.T. and J.B. performed formal analysis; J.S. supervision; data curation.',
      ['Jane Smith: Supervision', 'Kim Tanaka: Formal analysis', 'Julia Brown: Formal analysis'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(parseContributions(text, AUTHORS))).toEqual(expected);
  });
});
