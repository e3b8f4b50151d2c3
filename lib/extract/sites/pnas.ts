/**
 * PNAS (Atypon: "Author contributions:" as a plain-text footnote, ack duplicated in a side tab).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const pnas: SiteAdapter = {
  id: 'pnas',
  ...matchSite({
    hosts: ['pnas.org'],
    publisher: /\bpnas\b|proceedings of the national academy/,
    doiPrefixes: ['10.1073'],
  }),
  // The acknowledgements are rendered twice: in the body and in the "Notes" side tab; read the body.
  sections: { demote: '.core-collateral, #core-collateral-info, .core-authors-notes' },
};

// Made for:
// https://www.pnas.org/doi/10.1073/pnas.0904402107
