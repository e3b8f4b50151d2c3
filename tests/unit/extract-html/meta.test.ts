// Bibliographic fields from meta tags and JSON-LD.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normaliseDoi } from '../../../lib/doi';
import { makeAuthor } from '../../../lib/extract/authors';
import { extract } from '../../../lib/extract/index';
import { normaliseDate } from '../../../lib/extract/meta';

const page = (head: string) =>
  extract(
    parseHTML(`<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`)
      .document as unknown as Document,
    null,
  );

describe('normaliseDoi', () => {
  it.each([
    ['10.1371/journal.pone.0213978', '10.1371/journal.pone.0213978'],
    ['https://doi.org/10.1016/S0896-6273(03)00803-1', '10.1016/s0896-6273(03)00803-1'],
    ['doi:10.7554/eLife.44753', '10.7554/elife.44753'],
    ['info:doi/10.1038%2Fnature10790', '10.1038/nature10790'],
    ['10.1000/abc.', '10.1000/abc'],
    ['not a doi', null],
    ['', null],
  ])('%s → %s', (raw, doi) => {
    expect(normaliseDoi(raw)).toBe(doi);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2019/03/20', '2019-03-20'],
    ['2019-3-5', '2019-03-05'],
    ['2019/03', '2019-03'],
    ['2019', '2019'],
    ['2019-04-18T10:00:00Z', '2019-04-18'],
    ['20 March 2019', '2019-03-20'],
    ['March 2019', '2019-03'],
    ['soon', null],
  ])('%s → %s', (raw, iso) => {
    expect(normaliseDate(raw)).toBe(iso);
  });
});

describe('makeAuthor', () => {
  it.each([
    ['Smith, John A.', 'John A. Smith', 'John A.', 'Smith'],
    ['John A. Smith', 'John A. Smith', 'John A.', 'Smith'],
    ['Plato', 'Plato', null, 'Plato'],
    ['  Erin  Newman-Smith ', 'Erin Newman-Smith', 'Erin', 'Newman-Smith'],
  ])('%s', (raw, name, given, family) => {
    expect(makeAuthor(raw)).toMatchObject({ name, given, family });
  });
});

describe('meta tags', () => {
  it('reads citation_* with each author’s institutions and ORCID, in order', () => {
    const r = page(`
      <meta name="citation_title" content="A title">
      <meta name="citation_doi" content="10.1234/ABC">
      <meta name="citation_journal_title" content="J. Tests">
      <meta name="citation_publication_date" content="2020/01/31">
      <meta name="citation_author" content="Berg, Anna">
      <meta name="citation_author_institution" content="Uni A">
      <meta name="citation_author_orcid" content="https://orcid.org/0000-0002-1825-0097">
      <meta name="citation_author" content="Carl Dahl">
      <meta name="citation_author_institution" content="Uni B">`);
    expect(r).toMatchObject({
      title: 'A title',
      doi: '10.1234/abc',
      journal: 'J. Tests',
      published: '2020-01-31',
    });
    expect(r.authors).toEqual([
      {
        name: 'Anna Berg',
        given: 'Anna',
        family: 'Berg',
        orcid: '0000-0002-1825-0097',
        affiliations: ['Uni A'],
        kind: 'person',
      },
      {
        name: 'Carl Dahl',
        given: 'Carl',
        family: 'Dahl',
        orcid: null,
        affiliations: ['Uni B'],
        kind: 'person',
      },
    ]);
  });

  it('falls back to Dublin Core, then to a citation_authors list', () => {
    expect(
      page('<meta name="DC.Creator" content="Ann Lee"><meta name="dc.creator" content="Bo Ek">').authors.map(
        (a) => a.name,
      ),
    ).toEqual(['Ann Lee', 'Bo Ek']);
    expect(
      page('<meta name="citation_authors" content="Ann Lee, Bo Ek, and  Cy Ox">').authors.map((a) => a.name),
    ).toEqual(['Ann Lee', 'Bo Ek', 'Cy Ox']);
  });

  it('reads JSON-LD (with @graph) when there are no meta tags, and survives broken JSON-LD', () => {
    const ld = {
      '@graph': [
        {
          '@type': 'ScholarlyArticle',
          headline: 'From JSON-LD',
          doi: '10.5555/XYZ',
          datePublished: '2021-05-06',
          isPartOf: { name: 'LD Journal' },
          author: [{ '@type': 'Person', givenName: 'Ann', familyName: 'Lee', affiliation: { name: 'Uni' } }],
        },
      ],
    };
    const r = page(
      `<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(r).toMatchObject({
      title: 'From JSON-LD',
      doi: '10.5555/xyz',
      journal: 'LD Journal',
      published: '2021-05-06',
    });
    expect(r.authors).toEqual([
      { name: 'Ann Lee', given: 'Ann', family: 'Lee', orcid: null, affiliations: ['Uni'], kind: 'person' },
    ]);
  });
});
