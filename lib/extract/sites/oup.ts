/**
 * Oxford Academic (Silverchair: h2.section-title, "Conflict of Interest" as an italic run-in).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const oup: SiteAdapter = {
  id: 'oup',
  ...matchSite({
    hosts: ['academic.oup.com'],
    publisher: /oxford (university press|academic)|oup academic/,
    doiPrefixes: ['10.1093'],
  }),
  sections: { demote: '.widget-ArticleNavLinks, .article-metadata-panel, #ContentTabFilteredView' },
};

// Made for:
// https://academic.oup.com/cercor/article/18/11/2494/290170
// https://academic.oup.com/scan/article/11/2/215/2375122
