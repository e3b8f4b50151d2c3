/**
 * SAGE Journals (Atypon 2023; upper-case back-matter headings).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const sage: SiteAdapter = {
  id: 'sage',
  ...matchSite({
    hosts: ['journals.sagepub.com', 'sagepub.com'],
    publisher: /\bsage\b/,
    doiPrefixes: ['10.1177'],
  }),
  sections: { demote: '.core-collateral, .article__aside' },
};

// Made for:
// https://journals.sagepub.com/doi/10.3233/JAD-221229
