// The contributions builder: initials that name each author unambiguously, the two text forms, JATS, and
// round trips through the extractor (the text read back by parseContributions, the JATS by extractJats).
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type CreditRole, emptyRecord, type StatedCredit } from '../../../lib/article';
import { extractJats } from '../../../lib/extract/jats';
import { parseContributions } from '../../../lib/extract/parse-contributions';
import type { WordedNote } from '../../../lib/extract/reading-notes';
import { contributionsJats, creditRoleUri } from '../../../lib/statement/contributions-jats';
import {
  acknowledgeesAuthorshipPrompt,
  acknowledgeesText,
  contributionsText,
  type NameForm,
  type StatementStyle,
} from '../../../lib/statement/contributions-text';
import {
  type Acknowledgee,
  asAuthor,
  authorInitials,
  type Contributor,
  contributorsFromRecord,
} from '../../../lib/statement/contributors';

function person(
  name: string,
  roles: Array<CreditRole | [CreditRole, 'lead' | 'equal' | 'supporting']>,
  extra: Partial<Contributor> = {},
): Contributor {
  return {
    name,
    roles: roles.map((r) => (Array.isArray(r) ? { role: r[0], degree: r[1] } : { role: r })),
    ...extra,
  };
}

describe('authorInitials: unique among the authors', () => {
  it.each([
    ['distinct initials', ['Jane Roe', 'Kim Tanaka'], ['J.R.', 'K.T.']],
    ['two J.R.: the given names are lengthened', ['Jane Roe', 'John Roe'], ['Ja.R.', 'Jo.R.']],
    ['Jane and Janet Roe', ['Jane Roe', 'Janet Roe', 'Kim Tanaka'], ['Jane.R.', 'Janet.R.', 'K.T.']],
    ['a middle initial tells them apart', ['Jane A. Roe', 'John Roe'], ['J.A.R.', 'Jo.R.']],
    ['hyphenated given name', ['Jean-Pierre Martin', 'Julia Brown'], ['J.-P.M.', 'J.B.']],
    ['family name with a particle', ['Ludwig van Beethoven', 'Kim Tanaka'], ['L.v.B.', 'K.T.']],
    ['accents read as plain letters', ['Élodie Roe', 'Kim Tanaka'], ['E.R.', 'K.T.']],
    ['the same name twice: full names', ['Wei Zhang', 'Wei Zhang'], ['Wei Zhang', 'Wei Zhang']],
    ['Wei and Wen Zhang', ['Wei Zhang', 'Wen Zhang'], ['Wei.Z.', 'Wen.Z.']],
    ['Élodie and Émile Roe', ['Élodie Roe', 'Émile Roe'], ['El.R.', 'Em.R.']],
  ])('%s', (_name, names, expected) => {
    expect(authorInitials(names.map((n) => person(n, [])))).toEqual(expected);
  });

  it('uses given and family names when known ("María José" "García López")', () => {
    const c = person('María José García López', [], { given: 'María José', family: 'García López' });
    expect(authorInitials([c, person('Kim Tanaka', [])])).toEqual(['M.J.G.L.', 'K.T.']);
  });
});

const AUTHORS = [
  person('Jane Roe', [['Conceptualization', 'lead'], 'Methodology', 'Writing – original draft']),
  person('John Roe', [
    ['Methodology', 'supporting'],
    'Investigation',
    ['Writing – review & editing', 'equal'],
  ]),
  person('Ann B. Doe', ['Software', 'Formal analysis', 'Data curation']),
  person('Jean-Pierre Martin', [
    'Supervision',
    'Funding acquisition',
    ['Writing – review & editing', 'equal'],
  ]),
  person('Kim Tanaka', []),
];

