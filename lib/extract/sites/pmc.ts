/**
 * PubMed Central: the classic layout, the 2009 div-based render, and the 2024 redesign (pmc.ncbi.nlm.nih.gov).
 */
import { metaTags } from '../dom';
import { hostMatches } from '../page-hints';
import type { SiteAdapter } from '../site-adapter';

export const pmc: SiteAdapter = {
  id: 'pmc',
  // Automatic checks ask for PMC's own host only: the classic www.ncbi.nlm.nih.gov/pmc/ address now
  // redirects there, and the rest of NCBI (PubMed, Gene, Bookshelf) is no business of theirs. Pages
  // at the classic address are still read when the user clicks.
  hosts: ['pmc.ncbi.nlm.nih.gov'],
  matches: (url, doc, h) =>
    hostMatches(h, 'pmc.ncbi.nlm.nih.gov') ||
    (hostMatches(h, 'ncbi.nlm.nih.gov') && (url === null || /\/pmc\//.test(url.pathname))) ||
    /pubmed central/.test(h.publisher) ||
    /\bpmc-body\b/.test(doc.body?.className ?? '') ||
    metaTags(doc).some(([n, c]) => (n === 'ncbi_db' || n === 'ncbi_app') && c === 'pmc'),
  sections: {
    demote:
      '.pmc-sidebar, .pmc-layout__sidebar, .pmc-top-nav, #pmc-sidebar, .courtesy-note, .fm-sec, .permissions',
  },
};

// Made for:
// https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2835157/ (classic layout, "Go to:" links)
// https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5220672/
// https://pmc.ncbi.nlm.nih.gov/articles/PMC6428273/ (2024 redesign)
