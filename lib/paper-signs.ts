/**
 * Signs, in the page's head and links, that a page of a publisher's site is a paper: the scholarly
 * metadata publishers add for indexers (Highwire `citation_*`, Dublin Core, PRISM) or a DOI link. The
 * automatic check asks the page this one native query before it injects the reader, so the site's
 * other pages (home, search, tables of contents) cost it well under a millisecond (docs/PERFORMANCE.md).
 * Every page of the corpus and every e2e fixture that is a paper has one of them.
 */
export const PAPER_SIGNS = [
  'meta[name^="citation_" i]',
  'meta[name^="dc." i]',
  'meta[name^="prism." i]',
  'meta[name="doi" i]',
  'a[href*="doi.org/10."]',
].join(', ');

export function hasPaperSigns(doc: ParentNode): boolean {
  return doc.querySelector(PAPER_SIGNS) !== null;
}
