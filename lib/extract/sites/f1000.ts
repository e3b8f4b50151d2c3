/**
 * F1000Research and its sister platforms.
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const f1000: SiteAdapter = {
  id: 'f1000',
  ...matchSite({
    hosts: [
      'f1000research.com',
      'wellcomeopenresearch.org',
      'gatesopenresearch.org',
      'open-research-europe.ec.europa.eu',
    ],
    publisher: /f1000/,
    doiPrefixes: ['10.12688'],
  }),
  // "Grant information" appears in the header panel and again in the body: read the body copy.
  sections: {
    demote: '.article-information, .f1r-article-header, .article-header-information, .js-article-panel',
  },
};

// Made for:
// https://f1000research.com/articles/3-305/v2
