/**
 * Royal Society Publishing (HighWire and Atypon layouts).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const royalsociety: SiteAdapter = {
  id: 'royalsociety',
  ...matchSite({
    hosts: ['royalsocietypublishing.org', 'rsos.royalsocietypublishing.org'],
    // Not the Royal Society of Chemistry (pubs.rsc.org), another publisher with other markup.
    publisher: /royal society(?! of chemistry)/,
    doiPrefixes: ['10.1098'],
  }),
};

// Made for:
// https://royalsocietypublishing.org/doi/10.1098/rsos.160123
