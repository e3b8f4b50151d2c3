/**
 * What a manuscript still needs for each facility it used, from the facility's verdict: one fix per
 * missing piece, each with the text to paste (the acknowledgement in the manuscript's language, the RRID,
 * the staff, each required grant in its funder's wording, the grants of the instruments it used) and,
 * where staff seem to have done intellectual work, a question about authorship.
 */
import type { ArticleRecord } from '../article';
import type { Facility, Profile } from '../profile/types';
import { activeAt } from '../verdict/dates';
import type { CreditLevel, Flag, Verdict } from '../verdict/types';
import { acknowledgement, facilityRrid, staffInPost, staffSentence } from './acknowledgement';
import { authorshipPrompt } from './authorship-prompt';
import { type GrantWording, grantWording } from './grant-wording';
import { instrumentAcknowledgement } from './instrument';
import { recordLanguage } from './language';

export type FixKind = 'acknowledgement' | 'rrid' | 'staff' | 'grant' | 'instrument' | 'authorship';

interface Fix {
  kind: FixKind;
  /** The verdict's flags this fix answers (empty for a grant owed by a facility the draft never names). */
  flags: Flag[];
  /** What is missing, in a sentence for the authors. */
  what: string;
  /** Ready to copy into the manuscript; for `authorship`, a question for the authors instead. */
  text: string;
  /** The language of `text` (BCP 47). */
  lang: string;
  /** For `grant`: the grant and whose wording `text` is. */
  grant?: GrantWording;
  /** For `instrument`, and `grant` of an instrument: the instrument the draft used (issue 16). */
  instrument?: { id: string; name: string };
}

export interface FacilityFixes {
  id: string;
  name: string;
  credit: CreditLevel;
  /** The manuscript's language the texts were chosen for, or null when it could not be told. */
  lang: string | null;
  /** Empty when the draft already credits the facility fully. */
  fixes: Fix[];
}

export interface FixOptions {
  /** The manuscript's language; default: guessed from the record (manuscriptFixes), else English. */
  lang?: string | null;
  /** When the paper will appear (ISO date): which staff are in post and which grants still apply. */
  date?: string | null;
}

/** The facility is not named where credit is given: the whole acknowledgement is the fix. */
const UNNAMED: Partial<Record<Flag, string>> = {
  NOT_MENTIONED: 'The draft does not mention the facility: add its acknowledgement.',
  GENERIC_ONLY: 'The draft thanks a facility without naming it: name this one.',
  AFFILIATION_ONLY: 'The facility appears only in an affiliation: acknowledge the work it did.',
  METHODS_ONLY: 'The facility is named only in the methods: acknowledge it as well.',
};
/** Folded into the whole acknowledgement, which carries the RRID and the staff. */
const COVERED: Flag[] = ['MISSING_RRID', 'WRONG_RRID', 'STAFF_NOT_NAMED'];

