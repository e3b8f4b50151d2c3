/**
 * Taylor & Francis Online (Atypon; "Jump to section" menus between sections).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const tandf: SiteAdapter = {
  id: 'tandf',
  ...matchSite({
    hosts: ['tandfonline.com'],
    publisher: /taylor (&|and) francis/,
    doiPrefixes: ['10.1080'],
  }),
  sections: { demote: '.summationNavigation, .sectionNav' },
};

// Made for:
// https://www.tandfonline.com/doi/full/10.1080/20550308.2015.1135230
