/**
 * Everything `check` learns from one article, indexed so that each facility's verdict costs only its
 * own hits: a 100-facility profile must not read every text 100 times.
 */
import type { ArticleRecord } from '../article';
import { type AuthorMatch, type ParsedAuthor, parseAuthors, staffAmongAuthors } from '../match/authors';
import { type CompiledProfile, grantTail } from '../match/compile';
import type { GenericMention } from '../match/generic-mentions';
import type { NameHit, StaffHit } from '../match/hits';
import { type InstrumentHit, scanText } from '../match/scan';
import { findGrantNumbers, type GrantMention } from '../profile/grant-number';
import { findRors } from '../profile/ror';
import { findRrids } from '../profile/rrid';
import { variantStands } from './name-variants';
import { CREDIT_SECTIONS, placesOf } from './places';
import type { ScannedPlace, Span } from './scanned-place';

export interface At<T> {
  at: ScannedPlace;
  hit: T;
}

export interface ArticleIndex {
  article: ArticleRecord;
  places: ScannedPlace[];
  authors: ParsedAuthor[];
  /** Staff members who are authors, keyed `facility * 65536 + staff`. */
  staffAuthors: Map<number, AuthorMatch>;
  names: Map<number, Array<At<NameHit>>>;
  weakNames: Map<number, Array<At<NameHit>>>;
  staff: Map<number, Array<At<StaffHit>>>;
  /** In credit sections only. */
  generic: Array<At<GenericMention>>;
  rrids: Map<string, Array<At<Span>>>;
  rors: Map<string, Array<At<Span>>>;
  /** Grant numbers found as the profile writes them, by facility. */
  grantsAsWritten: Map<number, Array<At<{ grant: number; start: number; end: number }>>>;
  /** Facilities with any own hit (name, staff, RRID, ROR, grant); the others take a fast path. */
  touched: Set<number>;
  /** Grant mentions in credit sections, by the last five digits of the number. */
  grants: Map<string, Array<At<GrantMention>>>;
  /** Instruments' names and aliases in credit sections, by facility. */
  instruments: Map<number, Array<At<InstrumentHit>>>;
  /** Instruments' grant numbers found as the profile writes them, by facility. */
  instrumentGrantsAsWritten: Map<
    number,
    Array<At<{ instrument: number; grant: number; start: number; end: number }>>
  >;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexArticle(article: ArticleRecord, cp: CompiledProfile): ArticleIndex {
  const authors = parseAuthors(article.authors);
  const ix: ArticleIndex = {
    article,
    places: [],
    authors,
    staffAuthors: staffAmongAuthors(cp, authors),
    names: new Map(),
    weakNames: new Map(),
    staff: new Map(),
    generic: [],
    rrids: new Map(),
    rors: new Map(),
    grants: new Map(),
    grantsAsWritten: new Map(),
    touched: new Set(),
    instruments: new Map(),
    instrumentGrantsAsWritten: new Map(),
  };
  for (const place of placesOf(article)) {
    const at: ScannedPlace = { place, scan: scanText(cp, place.text), rrids: findRrids(place.text) };
    ix.places.push(at);
    for (const hit of at.scan.names) push(ix.names, hit.facility, { at, hit });
    if (!CREDIT_SECTIONS.has(place.section)) continue;
    for (const hit of at.scan.weakNames) push(ix.weakNames, hit.facility, { at, hit });
    for (const hit of at.scan.staff) {
      const cf = cp.facilities[hit.facility];
      const asAuthor = ix.staffAuthors.get(hit.facility * 65536 + hit.staff);
      if (hit.variant && cf && !variantStands(cf, at, hit, authors, asAuthor)) continue;
      push(ix.staff, hit.facility, { at, hit });
    }
    for (const hit of at.scan.grants) push(ix.grantsAsWritten, hit.facility, { at, hit });
    for (const hit of at.scan.instruments) push(ix.instruments, hit.facility, { at, hit });
    for (const hit of at.scan.instrumentGrants) push(ix.instrumentGrantsAsWritten, hit.facility, { at, hit });
    for (const hit of at.scan.generic) ix.generic.push({ at, hit });
    for (const hit of at.rrids) push(ix.rrids, hit.id, { at, hit });
    for (const hit of findRors(place.text)) push(ix.rors, hit.id, { at, hit });
    for (const hit of findGrantNumbers(place.text)) push(ix.grants, grantTail(hit.raw), { at, hit });
  }
  for (const k of ix.staffAuthors.keys()) ix.touched.add(Math.floor(k / 65536));
  for (const map of [ix.names, ix.weakNames, ix.staff, ix.grantsAsWritten])
    for (const f of map.keys()) ix.touched.add(f);
  if (ix.rrids.size > 0 || ix.rors.size > 0 || ix.grants.size > 0) {
    for (const f of cp.byIdentifier(ix.rrids.keys(), ix.rors.keys(), ix.grants.keys())) ix.touched.add(f);
  }
  return ix;
}
