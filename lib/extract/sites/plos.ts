/**
 * PLOS journals. "Funding:" and "Author Contributions:" are run-in paragraphs in the front matter
 * (2014 layout) and per-author "Roles" pop-ups carry CRediT roles (2019+ layout).
 */
import { collapseWhitespace } from '../../text';
import { matchSite } from '../match-site';
import type { RoleBlock } from '../page-draft';
import type { SiteAdapter } from '../site-adapter';

function roleBlocks(doc: Document): RoleBlock[] {
  const out: RoleBlock[] = [];
  for (const li of doc.querySelectorAll('#author-list > li, ul.author-list > li')) {
    const name = li.querySelector('.author-name');
    const roles = li.querySelector('.roles');
    if (!name || !roles) continue;
    // The name link also holds the "contributed equally" marker span; its own text is the name.
    const rolesText = collapseWhitespace(roles.textContent ?? '').replace(/^Roles\s*/i, '');
    out.push({ name: collapseWhitespace(name.textContent ?? ''), roles: rolesText });
  }
  return out;
}

export const plos: SiteAdapter = {
  id: 'plos',
  ...matchSite({
    hosts: [
      'plos.org',
      'plosone.org',
      'plosbiology.org',
      'ploscompbiol.org',
      'plosgenetics.org',
      'plospathogens.org',
    ],
    publisher: /public library of science|\bplos\b/,
    doiPrefixes: ['10.1371'],
  }),
  // The author pop-ups are not sections; their roles are read as markup below.
  sections: { exclude: '.author-info, #author-list' },
  // Their roles are read against the authors where the record is finished (refine/role-popups.ts).
  readPage: (doc) => ({ roleBlocks: roleBlocks(doc) }),
};

// Made for:
// https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0213978 (2019 layout, Roles pop-ups)
// http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0111303 (2014 layout)
