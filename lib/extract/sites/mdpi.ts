/**
 * MDPI (back matter as h2 sections: Author Contributions, Funding, Acknowledgments…).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const mdpi: SiteAdapter = {
  id: 'mdpi',
  ...matchSite({
    hosts: ['mdpi.com'],
    publisher: /\bmdpi\b|multidisciplinary digital publishing/,
    doiPrefixes: ['10.3390'],
  }),
  sections: { demote: '.article-menu, #left-column, .right-column' },
};

// Made for:
// https://www.mdpi.com/2076-3425/15/3/264
