/**
 * CRediT roles from JATS: <role> markup inside each <contrib> (vocab="credit", or a CASRAI/NISO
 * content-type), eLife-style <fn fn-type="con"> footnotes linked to authors by xref, and otherwise the
 * contributions text parsed by parseContributions.
 */
import type { Author, CreditRole, StatedCredit } from '../article';
import { normalizeCreditRole } from './credit-roles';
import { childrenNamed, jatsText } from './jats-text';
import { parseContributions } from './parse-contributions';
import type { WordedNote } from './reading-notes';

function entry(author: Author, roles: CreditRole[], other: string[]): StatedCredit | null {
  const unique = Array.from(new Set(roles));
  if (unique.length === 0 && other.length === 0) return null;
  const e: StatedCredit = { author: author.name, roles: unique };
  if (other.length > 0) e.otherRoles = other;
  return e;
}

/** Roles from <role> elements; editor/reviewer roles ("Reviewing Editor") are not author contributions. */
function markupRoles(contrib: Element): { roles: CreditRole[]; other: string[] } {
  const roles: CreditRole[] = [];
  const other: string[] = [];
  for (const role of childrenNamed(contrib, 'role')) {
    const text = jatsText(role);
    const uri = role.getAttribute('vocab-term-identifier') ?? '';
    const r = normalizeCreditRole(text) ?? (uri ? normalizeCreditRole(uri) : null);
    const marked = /credit|casrai|niso/i.test(
      `${role.getAttribute('vocab') ?? ''} ${role.getAttribute('content-type') ?? ''} ${uri}`,
    );
    if (r) roles.push(r);
    else if (marked && text) other.push(text);
  }
  return { roles, other };
}

/** Roles from footnotes the contrib points at (eLife: <xref ref-type="fn" rid="con1"/> → <fn fn-type="con">). */
function footnoteRoles(
  contrib: Element,
  fns: Map<string, Element>,
): { roles: CreditRole[]; other: string[] } {
  const roles: CreditRole[] = [];
  const other: string[] = [];
  for (const x of childrenNamed(contrib, 'xref')) {
    for (const rid of (x.getAttribute('rid') ?? '').split(/\s+/)) {
      const fn = fns.get(rid);
      if (!fn) continue;
      for (const part of jatsText(fn).split(/\s*[,;]\s*/)) {
        const clean = part.replace(/[.\s]+$/, '');
        if (!clean) continue;
        const r = normalizeCreditRole(clean);
        if (r) roles.push(r);
        else other.push(clean);
      }
    }
  }
  return { roles, other };
}

export function jatsCredit(
  contribs: { author: Author; contrib: Element }[],
  conFootnotes: Element[],
  contributionsText: string | null,
  /** Receives what the contributions text left unclear (initials that fit two authors). */
  notes?: WordedNote[],
): StatedCredit[] {
  const fns = new Map<string, Element>();
  for (const fn of conFootnotes) {
    const id = fn.getAttribute('id');
    if (id) fns.set(id, fn);
  }
  for (const source of [markupRoles, (c: Element) => footnoteRoles(c, fns)]) {
    const entries = contribs
      .map(({ author, contrib }) => {
        const { roles, other } = source(contrib);
        return entry(author, roles, other);
      })
      .filter((e): e is StatedCredit => e !== null);
    if (entries.some((e) => e.roles.length > 0 || (e.otherRoles?.length ?? 0) > 0)) return entries;
  }
  if (!contributionsText) return [];
  return parseContributions(
    contributionsText,
    contribs.map((c) => c.author),
    notes,
  );
}
