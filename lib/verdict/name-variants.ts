/**
 * Does a staff name variant found in the text ("Claire Brwon", "María López" for "María López-García")
 * stand? Only when its sentence names the staff member's own facility or cites the facility's own RRID,
 * and when the name as written is not that of an author of the paper who is someone else: a near miss
 * must never turn an author into a different person.
 */
import type { AuthorMatch, ParsedAuthor } from '../match/authors';
import type { CompiledFacility } from '../match/compile';
import type { StaffHit } from '../match/hits';
import { compareNames, fromParts } from '../match/person-name';
import { sentenceOf } from '../match/sentences';
import type { ScannedPlace } from './scanned-place';

export function variantStands(
  cf: CompiledFacility,
  at: ScannedPlace,
  hit: StaffHit,
  authors: ParsedAuthor[],
  asAuthor: AuthorMatch | undefined,
): boolean {
  const starts = at.scan.sentences;
  const s = sentenceOf(starts, hit.start);
  const here = (pos: number) => sentenceOf(starts, pos) === s;
  const named =
    at.scan.names.some((n) => n.facility === cf.index && here(n.start)) ||
    at.scan.weakNames.some((n) => n.facility === cf.index && here(n.start)) ||
    at.rrids.some((r) => cf.rrids.has(r.id) && here(r.start));
  if (!named) return false;
  const written = hit.written && fromParts(hit.written.given, hit.written.family);
  if (!written) return true;
  return !authors.some((a) => a.name && a !== asAuthor?.author && compareNames(written, a.name) === 'exact');
}
