/** One facility's verdict, from its own hits in the article index. */
import type { CompiledFacility } from '../match/compile';
import { sameInstitution } from '../match/institution-match';
import type { NamedInstitution } from '../match/mention-institution';
import { sentenceOf } from '../match/sentences';
import { grantsMatch } from '../profile/grant-number';
import type { ArticleIndex } from './article-index';
import type { AuthorshipAnalyser } from './authorship-weighing';
import { activeAt } from './dates';
import { instrumentVerdicts } from './instrument-verdict';
import { CREDIT_SECTIONS } from './places';
import type { AddEvidence, ScannedPlace } from './scanned-place';
import { staffVerdicts } from './staff-verdict';
import { suggestStatement } from './suggestion';
import type { CreditLevel, Evidence, Flag, GrantVerdict, RridStatus, Verdict, Where } from './types';

const WHERE_ORDER: Where[] = ['acknowledgements', 'funding', 'methods', 'contributions', 'affiliations'];
// An RRID this close after the facility's name is that facility's RRID ("ABIF (RRID:SCR_…)").
const RRID_WINDOW = 60;

export function facilityVerdict(
  cf: CompiledFacility,
  ix: ArticleIndex,
  lang = 'en',
  analyse?: AuthorshipAnalyser,
): Verdict {
  if (!ix.touched.has(cf.index)) return untouchedVerdict(cf, ix, lang);
  const f = cf.facility;
  const evidence: Evidence[] = [];
  // Unnamed mentions are evidence only when nothing better is there.
  const genericEvidence: Evidence[] = [];
  const make = (at: ScannedPlace, start: number, end: number): Evidence => {
    const p = at.place;
    const e: Evidence = { section: p.section, text: p.text.slice(start, end), start, end };
    if (p.index !== undefined) e.index = p.index;
    return e;
  };
  const ev: AddEvidence = (at, start, end) => evidence.push(make(at, start, end));
  const named = new Set<Where>();
  const genericIn = new Set<Where>();

  const names = ix.names.get(cf.index) ?? [];
  for (const { at, hit } of names) {
    named.add(at.place.section);
    ev(at, hit.start, hit.end);
  }

  let rridPresent = false;
  for (const id of cf.rrids) {
    for (const { at, hit } of ix.rrids.get(id) ?? []) {
      rridPresent = true;
      named.add(at.place.section);
      ev(at, hit.start, hit.end);
    }
  }
  let rridWrong = false;
  if (!rridPresent && cf.rrids.size > 0) {
    for (const { at, hit } of names) {
      if (!CREDIT_SECTIONS.has(at.place.section)) continue;
      for (const r of at.rrids) {
        if (r.id.startsWith('SCR_') && !cf.rrids.has(r.id) && nextTo(at.place.text, hit.end, r.start)) {
          rridWrong = true;
          ev(at, r.start, r.end);
        }
      }
    }
  }
  let rorPresent = false;
  for (const { at, hit } of (cf.ror && ix.rors.get(cf.ror)) || []) {
    rorPresent = true;
    ev(at, hit.start, hit.end);
  }

  const cited = new Set<number>();
  f.grants.forEach((g, gi) => {
    for (const { at, hit } of ix.grants.get(cf.grantTails[gi] ?? '') ?? []) {
      if (!grantsMatch(g.number, hit.raw)) continue;
      cited.add(gi);
      ev(at, hit.start, hit.end);
    }
  });
  for (const { at, hit } of ix.grantsAsWritten.get(cf.index) ?? []) {
    cited.add(hit.grant);
    ev(at, hit.start, hit.end);
  }

  // A generic name ("Flow Cytometry Core") without its institution is still this facility when one of
  // its own identifiers (RRID, grant) stands in the same or the next sentence.
  for (const { at, hit } of ix.weakNames.get(cf.index) ?? []) {
    const s = sentenceOf(at.scan.sentences, hit.start);
    const own = evidence.some(
      (e) =>
        e.section === at.place.section &&
        e.index === at.place.index &&
        Math.abs(sentenceOf(at.scan.sentences, e.start) - s) <= 1,
    );
    if (own) {
      named.add(at.place.section);
      ev(at, hit.start, hit.end);
    } else if (!atAnotherInstitution(cf, hit.institution)) {
      genericIn.add(at.place.section);
      genericEvidence.push(make(at, hit.start, hit.end));
    }
  }
  for (const { at, hit } of ix.generic) {
    if (hit.fields.size > 0 && cf.fields.size > 0 && ![...hit.fields].some((x) => cf.fields.has(x))) continue;
    if (atAnotherInstitution(cf, hit.institution)) continue;
    genericIn.add(at.place.section);
    genericEvidence.push(make(at, hit.start, hit.end));
  }

  const creditNamed = [...named].filter((w) => CREDIT_SECTIONS.has(w));
  const hasPid = cf.rrids.size > 0 ? rridPresent : cf.ror !== null && rorPresent;
  const credit: CreditLevel =
    creditNamed.length > 0
      ? hasPid
        ? 'named-with-pid'
        : 'named'
      : genericIn.size > 0
        ? 'generic'
        : 'missing';
  const rrid: RridStatus =
    cf.rrids.size === 0 ? 'not-in-profile' : rridPresent ? 'present' : rridWrong ? 'mismatch' : 'absent';

  const flags = new Set<Flag>();
  if (credit === 'missing') flags.add(named.has('affiliations') ? 'AFFILIATION_ONLY' : 'NOT_MENTIONED');
  if (credit === 'generic') flags.add('GENERIC_ONLY');
  if (creditNamed.length === 1 && creditNamed[0] === 'methods') flags.add('METHODS_ONLY');
  if (rrid === 'mismatch') flags.add('WRONG_RRID');
  else if (rrid === 'absent' && creditNamed.length > 0) flags.add('MISSING_RRID');

  const published = ix.article.published;
  const grants: GrantVerdict[] = f.grants.map((g, gi) => ({
    number: g.number,
    status: cited.has(gi) ? 'cited' : 'missing',
  }));
  const owed = f.grants.filter(
    (g, gi) => g.required && !cited.has(gi) && activeAt(g.activeFrom, g.activeTo, published, 2),
  );
  if (credit !== 'missing' && owed.length > 0) flags.add('MISSING_GRANT');

  const staff = staffVerdicts(cf, ix, credit, ev, analyse);
  for (const flag of staff.flags) flags.add(flag);
  const instruments = instrumentVerdicts(cf, ix, creditNamed.length > 0);
  if (instruments.owed.length > 0) flags.add('MISSING_INSTRUMENT_GRANT');

  const verdict: Verdict = {
    id: f.id,
    name: f.name,
    credit,
    where: WHERE_ORDER.filter((w) => named.has(w)),
    rrid,
    staff: staff.verdicts,
    grants,
    instruments: instruments.verdicts,
    flags: [...flags],
    evidence: sortEvidence(credit === 'generic' ? [...evidence, ...genericEvidence] : evidence),
    suggestion: null,
  };
  verdict.suggestion = suggestStatement(cf, verdict, owed, instruments.owed, lang);
  if (staff.pending.length > 0) verdict.pendingAuthorship = staff.pending;
  return verdict;
}

