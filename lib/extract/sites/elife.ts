/**
 * eLife. Per-author "Contribution" pop-ups (2019+) are not a contributions section: their CRediT roles
 * are read as markup. The 2015 layout's author list has pre-CRediT "Contribution:" lines.
 */
import { collapseWhitespace } from '../../text';
import { matchSite } from '../match-site';
import type { RoleBlock } from '../page-draft';
import type { SiteAdapter } from '../site-adapter';

function roleBlocks(doc: Document): RoleBlock[] {
  const out: RoleBlock[] = [];
  for (const box of doc.querySelectorAll('.author-details')) {
    const name = box.querySelector('.author-details__name');
    if (!name) continue;
    for (const sec of box.querySelectorAll('.author-details__section')) {
      const head = sec.querySelector('.author-details__heading');
      if (!head || !/^contribution/i.test(collapseWhitespace(head.textContent ?? ''))) continue;
      const text = sec.querySelector('.author-details__text')?.textContent ?? '';
      out.push({ name: name.textContent ?? '', roles: text.replace(/[—–]/g, ' – ') });
    }
  }
  return out;
}

export const elife: SiteAdapter = {
  id: 'elife',
  ...matchSite({ hosts: ['elifesciences.org'], publisher: /\belife\b/, doiPrefixes: ['10.7554'] }),
  sections: {
    exclude:
      '.author-details, .author-detail, .author-list, [class*="author-tooltip"], .authors-details__authors',
  },
  // Their roles are read against the authors where the record is finished (refine/role-popups.ts).
  readPage: (doc) => ({ roleBlocks: roleBlocks(doc) }),
};

// Made for:
// https://elifesciences.org/articles/44753 (2019 layout, "Contribution" pop-ups with CRediT roles)
// http://elifesciences.org/content/3/e04407 (2015 layout)
