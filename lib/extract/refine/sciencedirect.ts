/**
 * ScienceDirect's refinements, from what sites/sciencedirect.ts read in the page: the authors with their
 * affiliations, CRediT roles from the page's state (which replace those read from the text, while what the
 * text said beyond CRediT stays), a DOI from inline script.
 */
import type { ArticleDraft, CreditRole, StatedCredit } from '../../article';
import { collapseWhitespace } from '../../text';
import { normalizeCreditRole } from '../credit-roles';
import type { SiteRead } from '../page-draft';

export function refineSciencedirect(record: ArticleDraft, site: SiteRead): void {
  if (site.authors) record.authors = site.authors;
  const stated = new Map(record.credit.map((c) => [c.author, c.otherRoles]));
  const credit: StatedCredit[] = [];
  for (const s of site.statedRoles ?? []) {
    const roles: CreditRole[] = [];
    for (const r of s.roles) {
      const role = normalizeCreditRole(r.uri) ?? normalizeCreditRole(r.text);
      if (role && !roles.includes(role)) roles.push(role);
    }
    if (!roles.length) continue;
    const otherRoles = stated.get(s.author);
    credit.push(otherRoles?.length ? { author: s.author, roles, otherRoles } : { author: s.author, roles });
  }
  if (credit.length) {
    const named = new Set(credit.map((c) => c.author));
    const textOnly = record.credit.filter((c) => !named.has(c.author) && c.otherRoles?.length);
    record.credit = [...credit, ...textOnly.map((c) => ({ ...c, roles: [] }))];
  }
  record.doi ??= site.doi ?? null;
  if (record.title) record.title = collapseWhitespace(record.title);
}