/**
 * The common case in a network profile: nothing in the article names this facility, its staff, RRID,
 * ROR or grants. Only generic mentions and staff authorship remain to decide.
 */
function untouchedVerdict(cf: CompiledFacility, ix: ArticleIndex, lang: string): Verdict {
  const f = cf.facility;
  const generic = ix.generic.filter(
    ({ hit }) =>
      (hit.fields.size === 0 || cf.fields.size === 0 || [...hit.fields].some((x) => cf.fields.has(x))) &&
      !atAnotherInstitution(cf, hit.institution),
  );
  const credit: CreditLevel = generic.length > 0 ? 'generic' : 'missing';
  const owed = f.grants.filter(
    (g) => g.required && activeAt(g.activeFrom, g.activeTo, ix.article.published, 2),
  );
  const flags: Flag[] = [credit === 'generic' ? 'GENERIC_ONLY' : 'NOT_MENTIONED'];
  if (credit === 'generic' && owed.length > 0) flags.push('MISSING_GRANT');
  // An instrument only this facility has, named alone, is used even where the facility is not named.
  const instruments = instrumentVerdicts(cf, ix, false);
  if (instruments.owed.length > 0) flags.push('MISSING_INSTRUMENT_GRANT');
  // Untouched: no staff member is an author or named, so all are absent and no staff flag applies.
  const verdict: Verdict = {
    id: f.id,
    name: f.name,
    credit,
    where: [],
    rrid: cf.rrids.size === 0 ? 'not-in-profile' : 'absent',
    staff: f.staff.map((m) => ({ name: m.name, status: 'absent', roles: [] })),
    grants: f.grants.map((g) => ({ number: g.number, status: 'missing' })),
    instruments: instruments.verdicts,
    flags,
    evidence: generic.map(({ at, hit }) => {
      const p = at.place;
      const e: Evidence = {
        section: p.section,
        text: p.text.slice(hit.start, hit.end),
        start: hit.start,
        end: hit.end,
      };
      if (p.index !== undefined) e.index = p.index;
      return e;
    }),
    suggestion: null,
  };
  verdict.suggestion = suggestStatement(cf, verdict, owed, instruments.owed, lang);
  return verdict;
}

/**
 * An unnamed mention ("a core facility at <another university>") belongs to another institution when
 * the text names one for it that is not the facility's own. No institution named, or none in the
 * profile to compare with: it stays generic.
 */
function atAnotherInstitution(cf: CompiledFacility, named: NamedInstitution | null | undefined): boolean {
  return !!named && !!cf.institution && !sameInstitution(cf.institution, named);
}

function nextTo(text: string, nameEnd: number, rridStart: number): boolean {
  if (rridStart < nameEnd || rridStart - nameEnd > RRID_WINDOW) return false;
  return !/[.;](?:\s|$)/.test(text.slice(nameEnd, rridStart));
}

function sortEvidence(evidence: Evidence[]): Evidence[] {
  const order = (e: Evidence) =>
    e.section === 'elsewhere' ? WHERE_ORDER.length : WHERE_ORDER.indexOf(e.section);
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const k = `${e.section}:${e.index ?? ''}:${e.start}:${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => order(a) - order(b) || (a.index ?? 0) - (b.index ?? 0) || a.start - b.start);
}
