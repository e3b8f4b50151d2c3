// Authors' affiliations from schema.org markup, and pages saved with two <body> elements.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
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
