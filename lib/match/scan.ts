/**
 * One pass of a compiled profile over one text (a section body, a methods sentence or an affiliation):
 * facility names (with the generic-name rule), institutions, staff names and generic mentions, all as
 * offsets into the ORIGINAL text.
 */
import type { CompiledProfile } from './compile';
import { findGenericMentions, type GenericMention } from './generic-mentions';
import type { FamilyHit, NameHit, StaffHit } from './hits';
import { institutionOf } from './mention-institution';
import { sentenceOf, sentenceStarts } from './sentences';
import { RRID_ANCHOR } from './staff-confirm';
import { findStaffHits } from './staff-text';
import { streamOf, type TokenStream } from './tokens';

export interface TextScan {
  text: string;
  /** Names that identify a facility (generic names only with their institution nearby). */
  names: NameHit[];
  /** Generic names without their institution: they count only as a generic mention of that facility. */
  weakNames: NameHit[];
  generic: GenericMention[];
  staff: StaffHit[];
  /** A facility's grant number written as in the profile (separators aside). */
  grants: Array<{ facility: number; grant: number; start: number; end: number }>;
  /** Instruments' names and aliases (the longest where forms overlap), and their grants as written. */
  instruments: InstrumentHit[];
  instrumentGrants: Array<{
    facility: number;
    instrument: number;
    grant: number;
    start: number;
    end: number;
  }>;
  /** Sentence start offsets, for "nearby" tests by the caller. */
  sentences: number[];
}

export interface InstrumentHit {
  facility: number;
  instrument: number;
  start: number;
  end: number;
}

export function scanText(cp: CompiledProfile, text: string): TextScan {
  const stream = streamOf(text);
  const raw: Array<NameHit & { generic: boolean }> = [];
  const institutions: Array<{ facility: number; start: number }> = [];
  const families: FamilyHit[] = [];
  const grants: TextScan['grants'] = [];
  const instrumentHits: InstrumentHit[] = [];
  const instrumentGrants: TextScan['instrumentGrants'] = [];
  for (const hit of cp.automaton.find(stream.compact)) {
    const span = tokenSpan(stream, hit.start, hit.end);
    if (!span) continue;
    const [t0, t1] = span;
    const v = hit.value;
    if (v.kind === 'instrument' || v.kind === 'instrumentGrant') {
      const start = stream.tokens[t0]?.start ?? 0;
      const end = stream.tokens[t1]?.end ?? start;
      if (v.kind === 'instrument') instrumentHits.push({ ...v, start, end });
      else
        instrumentGrants.push({ facility: v.facility, instrument: v.instrument, grant: v.grant, start, end });
    } else if (v.kind === 'institution')
      institutions.push({ facility: v.facility, start: stream.tokens[t0]?.start ?? 0 });
    else if (v.kind === 'family')
      families.push({ facility: v.facility, staff: v.staff, t0, t1, partial: v.partial });
    else if (v.kind === 'grant') {
      const start = stream.tokens[t0]?.start ?? 0;
      grants.push({ facility: v.facility, grant: v.grant, start, end: stream.tokens[t1]?.end ?? start });
    } else {
      if (v.caseSensitive !== null && asWritten(stream, t0, t1) !== v.caseSensitive) continue;
      const start = stream.tokens[t0]?.start ?? 0;
      const end = stream.tokens[t1]?.end ?? 0;
      raw.push({ facility: v.facility, form: v.form, start, end, t0, t1, generic: v.generic });
    }
  }
  if (cp.skipFamilies.size > 0) {
    stream.tokens.forEach((t, i) => {
      if (!t.skip || !/^\p{Lu}/u.test(t.raw)) return;
      for (const r of cp.skipFamilies.get(t.norm) ?? [])
        families.push({ ...r, t0: i, t1: i, partial: false });
    });
  }
  // A name inside a longer name ("Flow Cytometry Core" in "CSMC Flow Cytometry Core") is the longer one.
  const maximal = raw.filter(
    (h) =>
      !raw.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const starts = sentenceStarts(text);
  const names: NameHit[] = [];
  const weakNames: NameHit[] = [];
  for (const { generic, ...h } of dedupe(maximal)) {
    if (!generic || !cp.facilities[h.facility]?.hasInstitution) names.push(h);
    else {
      // A generic name ("Light Microscopy Facility") is this facility only with its institution nearby.
      // Its acronym beside it ("Advanced BioImaging Facility (ABIF)") identifies it as well.
      const s = sentenceOf(starts, h.start);
      const isNear = (pos: number) => Math.abs(sentenceOf(starts, pos) - s) <= 1;
      const near =
        institutions.some((i) => i.facility === h.facility && isNear(i.start)) ||
        maximal.some((o) => o.facility === h.facility && !o.generic && isNear(o.start));
      if (near) names.push(h);
      else weakNames.push({ ...h, institution: institutionOf(stream, text, h.t0, h.t1) });
    }
  }
  const allNames = [...names, ...weakNames];
  const generic = findGenericMentions(stream, text).filter(
    (g) => !allNames.some((n) => g.start < n.end && g.end > n.start),
  );
  const anchors = variantAnchors(text, starts, allNames);
  const staff = findStaffHits(cp, stream, text, families, allNames, (pos) =>
    anchors.get(sentenceOf(starts, pos)),
  );
  const instruments = longestInstrumentForms(instrumentHits);
  return { text, names, weakNames, generic, staff, grants, instruments, instrumentGrants, sentences: starts };
}

/**
 * "LSM 880" inside "LSM 880 Airyscan" is the longer form's instrument (two instruments of one facility),
 * and "LSM 980" inside "Zeiss LSM 980" one hit of one instrument; the same span found twice is one hit.
 */
function longestInstrumentForms(hits: InstrumentHit[]): InstrumentHit[] {
  // One sweep in order of start (longest first at a start): a hit is inside a longer one exactly when an
  // earlier hit of its facility reaches as far and is longer. Comparing every pair was quadratic: 15 s on
  // an acknowledgement naming one model 4,000 times.
  const order = hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.facility - b.h.facility || a.h.start - b.h.start || b.h.end - a.h.end);
  const keep = new Set<number>();
  const seen = new Set<string>();
  let facility = Number.NaN;
  // The farthest end of the hits so far, and the start of the first to reach it (the smallest start).
  let reach = -1;
  let reachStart = 0;
  for (const { h, i } of order) {
    if (h.facility !== facility) {
      facility = h.facility;
      reach = -1;
    }
    const inside = reach > h.end || (reach === h.end && reachStart < h.start);
    const k = `${h.instrument}:${h.start}:${h.end}`;
    if (!inside && !seen.has(`${h.facility}:${k}`)) keep.add(i);
    seen.add(`${h.facility}:${k}`);
    if (h.end > reach) {
      reach = h.end;
      reachStart = h.start;
    }
  }
  return hits.filter((_, i) => keep.has(i));
}

