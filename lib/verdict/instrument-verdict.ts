/**
 * Which of a facility's instruments a paper used, and whether it cites their grants (docs/CLI.md). A model
 * name alone does not say whose instrument it was: many facilities have an "LSM 980". So a name counts
 * only together with something that identifies this facility in the same sentence (its name, alias,
 * acronym or RRID, one of its grants or the instrument's own) or, in the methods, in the same paragraph;
 * or alone when the profile says the model exists only at this facility, or by the instrument's own RRID.
 * Grants of instruments that were not used are never asked for.
 */
import type { CompiledFacility, CompiledInstrument } from '../match/compile';
import { sentenceOf } from '../match/sentences';
import { grantsMatch } from '../profile/grant-number';
import type { Grant, Instrument } from '../profile/types';
import { instrumentStatement } from '../statement/instrument';
import type { ArticleIndex, At } from './article-index';
import { activeAt } from './dates';
import type { ScannedPlace } from './scanned-place';
import type { Evidence, InstrumentVerdict } from './types';

export interface OwedInstrumentGrants {
  instrument: Instrument;
  grants: Grant[];
}

export interface InstrumentResult {
  verdicts: InstrumentVerdict[];
  /** Each used instrument's required grants that the paper does not cite (instruments owing none left out). */
  owed: OwedInstrumentGrants[];
}

interface Span {
  at: ScannedPlace;
  start: number;
  end: number;
}

const NONE: InstrumentResult = { verdicts: [], owed: [] };

/**
 * `facilityNamed`: the paper names the facility where credit counts, so its generic name ("Light
 * Microscopy Core") without the institution beside the instrument is this facility too.
 */
export function instrumentVerdicts(
  cf: CompiledFacility,
  ix: ArticleIndex,
  facilityNamed: boolean,
): InstrumentResult {
  if (cf.instruments.length === 0) return NONE;
  const hits = ix.instruments.get(cf.index) ?? [];
  // Where the facility is identified, indexed once, and only when the paper names one of its instruments.
  const facilityAnchors = hits.length > 0 ? anchorIndex(anchorsOf(cf, ix, facilityNamed), ix) : null;
  const published = ix.article.published;
  const result: InstrumentResult = { verdicts: [], owed: [] };
  cf.instruments.forEach((ci, k) => {
    const inst = ci.instrument;
    const cited = grantSpans(ci, k, ix, cf.index);
    const own = facilityAnchors ? anchorIndex([...cited.values()].flat(), ix) : null;
    const evidence: Evidence[] = [];
    for (const { at, hit } of hits) {
      if (hit.instrument !== k) continue;
      if (
        inst.uniqueToFacility ||
        anchored(at, hit.start, facilityAnchors as AnchorIndex, ix) ||
        anchored(at, hit.start, own as AnchorIndex, ix)
      ) {
        evidence.push(evidenceAt({ at, start: hit.start, end: hit.end }));
      }
    }
    for (const { at, hit } of (ci.rrid && ix.rrids.get(ci.rrid)) || []) {
      evidence.push(evidenceAt({ at, start: hit.start, end: hit.end }));
    }
    const used = evidence.length > 0;
    const owed = used
      ? inst.grants.filter(
          (g, gi) => g.required && !cited.has(gi) && activeAt(g.activeFrom, g.activeTo, published, 2),
        )
      : [];
    if (owed.length > 0) result.owed.push({ instrument: inst, grants: owed });
    result.verdicts.push({
      id: inst.id,
      name: inst.name,
      used,
      evidence,
      grants: inst.grants.map((g, gi) => ({ number: g.number, status: cited.has(gi) ? 'cited' : 'missing' })),
      suggestion:
        owed.length > 0 ? instrumentStatement(cf.facility, [{ instrument: inst, grants: owed }]) : null,
    });
  });
  return result;
}

/** Where the paper identifies the facility: names, RRIDs, grants (and generic names once it is named). */
function anchorsOf(cf: CompiledFacility, ix: ArticleIndex, facilityNamed: boolean): Span[] {
  const out: Span[] = [];
  const add = ({ at, hit }: At<{ start: number; end: number }>) =>
    out.push({ at, start: hit.start, end: hit.end });
  (ix.names.get(cf.index) ?? []).forEach(add);
  if (facilityNamed) (ix.weakNames.get(cf.index) ?? []).forEach(add);
  for (const id of cf.rrids) (ix.rrids.get(id) ?? []).forEach(add);
  cf.facility.grants.forEach((g, gi) => {
    for (const m of ix.grants.get(cf.grantTails[gi] ?? '') ?? [])
      if (grantsMatch(g.number, m.hit.raw)) add(m);
  });
  (ix.grantsAsWritten.get(cf.index) ?? []).forEach(add);
  return out;
}

/** Where each of instrument `k`'s grants is cited, by grant index (uncited grants absent). */
function grantSpans(
  ci: CompiledInstrument,
  k: number,
  ix: ArticleIndex,
  facility: number,
): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  const add = (gi: number, m: At<{ start: number; end: number }>) => {
    const span = { at: m.at, start: m.hit.start, end: m.hit.end };
    const list = out.get(gi);
    if (list) list.push(span);
    else out.set(gi, [span]);
  };
  ci.instrument.grants.forEach((g, gi) => {
    for (const m of ix.grants.get(ci.grantTails[gi] ?? '') ?? [])
      if (grantsMatch(g.number, m.hit.raw)) add(gi, m);
  });
  for (const m of ix.instrumentGrantsAsWritten.get(facility) ?? [])
    if (m.hit.instrument === k) add(m.hit.grant, m);
  return out;
}

/** Anchors by place and sentence, and by methods paragraph: looked up, not compared hit by hit. */
interface AnchorIndex {
  sentences: Map<ScannedPlace, Set<number>>;
  paragraphs: Set<number>;
}

function anchorIndex(spans: Span[], ix: ArticleIndex): AnchorIndex {
  const index: AnchorIndex = { sentences: new Map(), paragraphs: new Set() };
  for (const a of spans) {
    const set = index.sentences.get(a.at) ?? new Set<number>();
    set.add(sentenceOf(a.at.scan.sentences, a.start));
    index.sentences.set(a.at, set);
    const paragraph = paragraphOf(a.at, ix);
    if (paragraph !== undefined) index.paragraphs.add(paragraph);
  }
  return index;
}

/** An anchor in the same sentence of the same text, or in the same methods paragraph. */
function anchored(at: ScannedPlace, pos: number, anchors: AnchorIndex, ix: ArticleIndex): boolean {
  if (anchors.sentences.get(at)?.has(sentenceOf(at.scan.sentences, pos))) return true;
  const paragraph = paragraphOf(at, ix);
  return paragraph !== undefined && anchors.paragraphs.has(paragraph);
}

function paragraphOf(at: ScannedPlace, ix: ArticleIndex): number | undefined {
  if (at.place.section !== 'methods' || at.place.index === undefined) return undefined;
  return ix.article.methodsMentions[at.place.index]?.paragraph;
}

function evidenceAt({ at, start, end }: Span): Evidence {
  const p = at.place;
  const e: Evidence = { section: p.section, text: p.text.slice(start, end), start, end };
  if (p.index !== undefined) e.index = p.index;
  return e;
}
