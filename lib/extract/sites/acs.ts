/**
 * ACS Publications (Atypon: Author Information > Author Contributions, Acknowledgments).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const acs: SiteAdapter = {
  id: 'acs',
  ...matchSite({
    hosts: ['pubs.acs.org'],
    publisher: /american chemical society/,
    doiPrefixes: ['10.1021'],
  }),
  sections: { demote: '.article_header-aside, .article__aside' },
};

// Made for:
// https://pubs.acs.org/doi/10.1021/acs.nanolett.0c00001
// https://pubs.acs.org/doi/10.1021/jacs.9b00001
