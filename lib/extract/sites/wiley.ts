/**
 * Wiley Online Library (Atypon; 2015 layout with a "Funded by" panel).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const wiley: SiteAdapter = {
  id: 'wiley',
  ...matchSite({
    hosts: ['onlinelibrary.wiley.com', 'wiley.com'],
    publisher: /wiley/,
    doiPrefixes: ['10.1002', '10.1111'],
  }),
  sections: { demote: '.article-row-right, .article__tab-content, #article-info-panel' },
};

// Made for:
// https://onlinelibrary.wiley.com/doi/10.1111/epi.17430
// https://onlinelibrary.wiley.com/doi/10.1111/epi.18058
// https://onlinelibrary.wiley.com/doi/10.1002/advs.201500314 (2015 layout, "Funded by")
