/**
 * CRediT roles given per author in markup (PLOS "Roles" pop-ups, eLife "Contribution" pop-ups): each
 * author block has a name and a comma-separated role list. Names are matched back to record authors.
 */
import type { Author, CreditRole, StatedCredit } from '../article';
import { collapseWhitespace, foldCase } from '../text';
import { normalizeCreditRole } from './credit-roles';
import type { RoleBlock } from './page-draft';

/** Splits "Methodology, Writing – original draft" into CRediT roles; the rest goes to otherRoles. */
export function creditFromBlocks(blocks: RoleBlock[], authors: Author[]): StatedCredit[] {
  const byKey = new Map(authors.map((a) => [foldCase(a.name), a.name]));
  const out: StatedCredit[] = [];
  for (const b of blocks) {
    const name = collapseWhitespace(b.name).replace(/[\s,;*†‡§]+$/u, '');
    if (!name) continue;
    const roles: CreditRole[] = [];
    const other: string[] = [];
    for (const part of b.roles.split(/[,;]\s*/)) {
      const p = collapseWhitespace(part).replace(/\.$/, '');
      if (!p) continue;
      const role = normalizeCreditRole(p);
      if (role && !roles.includes(role)) roles.push(role);
      else if (!role) other.push(p);
    }
    if (!roles.length) continue;
    const entry: StatedCredit = { author: byKey.get(foldCase(name)) ?? name, roles };
    if (other.length) entry.otherRoles = other;
    out.push(entry);
  }
  return out;
}
