import { describe, expect, it } from 'vitest';
import type { Author, CreditEntry } from '../../../lib/article';
import { parseContributions } from '../../../lib/extract/parse-contributions';

function author(name: string, given: string | null = null, family: string | null = null): Author {
  return { name, given, family, orcid: null, affiliations: [], kind: 'person' };
}

const AUTHORS = [
  author('Jean-Pierre Smith', 'Jean-Pierre', 'Smith'),
  author('Kim Tanaka', 'Kim', 'Tanaka'),
  author('Julia Brown', 'Julia', 'Brown'),
  author('Tom van Tol', 'Tom', 'van Tol'),
];

/** Compact form for assertions: "Author: role|role" per entry. */
function pairs(entries: CreditEntry[]): string[] {
  return entries.map((e) => `${e.author}: ${e.roles.join('|')}`);
}

describe('parseContributions', () => {
  it.each([
    [
      'names first, full names',
      'Jean-Pierre Smith: Conceptualization, Methodology; Kim Tanaka: Writing – original draft, Investigation.',
      [
        'Jean-Pierre Smith: Conceptualization|Methodology',
        'Kim Tanaka: Writing – original draft|Investigation',
      ],
    ],
    [
      'roles first with colons and initials',
      'Conceptualization: J.-P.S., K.T.; Methodology: J.B.; Writing—Review & Editing: T.v.T. and J.-P.S.',
      [
        'Jean-Pierre Smith: Conceptualization|Writing – review & editing',
        'Kim Tanaka: Conceptualization',
        'Julia Brown: Methodology',
        'Tom van Tol: Writing – review & editing',
      ],
    ],
    [
      'MDPI style "Role, names;"',
      'Conceptualization, J.S. and K.T.; methodology, JB; writing—original draft preparation, K.T.; ' +
        'writing—review and editing, J.S., K.T. and J.B.',
      [
        'Jean-Pierre Smith: Conceptualization|Writing – review & editing',
        'Kim Tanaka: Conceptualization|Writing – original draft|Writing – review & editing',
        'Julia Brown: Methodology|Writing – review & editing',
      ],
    ],
    [
      'roles first without semicolons between groups',
      'Conceptualization: JPS, KT. Formal Analysis: JB. Visualisation: TvT.',
      [
        'Jean-Pierre Smith: Conceptualization',
        'Kim Tanaka: Conceptualization',
        'Julia Brown: Formal analysis',
        'Tom van Tol: Visualization',
      ],
    ],
    [
      'prose with CRediT words',
      'K.T. and J.B. performed formal analysis. J.-P.S. supervision.',
      ['Jean-Pierre Smith: Supervision', 'Kim Tanaka: Formal analysis', 'Julia Brown: Formal analysis'],
    ],
    [
      'family names alone',
      'Smith and Brown: Software.',
      ['Jean-Pierre Smith: Software', 'Julia Brown: Software'],
    ],
    [
      'all authors',
      'All authors: Writing - review and editing.',
      AUTHORS.map((a) => `${a.name}: Writing – review & editing`),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pairs(parseContributions(text, AUTHORS))).toEqual(expected);
  });

  it('keeps free prose as otherRoles, not CRediT', () => {
    const out = parseContributions('K.T. and J.B. performed experiments. J.-P.S. wrote the paper.', AUTHORS);
    expect(out).toEqual([
      { author: 'Jean-Pierre Smith', roles: [], otherRoles: ['wrote the paper'] },
      { author: 'Kim Tanaka', roles: [], otherRoles: ['performed experiments'] },
      { author: 'Julia Brown', roles: [], otherRoles: ['performed experiments'] },
    ]);
  });

  it('keeps PLOS "Conceived and designed the experiments: NH SS" as otherRoles', () => {
    const authors = [author('Nina Hart', 'Nina', 'Hart'), author('Sam Stone', 'Sam', 'Stone')];
    const out = parseContributions(
      'Conceived and designed the experiments: NH SS. Analyzed the data: SS.',
      authors,
    );
    expect(out).toEqual([
      { author: 'Nina Hart', roles: [], otherRoles: ['Conceived and designed the experiments'] },
      {
        author: 'Sam Stone',
        roles: [],
        otherRoles: ['Conceived and designed the experiments', 'Analyzed the data'],
      },
    ]);
  });

  it('skips ambiguous initials instead of guessing', () => {
    const authors = [
      author('John Smith', 'John', 'Smith'),
      author('Jane Sato', 'Jane', 'Sato'),
      author('Kim Tanaka'),
    ];
    expect(pairs(parseContributions('Conceptualization: J.S., K.T.', authors))).toEqual([
      'Kim Tanaka: Conceptualization',
    ]);
  });

  it('returns nothing without authors or roles', () => {
    expect(parseContributions('Conceptualization: J.S.', [])).toEqual([]);
    expect(parseContributions('', AUTHORS)).toEqual([]);
  });
});

describe('parseContributions, per-author blocks and spacing', () => {
  it('reads eLife-style blocks: name line, affiliation line, "Contribution:" line', () => {
    const text = [
      'Jean-Pierre Smith, MD, PhD',
      'School of Life Sciences, Some University, Some City',
      'Contribution: Data analysis, Writing - original draft Competing interests: No competing interests declared',
      'Kim Tanaka',
      'Department of Urology, Other University',
      'Contribution: Funding acquisition, Conceptualization For correspondence: kim@example.org',
    ].join('\n');
    expect(parseContributions(text, AUTHORS)).toEqual([
      { author: 'Jean-Pierre Smith', roles: ['Writing – original draft'], otherRoles: ['Data analysis'] },
      { author: 'Kim Tanaka', roles: ['Funding acquisition', 'Conceptualization'] },
    ]);
  });

  it('joins initials written with spaces ("Z. G.")', () => {
    expect(pairs(parseContributions('Resources, J. B. and K.T.; Software, J.-P. S.', AUTHORS))).toEqual([
      'Jean-Pierre Smith: Software',
      'Kim Tanaka: Resources',
      'Julia Brown: Resources',
    ]);
  });
});

describe('parseContributions, initials edge cases', () => {
  const authors = [
    author('Sarah Baloul', 'Sarah', 'Baloul'),
    author('Jonathan Townson', 'Jonathan', 'Townson'),
    author('Sarah Bray', 'Sarah', 'Bray'),
    author('Nitesh Kumar Singh', 'Nitesh Kumar', 'Singh'),
  ];

  it.each([
    ['a middle initial the record lacks ("JMT")', 'Methodology: JMT.', ['Jonathan Townson: Methodology']],
    ['two authors with the same initials get nothing', 'Software: SB.', []],
    [
      '"while" starts a new subject',
      'JT did software, while NKS did validation.',
      ['Jonathan Townson: Software', 'Nitesh Kumar Singh: Validation'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pairs(parseContributions(text, authors).filter((e) => e.roles.length > 0))).toEqual(expected);
  });
});
