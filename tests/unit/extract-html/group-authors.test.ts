// Group authors on HTML pages (citation_author "The XYZ Consortium", JSON-LD Organization authors), and
// CRediT warnings reaching the HTML record.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { makeAuthor } from '../../../lib/extract/authors';
import { isGroupName } from '../../../lib/extract/group-author';
import { extract } from '../../../lib/extract/index';

const page = (head: string, body = '<p>x</p>') =>
  extract(
    parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
      .document as unknown as Document,
    null,
  );

describe('isGroupName', () => {
  it.each([
    ['The Tabula Muris Consortium', true],
    ['ABC Study Group', true],
    ['DEF Investigators', true],
    ['COVID-19 Genomics UK (COG-UK) consortium', true],
    ['Human Cell Atlas Collaboration', true],
    ['Jane Smith on behalf of the GHI Trialists', true],
    ['Writing Committee for the JKL Trial', true],
    ['Jane Smith', false],
    ['Smith, Jane', false],
    // "The" alone is a given name too (Vietnamese, written without its accent).
    ['The Anh Nguyen', false],
    ['Jane Teamson', false],
    ['Ruth Grouper', false],
  ])('%s → %s', (name, group) => {
    expect(isGroupName(name)).toBe(group);
  });
});

describe('group authors from meta tags and JSON-LD', () => {
  it('keeps a consortium in citation_author as a group, as written, beside the people', () => {
    const r = page(`<meta name="citation_author" content="Smith, Jane">
      <meta name="citation_author" content="The XYZ Consortium">
      <meta name="citation_author_institution" content="Example University">
      <meta name="citation_author" content="ABC Study Group">`);
    expect(r.authors).toEqual([
      { name: 'Jane Smith', given: 'Jane', family: 'Smith', orcid: null, affiliations: [], kind: 'person' },
      {
        name: 'The XYZ Consortium',
        given: null,
        family: null,
        orcid: null,
        affiliations: ['Example University'],
        kind: 'group',
      },
      { name: 'ABC Study Group', given: null, family: null, orcid: null, affiliations: [], kind: 'group' },
    ]);
  });

  it('reads a JSON-LD Organization author only when its name is a group of people', () => {
    const ld = {
      '@type': 'ScholarlyArticle',
      author: [
        { '@type': 'Person', givenName: 'Ann', familyName: 'Lee' },
        { '@type': 'Organization', name: 'DEF Investigators' },
        { '@type': 'Organization', name: 'Example Press' },
      ],
    };
    const r = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(r.authors.map((a) => [a.name, a.kind])).toEqual([
      ['Ann Lee', 'person'],
      ['DEF Investigators', 'group'],
    ]);
  });

  it('makeAuthor never splits a group into given and family', () => {
    expect(makeAuthor('Consortium, The XYZ')).toMatchObject({ given: null, family: null, kind: 'group' });
  });
});

describe('CRediT on an HTML page', () => {
  const head = `<meta name="citation_title" content="A paper">
    <meta name="citation_doi" content="10.5555/abc">
    <meta name="citation_author" content="Jane Smith"><meta name="citation_author" content="John Smith">
    <meta name="citation_author" content="Kim Tanaka"><meta name="citation_author" content="The XYZ Consortium">`;

  it('keeps every role of a per-author list and reports initials two authors share', () => {
    const r = page(
      head,
      `<h2>Author contributions</h2>
       <p>Ja.S.: Conceptualisation; methodology; writing (original draft); endorsement. Kim Tanaka: Software;
       writing – review &amp; editing.</p>
       <h2>Acknowledgements</h2><p>J.S. thanks the imaging core.</p>`,
    );
    expect(r.credit).toEqual([
      { author: 'Jane Smith', roles: ['Conceptualization', 'Methodology', 'Writing – original draft'] },
      { author: 'Kim Tanaka', roles: ['Software', 'Writing – review & editing'] },
    ]);
    expect(r.otherContributions).toEqual([{ author: 'Jane Smith', contributions: ['endorsement'] }]);
    expect(r.warnings.filter((w) => w.startsWith('Contributions:'))).toEqual([]);

    const ambiguous = page(head, '<h2>Author contributions</h2><p>Conceptualization: J.S., K.T.</p>');
    expect(ambiguous.credit).toEqual([{ author: 'Kim Tanaka', roles: ['Conceptualization'] }]);
    expect(ambiguous.warnings).toContain(
      'Contributions: "J.S." could be Jane Smith or John Smith; no roles were given to either.',
    );
  });
});