describe('contributionsText', () => {
  it.each([
    [
      'by-author',
      'full',
      'Jane Roe: Conceptualization (lead), Methodology, Writing – original draft. ' +
        'John Roe: Methodology (supporting), Investigation, Writing – review & editing (equal). ' +
        'Ann B. Doe: Software, Formal analysis, Data curation. ' +
        'Jean-Pierre Martin: Supervision, Funding acquisition, Writing – review & editing (equal).',
    ],
    [
      'by-author',
      'initials',
      'Ja.R.: Conceptualization (lead), Methodology, Writing – original draft. ' +
        'Jo.R.: Methodology (supporting), Investigation, Writing – review & editing (equal). ' +
        'A.B.D.: Software, Formal analysis, Data curation. ' +
        'J.-P.M.: Supervision, Funding acquisition, Writing – review & editing (equal).',
    ],
    [
      'by-role',
      'initials',
      'Conceptualization: Ja.R. (lead); Data curation: A.B.D.; Formal analysis: A.B.D.; ' +
        'Funding acquisition: J.-P.M.; Investigation: Jo.R.; Methodology: Ja.R., Jo.R. (supporting); ' +
        'Software: A.B.D.; Supervision: J.-P.M.; Writing – original draft: Ja.R.; ' +
        'Writing – review & editing: Jo.R. (equal), J.-P.M. (equal).',
    ],
    [
      'by-role',
      'full',
      'Conceptualization: Jane Roe (lead); Data curation: Ann B. Doe; Formal analysis: Ann B. Doe; ' +
        'Funding acquisition: Jean-Pierre Martin; Investigation: John Roe; Methodology: Jane Roe, John Roe (supporting); ' +
        'Software: Ann B. Doe; Supervision: Jean-Pierre Martin; Writing – original draft: Jane Roe; ' +
        'Writing – review & editing: John Roe (equal), Jean-Pierre Martin (equal).',
    ],
  ] as const)('%s, %s names', (style, names, expected) => {
    expect(contributionsText(AUTHORS, { style, names })).toBe(expected);
  });

  it('ends with a single full stop after initials', () => {
    expect(
      contributionsText([person('Jane Roe', ['Software'])], { style: 'by-role', names: 'initials' }),
    ).toBe('Software: J.R.');
  });

  it('is empty when no author has a role', () => {
    expect(contributionsText([person('Jane Roe', [])])).toBe('');
  });

  it('a role chosen twice is written once', () => {
    expect(contributionsText([person('Jane Roe', ['Software', ['Software', 'lead']])])).toBe(
      'Jane Roe: Software.',
    );
  });
});

/** (author, role) pairs, sorted, as a set to compare. */
function pairs(entries: Array<{ author: string; roles: readonly CreditRole[] }>): string[] {
  return entries.flatMap((e) => e.roles.map((r) => `${e.author} → ${r}`)).sort();
}
const expected = pairs(AUTHORS.map((a) => ({ author: a.name, roles: a.roles.map((r) => r.role) })));

describe('round trip: the text read back by the extractor gives the same (author, role) pairs', () => {
  const styles: StatementStyle[] = ['by-author', 'by-role'];
  const forms: NameForm[] = ['full', 'initials'];
  it.each(styles.flatMap((style) => forms.map((names) => [style, names] as const)))(
    '%s, %s',
    (style, names) => {
      const text = contributionsText(AUTHORS, { style, names });
      const warnings: WordedNote[] = [];
      const read: StatedCredit[] = parseContributions(text, AUTHORS.map(asAuthor), warnings);
      expect(pairs(read)).toEqual(expected);
      expect(read.flatMap((e) => e.otherRoles ?? [])).toEqual([]);
      expect(warnings).toEqual([]);
    },
  );

  it.each(forms)('authors who share initials, by role, %s names', (names) => {
    const people = [
      person('Wei Zhang', ['Software']),
      person('Wen Zhang', ['Software', 'Validation']),
      person('Jane Roe', ['Validation']),
      person('Janet Roe', ['Software']),
      person('Élodie Martin', ['Validation']),
      person('Émile Martin', ['Software']),
    ];
    const read = parseContributions(
      contributionsText(people, { style: 'by-role', names }),
      people.map(asAuthor),
    );
    expect(pairs(read)).toEqual(
      pairs(people.map((p) => ({ author: p.name, roles: p.roles.map((r) => r.role) }))),
    );
  });
});

const STAFF: Acknowledgee[] = [
  {
    name: 'Marta Okafor',
    affiliation: 'Cellular Imaging & Cytometry Core',
    roles: [{ role: 'Investigation' }, { role: 'Formal analysis', degree: 'supporting' }],
  },
  { name: 'Daniel Lévesque', affiliation: null, roles: [{ role: 'Software' }] },
];

