// Authors' affiliations from schema.org markup, and pages saved with two <body> elements.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fillAffiliations } from '../../../lib/extract/authors';
import { extract } from '../../../lib/extract/index';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const META = `<head>
  <meta name="citation_title" content="A paper">
  <meta name="citation_doi" content="10.1073/pnas.0000000107">
  <meta name="citation_author" content="Ada Brem">
  <meta name="citation_author" content="Karl Kücian">
</head>`;

// Modelled on Atypon's byline (PNAS, SAGE): the list is rendered twice, the second time in pop-ups
// that carry the affiliations.
const BYLINE = `
  <div class="authors">
    <span property="author" typeof="Person"><span property="givenName">Ada</span>
      <span property="familyName">Brem</span></span>
    <span property="author" typeof="Person"><span property="givenName">Karl</span>
      <span property="familyName">Kucian</span></span>
  </div>
  <div class="author-info">
    <span property="author" typeof="Person"><span property="familyName">Brem</span>
      <div property="affiliation" typeof="Organization"><span property="name">Agora Center and</span></div>
      <div property="affiliation" typeof="Organization"><span property="name">Department of Psychiatry, University of Zürich;</span></div>
    </span>
    <span property="author" typeof="Person"><span property="familyName">Kucian</span>
      <div property="affiliation" typeof="Organization"><span property="name">MR Center, University Children's Hospital, Zürich;</span></div>
    </span>
  </div>`;

describe('authors from schema.org markup', () => {
  it('fills affiliations the meta tags lack, from the copy of the byline that has them', () => {
    const r = extract(doc(`<html>${META}<body>${BYLINE}</body></html>`), null);
    expect(r.authors.map((a) => [a.name, a.affiliations])).toEqual([
      ['Ada Brem', ['Agora Center', 'Department of Psychiatry, University of Zürich']],
      ['Karl Kücian', ["MR Center, University Children's Hospital, Zürich"]],
    ]);
  });

  it('leaves meta-tag affiliations alone', () => {
    const head = META.replace(
      '<meta name="citation_author" content="Karl Kücian">',
      '<meta name="citation_author" content="Karl Kücian"><meta name="citation_author_institution" content="Somewhere">',
    );
    const r = extract(doc(`<html>${head}<body>${BYLINE}</body></html>`), null);
    expect(r.authors.map((a) => a.affiliations)).toEqual([[], ['Somewhere']]);
  });
});

describe('a page saved with two <head>/<body> pairs', () => {
  it('reads the second body too (browsers merge them; linkedom keeps both)', () => {
    const html = `<html><head></head><body></body>${META}<body>
      <h2>Acknowledgements</h2><p>We thank the Imaging Core.</p><h2>References</h2><p>1. X.</p></body></html>`;
    const r = extract(doc(html), null);
    expect(r.sections.acknowledgements?.text).toBe('We thank the Imaging Core.');
  });
});

describe('ScienceDirect affiliations', () => {
  const head = `<head><meta name="citation_publisher" content="Elsevier">
    <meta name="citation_author" content="Ana Ruiz"><meta name="citation_author" content="Pieter de Groot"></head>`;

  it('come from the embedded state, by cross-reference or else from the author group', () => {
    // The shape of ScienceDirect's <script type="application/json"> state (authors.content).
    const state = {
      authors: {
        content: [
          {
            '#name': 'author-group',
            $$: [
              {
                '#name': 'author',
                $$: [
                  { '#name': 'given-name', _: 'Ana' },
                  { '#name': 'surname', _: 'Ruiz' },
                  { '#name': 'cross-ref', $: { refid: 'AFF2' }, $$: [{ '#name': 'sup', _: 'b' }] },
                ],
              },
              {
                '#name': 'author',
                $$: [
                  { '#name': 'given-name', _: 'Pieter' },
                  { '#name': 'surname', _: 'de Groot' },
                ],
              },
              {
                '#name': 'affiliation',
                $: { id: 'AFF1' },
                $$: [{ '#name': 'textfn', _: 'Department of Biology, Halden Institute' }],
              },
              {
                '#name': 'affiliation',
                $: { id: 'AFF2' },
                $$: [{ '#name': 'textfn', _: 'Bioimaging Core Facility, Halden Institute' }],
              },
            ],
          },
        ],
      },
    };
    const html = `<html>${head}<body><div id="author-group"></div>
      <script type="application/json">${JSON.stringify(state)}</script></body></html>`;
    const r = extract(doc(html), 'https://www.sciencedirect.com/science/article/pii/S0000000000000001');
    expect(r.authors.map((a) => [a.name, a.affiliations])).toEqual([
      ['Ana Ruiz', ['Bioimaging Core Facility, Halden Institute']],
      [
        'Pieter de Groot',
        ['Department of Biology, Halden Institute', 'Bioimaging Core Facility, Halden Institute'],
      ],
    ]);
  });

  it('come from the rendered byline when there is no state', () => {
    const html = `<html>${head}<body><div id="author-group">
      <button><span class="given-name">Ana</span> <span class="text surname">Ruiz</span><span class="author-ref"><sup>a</sup></span></button>
      <button><span class="given-name">Pieter</span> <span class="text surname">de Groot</span><span class="author-ref"><sup>b</sup></span></button>
      <dl class="affiliation"><dt><sup>a</sup></dt><dd>Department of Biology, Halden Institute</dd></dl>
      <dl class="affiliation"><dt><sup>b</sup></dt><dd>Bioimaging Core Facility, Halden Institute</dd></dl>
      </div></body></html>`;
    const r = extract(doc(html), 'https://www.sciencedirect.com/science/article/pii/S0000000000000001');
    expect(r.authors.map((a) => a.affiliations)).toEqual([
      ['Department of Biology, Halden Institute'],
      ['Bioimaging Core Facility, Halden Institute'],
    ]);
  });
});