/** The fixes one facility's verdict calls for. */
export function fixesFor(verdict: Verdict, facility: Facility, options: FixOptions = {}): FacilityFixes {
  const lang = options.lang ?? null;
  const date = options.date ?? null;
  const has = (f: Flag) => verdict.flags.includes(f);
  const fixes: Fix[] = [];
  const unnamed = verdict.flags.find((f) => UNNAMED[f] !== undefined);
  const rrid = facilityRrid(facility);
  if (unnamed) {
    // Staff who are authors of the draft are credited already; the sentence thanks the others.
    const authors = new Set(verdict.staff.filter((s) => s.status === 'author').map((s) => s.name));
    const staff = staffInPost(facility, date).filter((name) => !authors.has(name));
    const ack = acknowledgement(facility, { lang, date, staff });
    fixes.push({
      kind: 'acknowledgement',
      flags: verdict.flags.filter((f) => UNNAMED[f] !== undefined || COVERED.includes(f)),
      what: UNNAMED[unnamed] ?? '',
      text: ack.text,
      lang: ack.lang,
    });
  } else {
    if (rrid && (has('MISSING_RRID') || has('WRONG_RRID'))) {
      fixes.push({
        kind: 'rrid',
        flags: verdict.flags.filter((f) => f === 'MISSING_RRID' || f === 'WRONG_RRID'),
        what: has('WRONG_RRID')
          ? 'The RRID beside the facility’s name is not its own: replace it.'
          : 'The facility’s RRID is not cited: add it after the facility’s name.',
        text: `${facility.name} (RRID:${rrid})`,
        lang: 'en',
      });
    }
    const staff = staffInPost(facility, date);
    if (has('STAFF_NOT_NAMED') && staff.length > 0) {
      const ack = acknowledgement(facility, { lang, date });
      fixes.push({
        kind: 'staff',
        flags: ['STAFF_NOT_NAMED'],
        what: 'No member of the facility’s staff is named: thank those who helped.',
        text: staffSentence(staff, ack.lang),
        lang: ack.lang,
      });
    }
  }
  facility.grants.forEach((grant, i) => {
    const status = (verdict.grants[i]?.number === grant.number ? verdict.grants[i] : undefined)?.status;
    if (!grant.required || status !== 'missing') return;
    if (!activeAt(grant.activeFrom, grant.activeTo, date, 2)) return;
    const wording = grantWording(grant);
    fixes.push({
      kind: 'grant',
      flags: has('MISSING_GRANT') ? ['MISSING_GRANT'] : [],
      what: `Grant ${grant.number}${grant.funder ? ` (${grant.funder})` : ''} must be cited by papers that used the facility.`,
      text: wording.text,
      lang: 'en',
      grant: wording,
    });
  });
  fixes.push(...instrumentFixes(verdict, facility, date));
  if (has('AUTHORSHIP_CANDIDATE')) {
    const names = verdict.staff.filter((s) => s.status === 'acknowledged').map((s) => s.name);
    fixes.push({
      kind: 'authorship',
      flags: ['AUTHORSHIP_CANDIDATE'],
      what: 'Facility staff are thanked for intellectual work (design, analysis, interpretation or writing).',
      text: authorshipPrompt(names, facility.name),
      lang: 'en',
    });
  }
  return { id: verdict.id, name: verdict.name, credit: verdict.credit, lang, fixes };
}

/**
 * For each instrument the draft used whose required grants it does not cite: the instrument's own
 * acknowledgement (when the facility gives one) and each grant in its funder's wording. Instruments the
 * draft did not use are asked for nothing.
 */
function instrumentFixes(verdict: Verdict, facility: Facility, date: string | null): Fix[] {
  const fixes: Fix[] = [];
  for (const iv of verdict.instruments) {
    const inst = facility.instruments.find((i) => i.id === iv.id);
    if (!inst || !iv.used) continue;
    const owed = inst.grants.filter((g) => {
      const status = iv.grants.find((x) => x.number === g.number)?.status;
      return g.required && status === 'missing' && activeAt(g.activeFrom, g.activeTo, date, 2);
    });
    if (owed.length === 0) continue;
    const about = { id: inst.id, name: inst.name };
    const ack = instrumentAcknowledgement(facility, inst, owed);
    if (ack) {
      fixes.push({
        kind: 'instrument',
        flags: ['MISSING_INSTRUMENT_GRANT'],
        what: `The draft used the ${inst.name}: acknowledge it as the facility asks.`,
        text: ack,
        lang: 'en',
        instrument: about,
      });
    }
    for (const grant of owed) {
      const wording = grantWording(grant);
      fixes.push({
        kind: 'grant',
        flags: ['MISSING_INSTRUMENT_GRANT'],
        what: `Grant ${grant.number}${grant.funder ? ` (${grant.funder})` : ''} must be cited by papers that used the ${inst.name}.`,
        text: wording.text,
        lang: 'en',
        grant: wording,
        instrument: about,
      });
    }
  }
  return fixes;
}

/**
 * The fixes for every verdict whose facility is in the profile (the page passes the verdicts of the
 * facilities the author ticked). The language is the record's, guessed from its text unless given.
 */
export function manuscriptFixes(
  record: ArticleRecord,
  profile: Profile,
  verdicts: Verdict[],
  options: FixOptions = {},
): FacilityFixes[] {
  const lang = options.lang ?? recordLanguage(record);
  const date = options.date ?? record.published;
  const byId = new Map(profile.facilities.map((f) => [f.id, f]));
  return verdicts.flatMap((v) => {
    const facility = byId.get(v.id);
    return facility ? [fixesFor(v, facility, { lang, date })] : [];
  });
}
