/**
 * nature.com (Nature, Scientific Reports, Nature Communications…).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const nature: SiteAdapter = {
  id: 'nature',
  ...matchSite({
    hosts: ['nature.com'],
    publisher: /nature (publishing group|research|portfolio)|springer nature/,
    doiPrefixes: ['10.1038'],
  }),
  sections: { demote: '.c-article-extras, .c-reading-companion, [data-track-component="reading companion"]' },
};

// Made for:
// https://www.nature.com/articles/s41598-020-61892-5 ("Author information > Contributions")
// https://www.nature.com/articles/nature10790 (2012 layout)
// https://www.nature.com/articles/d41586-020-02610-z (news, no sections)
