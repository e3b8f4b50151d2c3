/**
 * PeerJ ("Additional Information and Declarations": Funding, Author Contributions as dl lists).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const peerj: SiteAdapter = {
  id: 'peerj',
  ...matchSite({ hosts: ['peerj.com'], publisher: /\bpeerj\b/, doiPrefixes: ['10.7717'] }),
  sections: { demote: '.article-sidebar, #article-sidebar' },
};

// Made for:
// https://peerj.com/articles/4375/
// https://peerj.com/articles/4886/
