/**
 * MIT Press journals (Silverchair direct.mit.edu, older Atypon).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const mitpress: SiteAdapter = {
  id: 'mitpress',
  ...matchSite({
    hosts: ['direct.mit.edu', 'mitpressjournals.org'],
    publisher: /mit press/,
    doiPrefixes: ['10.1162'],
  }),
  // The older Atypon layout titles each section with a table (title cell + "Section:" jump menu):
  // the title cell is the heading.
  sections: { headingSelector: 'table.sectionHeading th', headingBox: 'table.sectionHeading' },
};

// Made for:
// https://direct.mit.edu/jocn/article/25/8/1062/27984
// https://www.mitpressjournals.org/doi/full/10.1162/jocn_a_00371
