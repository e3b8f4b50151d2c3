/**
 * EMBO Press (Atypon, Wiley-style back matter; "Author contributions", "Acknowledgements").
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const embo: SiteAdapter = {
  id: 'embo',
  ...matchSite({ hosts: ['embopress.org'], publisher: /embo/, doiPrefixes: ['10.15252'] }),
};

// Made for:
// https://www.embopress.org/doi/full/10.15252/embj.2019103470