describe('matching markup persons to authors', () => {
  it('tells two authors with one family name apart by their initial, and skips a person it cannot place', () => {
    const authors = [
      {
        name: 'Wei Wang',
        given: 'Wei',
        family: 'Wang',
        orcid: null,
        affiliations: [] as string[],
        kind: 'person' as const,
      },
      {
        name: 'Li Wang',
        given: 'Li',
        family: 'Wang',
        orcid: null,
        affiliations: [] as string[],
        kind: 'person' as const,
      },
    ];
    fillAffiliations(authors, [
      { family: 'Wang', given: null, affiliations: ['Somewhere ambiguous'] },
      { family: 'Wang', given: 'Li', affiliations: ['Harvard Imaging Core'] },
      { family: 'Wang', given: 'Wei', affiliations: ['Peking University'] },
    ]);
    expect(authors.map((a) => a.affiliations)).toEqual([['Peking University'], ['Harvard Imaging Core']]);
  });
});

describe('ScienceDirect state, odd shapes', () => {
  const page = (state: unknown) =>
    doc(`<html><head><meta name="citation_publisher" content="Elsevier">
      <meta name="citation_author" content="Ana Ruiz"></head><body><div id="author-group"></div>
      <script type="application/json">${JSON.stringify(state)}</script></body></html>`);
  const url = 'https://www.sciencedirect.com/science/article/pii/S0000000000000001';
  const author = (...extra: object[]) => ({
    '#name': 'author',
    $$: [{ '#name': 'given-name', _: 'Ana' }, { '#name': 'surname', _: 'Ruiz' }, ...extra],
  });

  it('gives an author whose only cross-reference is a footnote their group’s affiliation', () => {
    const state = {
      authors: {
        content: [
          {
            '#name': 'author-group',
            $$: [
              author({ '#name': 'cross-ref', $: { refid: 'cor1' } }),
              {
                '#name': 'affiliation',
                $: { id: 'af1' },
                $$: [{ '#name': 'textfn', _: 'Halden Institute' }],
              },
            ],
          },
        ],
      },
    };
    expect(extract(page(state), url).authors[0]?.affiliations).toEqual(['Halden Institute']);
  });

  it('reads an affiliation without textfn as its parts, label left out', () => {
    const state = {
      authors: {
        content: [
          {
            '#name': 'author-group',
            $$: [
              author(),
              {
                '#name': 'affiliation',
                $: { id: 'af1' },
                $$: [
                  { '#name': 'label', _: 'a' },
                  { '#name': 'organization', _: 'Halden Institute' },
                  { '#name': 'city', _: 'Oslo' },
                ],
              },
            ],
          },
        ],
      },
    };
    expect(extract(page(state), url).authors[0]?.affiliations).toEqual(['Halden Institute, Oslo']);
  });

  it('survives a state of another shape and still runs the rest of the adapter', () => {
    const r = extract(page({ authors: { content: { unexpected: true } } }), url);
    expect(r.site).toBe('sciencedirect');
    expect(r.warnings.filter((w) => w.includes('failed'))).toEqual([]);
  });
});