describe('contributionsJats', () => {
  const xml = contributionsJats(
    AUTHORS.slice(0, 2).map((a, i) =>
      i === 0 ? { ...a, orcid: 'https://orcid.org/0000-0002-1825-0097' } : a,
    ),
    STAFF,
  );
  const doc = new DOMParser().parseFromString(`<article-meta>${xml}</article-meta>`, 'text/xml');
  const groups = [...doc.querySelectorAll('contrib-group')];

  it('is well-formed XML with one group of authors and one of acknowledgees', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(groups.map((g) => g.getAttribute('content-type'))).toEqual(['authors', 'acknowledged']);
    expect(
      groups.map((g) => [...g.querySelectorAll('contrib')].map((c) => c.getAttribute('contrib-type'))),
    ).toEqual([
      ['author', 'author'],
      ['acknowledged', 'acknowledged'],
    ]);
  });

  it('tags each role as JATS4R and JATS 1.3 say', () => {
    const role = doc.querySelector('role');
    expect(role?.textContent).toBe('Conceptualization');
    expect(
      Object.fromEntries(
        ['vocab', 'vocab-identifier', 'vocab-term', 'vocab-term-identifier', 'degree-contribution'].map(
          (a) => [a, role?.getAttribute(a)],
        ),
      ),
    ).toEqual({
      vocab: 'credit',
      'vocab-identifier': 'https://credit.niso.org/',
      'vocab-term': 'Conceptualization',
      'vocab-term-identifier': 'https://credit.niso.org/contributor-roles/conceptualization/',
      'degree-contribution': 'lead',
    });
    // No degree chosen: no attribute.
    expect(doc.querySelectorAll('role')[1]?.hasAttribute('degree-contribution')).toBe(false);
  });

  it('names, ORCID and affiliation', () => {
    const first = doc.querySelector('contrib');
    expect(first?.querySelector('surname')?.textContent).toBe('Roe');
    expect(first?.querySelector('given-names')?.textContent).toBe('Jane');
    expect(first?.querySelector('contrib-id')?.textContent).toBe('https://orcid.org/0000-0002-1825-0097');
    expect(groups[1]?.querySelector('aff')?.textContent).toBe('Cellular Imaging & Cytometry Core');
  });

  it('escapes what XML reserves', () => {
    const out = contributionsJats([
      person('Seán <O’Brien> & "Co"', ['Software'], { given: 'Seán', family: '<O’Brien> & "Co"' }),
    ]);
    expect(out).toContain('<surname>&lt;O’Brien&gt; &amp; &quot;Co&quot;</surname>');
    const d = new DOMParser().parseFromString(out, 'text/xml');
    expect(d.querySelector('surname')?.textContent).toBe('<O’Brien> & "Co"');
  });

  it.each([
    ['Conceptualization', 'conceptualization'],
    ['Data curation', 'data-curation'],
    ['Formal analysis', 'formal-analysis'],
    ['Funding acquisition', 'funding-acquisition'],
    ['Investigation', 'investigation'],
    ['Methodology', 'methodology'],
    ['Project administration', 'project-administration'],
    ['Resources', 'resources'],
    ['Software', 'software'],
    ['Supervision', 'supervision'],
    ['Validation', 'validation'],
    ['Visualization', 'visualization'],
    ['Writing – original draft', 'writing-original-draft'],
    ['Writing – review & editing', 'writing-review-editing'],
  ] as const)('%s → …/contributor-roles/%s/', (role, slug) => {
    expect(creditRoleUri(role)).toBe(`https://credit.niso.org/contributor-roles/${slug}/`);
  });
});

describe('contributorsFromRecord', () => {
  it('person authors with the roles the draft states; groups left out', () => {
    const r = emptyRecord('text');
    r.authors = [
      asAuthor(person('Jane Roe', [])),
      { ...asAuthor(person('Kim Tanaka', [])), orcid: '0000-0002-1825-0097' },
    ];
    r.authors.push({
      name: 'The XYZ Consortium',
      given: null,
      family: null,
      orcid: null,
      affiliations: [],
      kind: 'group',
    });
    r.credit = [{ author: 'Jane Roe', roles: ['Software', 'Validation'] }];
    expect(contributorsFromRecord(r)).toEqual([
      {
        name: 'Jane Roe',
        given: 'Jane',
        family: 'Roe',
        orcid: null,
        roles: [{ role: 'Software' }, { role: 'Validation' }],
      },
      { name: 'Kim Tanaka', given: 'Kim', family: 'Tanaka', orcid: '0000-0002-1825-0097', roles: [] },
    ]);
  });
});

describe('round trip: the JATS read by extractJats gives the same authors and (author, role) pairs', () => {
  it('authors only, acknowledgees left out of the byline', () => {
    const withRoles = AUTHORS.filter((a) => a.roles.length > 0);
    const article = `<article><front><article-meta>${contributionsJats(withRoles, STAFF)}</article-meta></front></article>`;
    const record = extractJats(new DOMParser().parseFromString(article, 'text/xml') as unknown as Document);
    expect(record.authors.map((a) => a.name)).toEqual(withRoles.map((a) => a.name));
    expect(pairs(record.credit)).toEqual(expected);
  });
});

describe('acknowledgees', () => {
  it('one sentence each, roles as they read in a sentence', () => {
    expect(acknowledgeesText(STAFF)).toBe(
      'We thank Marta Okafor (Cellular Imaging & Cytometry Core) for investigation and formal analysis. We thank Daniel Lévesque for software.',
    );
  });

  it.each([
    [
      'intellectual roles: a question naming them',
      STAFF,
      /^Did Marta Okafor \(Cellular Imaging & Cytometry Core\) contribute .*\?$/,
    ],
    [
      'service roles only: no question',
      [{ name: 'Daniel Lévesque', roles: [{ role: 'Software' as const }] }],
      null,
    ],
  ])('%s', (_name, people, pattern) => {
    const prompt = acknowledgeesAuthorshipPrompt(people);
    if (pattern === null) expect(prompt).toBeNull();
    else expect(prompt).toMatch(pattern);
  });
});
