/**
 * Frontiers (current and 2014 layouts).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const frontiers: SiteAdapter = {
  id: 'frontiers',
  ...matchSite({
    hosts: ['frontiersin.org'],
    publisher: /(?:^|\| )frontiers\b/,
    doiPrefixes: ['10.3389'],
  }),
  sections: { demote: '.ArticleLayoutFooter, .article-right-col, .related-articles' },
};

// Made for:
// https://www.frontiersin.org/articles/10.3389/fpsyg.2014.01582/full (2014 layout)
// https://www.frontiersin.org/journals/neuroscience/articles/10.3389/fnins.2023.1137567/full
