/**
 * Staff statuses (author / acknowledged / absent) and the staff flags: NAME_VARIANT,
 * AUTHORSHIP_CANDIDATE and STAFF_NOT_NAMED.
 *
 * STAFF_NOT_NAMED is raised only when the facility is named (not generic or missing) and at least one
 * listed staff member was in post when the paper appeared (start/end dates, two years' slack after
 * leaving). Without those limits it fires on every paper of a large facility whose staff list spans
 * decades, and a flag that is always on is noise; with them it says "someone who could have been
 * thanked by name was not", which a manager can act on.
 */
import type { CreditRole } from '../article';
import { type AuthorMatch, authorByInitials } from '../match/authors';
import { mayHaveCue } from '../match/authorship-stems';
import type { CompiledFacility } from '../match/compile';
import { fold } from '../match/tokens';
import type { ArticleIndex } from './article-index';
import type { AuthorshipAnalyser } from './authorship-weighing';
import { activeAt } from './dates';
import type { AddEvidence } from './scanned-place';
import type { AuthorshipCandidate, CreditLevel, Flag, StaffVerdict } from './types';

/** Mentions of one staff member in the acknowledgements weighed for an authorship cue. */
const MAX_CUE_MENTIONS = 5;

export function staffVerdicts(
  cf: CompiledFacility,
  ix: ArticleIndex,
  credit: CreditLevel,
  ev: AddEvidence,
  analyse: AuthorshipAnalyser | undefined,
): { verdicts: StaffVerdict[]; flags: Flag[]; pending: AuthorshipCandidate[] } {
  const flags = new Set<Flag>();
  // Without the analysis, the mentions it would weigh are handed back (lib/verdict/authorship-weighing.ts).
  const pending: AuthorshipCandidate[] = [];
  let authorship = false;
  const hits = ix.staff.get(cf.index) ?? [];
  const asAuthor: Array<AuthorMatch | null> = cf.staff.map(
    (_, si) => ix.staffAuthors.get(cf.index * 65536 + si) ?? null,
  );
  const verdicts = cf.staff.map((s, si): StaffVerdict => {
    const match = asAuthor[si];
    if (match) {
      if (match.match === 'variant') flags.add('NAME_VARIANT');
      return { name: s.member.name, status: 'author', roles: rolesOf(ix, match.author.author.name) };
    }
    let acknowledged = false;
    let weighed = 0;
    for (const { at, hit } of hits) {
      if (hit.staff !== si) continue;
      acknowledged = true;
      ev(at, hit.start, hit.end);
      if (hit.variant) flags.add('NAME_VARIANT');
      if (at.place.section !== 'acknowledgements') continue;
      // A paper thanks a person once or twice; a page naming them hundreds of times (damaged, repeated)
      // would cost a language parse per mention.
      if (++weighed > MAX_CUE_MENTIONS) continue;
      if (!mayHaveCue(at.place.text, hit.end)) continue;
      const others = at.scan.staff
        .filter((o) => o.start !== hit.start)
        .map((o) => ({ start: o.start, end: o.end }));
      if (!analyse) {
        pending.push({ start: hit.start, end: hit.end, others });
        continue;
      }
      const cue = analyse(at.place.text, hit.start, hit.end, others);
      if (cue) {
        authorship = true;
        ev(at, cue.start, cue.end);
      }
    }
    return { name: s.member.name, status: acknowledged ? 'acknowledged' : 'absent', roles: [] };
  });
  // After every staff member's NAME_VARIANT, so that weighing later puts the flag in the same place.
  if (authorship) flags.add('AUTHORSHIP_CANDIDATE');
  markInitials(ix, asAuthor, ev);
  if (credit === 'named' || credit === 'named-with-pid') {
    const inPost = cf.staff.filter((s) => activeAt(s.member.start, s.member.end, ix.article.published, 2));
    const someoneNamed = verdicts.some((v) => v.status !== 'absent');
    if (inPost.length > 0 && !someoneNamed) flags.add('STAFF_NOT_NAMED');
  }
  return { verdicts, flags: [...flags], pending };
}

/** CRediT roles of an author, by display name. */
function rolesOf(ix: ArticleIndex, authorName: string): CreditRole[] {
  const key = fold(authorName);
  return ix.article.credit.find((c) => fold(c.author) === key)?.roles ?? [];
}

/**
 * Papers name their own authors by initials in acknowledgements and contributions ("CA is a member of
 * the ABIF"). When the initials belong to exactly one author who is a staff member, that is evidence of
 * the staff member's part.
 */
function markInitials(ix: ArticleIndex, asAuthor: Array<AuthorMatch | null>, ev: AddEvidence): void {
  const staffAuthors = new Set(asAuthor.filter((m) => m !== null).map((m) => m.author.index));
  if (staffAuthors.size === 0) return;
  for (const at of ix.places) {
    const { section, text } = at.place;
    if (section !== 'acknowledgements' && section !== 'contributions') continue;
    for (const m of text.matchAll(/(?<![\p{L}.])(\p{Lu})\.?\s?(\p{Lu})\.?(?:\s?(\p{Lu})\.?)?(?![\p{L}])/gu)) {
      const initials = (m[1] ?? '') + (m[2] ?? '') + (m[3] ?? '');
      const author = authorByInitials(initials, ix.authors);
      if (author && staffAuthors.has(author.index)) ev(at, m.index, m.index + m[0].trimEnd().length);
    }
  }
}