/**
 * Sentences where a staff name variant may count: those naming a facility (by sentence, the facilities
 * named) or writing an RRID (RRID_ANCHOR; whose RRID it is, the verdict checks).
 */
function variantAnchors(text: string, starts: number[], names: NameHit[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (pos: number, f: number) => {
    const s = sentenceOf(starts, pos);
    const set = out.get(s);
    if (set) set.add(f);
    else out.set(s, new Set([f]));
  };
  for (const n of names) add(n.start, n.facility);
  for (const m of text.matchAll(RRID_RE)) add(m.index, RRID_ANCHOR);
  return out;
}
const RRID_RE = /\bRRID\b|\bSCR_\d/gi;

/** Token range of a compact match, or null when it does not start and end on token boundaries. */
function tokenSpan(stream: TokenStream, start: number, end: number): [number, number] | null {
  const t0 = stream.tokenAt[start];
  const t1 = stream.tokenAt[end - 1];
  if (t0 === undefined || t1 === undefined) return null;
  if (stream.cStart[t0] !== start || stream.cEnd[t1] !== end) return null;
  return [t0, t1];
}

/** The content tokens as written, accents removed (to compare case-sensitive acronyms). */
function asWritten(stream: TokenStream, t0: number, t1: number): string {
  let s = '';
  for (let i = t0; i <= t1; i++) {
    const t = stream.tokens[i];
    if (t && !t.skip) s += t.raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return s;
}

function dedupe(hits: Array<NameHit & { generic: boolean }>): Array<NameHit & { generic: boolean }> {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const k = `${h.facility}:${h.start}:${h.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
