/**
 * SpringerLink journal articles.
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const springer: SiteAdapter = {
  id: 'springer',
  ...matchSite({ hosts: ['link.springer.com'], publisher: /\bspringer\b/, doiPrefixes: ['10.1007'] }),
  sections: { demote: '.c-article-extras, .c-reading-companion, .c-article-recommendations' },
};

// Made for:
// https://link.springer.com/article/10.1007/s10548-018-0650-y
// https://link.springer.com/article/10.1007/s11682-016-9561-2 ("Notes" > "Acknowledgments")
