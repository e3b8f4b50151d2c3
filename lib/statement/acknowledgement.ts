/**
 * The acknowledgement a facility asks for: its own template ({facility}, {institution}, {rrid}, {grants},
 * {staff}) in the manuscript's language, else a default in the form core facilities recommend. The
 * verdict's `suggestion` (lib/verdict/suggestion.ts) is built from the same pieces.
 */
import { looksLikeAcronym } from '../match/acronym';
import { normalizeRrid } from '../profile/rrid';
import type { Facility, Grant } from '../profile/types';
import { activeAt } from '../verdict/dates';
import { chooseStatement } from './language';
import { builtInStatement, templateLanguage } from './templates';

export interface TemplateValues {
  facility: string;
  institution: string | null;
  /** Bare RRID ("SCR_017697"), or null. */
  rrid: string | null;
  /** The grants, already listed (see grantList). */
  grants: string;
  /** The staff, already listed. */
  staff: string;
}

/** A template with its placeholders filled; what an empty placeholder leaves behind is tidied away. */
export function fillTemplate(template: string, v: TemplateValues): string {
  return template
    .replaceAll('{facility}', v.facility)
    .replaceAll('{institution}', v.institution ?? '')
    .replaceAll('{rrid}', v.rrid ? `RRID:${v.rrid}` : '')
    .replaceAll('{grants}', v.grants)
    .replaceAll('{staff}', v.staff)
    .replace(/\s+([,.;)])/g, '$1')
    .replace(/\(\s*[,;]?\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Grants as a template's {grants} names them: "NIH S10 OD026899, CFI 38211". */
export function grantList(grants: Grant[]): string {
  return grants.map((g) => (g.funder ? `${g.funder} ${g.number}` : g.number)).join(', ');
}

/** "We thank A, B and C …" in the languages the manuscript guess knows; English otherwise. */
const STAFF_SENTENCE: Record<string, { sentence: string; and: string; comma: string }> = {
  en: { sentence: 'We thank {staff} for their assistance.', and: ' and ', comma: ', ' },
  es: { sentence: 'Agradecemos a {staff} su ayuda.', and: ' y ', comma: ', ' },
  fr: { sentence: 'Nous remercions {staff} pour leur aide.', and: ' et ', comma: ', ' },
  de: { sentence: 'Wir danken {staff} für die Unterstützung.', and: ' und ', comma: ', ' },
  pt: { sentence: 'Agradecemos a {staff} pelo apoio.', and: ' e ', comma: ', ' },
  it: { sentence: "Ringraziamo {staff} per l'assistenza.", and: ' e ', comma: ', ' },
  ja: { sentence: '{staff}の支援に感謝いたします。', and: '、', comma: '、' },
  zh: { sentence: '感谢{staff}的帮助。', and: '、', comma: '、' },
};

/** A sentence thanking staff by name, in `lang` when known (else English); "" for nobody. */
export function staffSentence(names: string[], lang: string): string {
  if (names.length === 0) return '';
  const s = STAFF_SENTENCE[lang.toLowerCase().split('-')[0] ?? ''] ?? STAFF_SENTENCE.en!;
  const list =
    names.length === 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(s.comma)}${s.and}${names[names.length - 1]}`;
  return s.sentence.replace('{staff}', list);
}

/** The facility's acronym: its first given one, else an alias that looks like one ("ABIF"). */
function facilityAcronym(facility: Facility): string | null {
  return facility.acronyms[0] ?? facility.aliases.find(looksLikeAcronym) ?? null;
}

/** The facility's first valid RRID, bare, or null. */
export function facilityRrid(facility: Facility): string | null {
  for (const r of facility.rrids) {
    const id = normalizeRrid(r);
    if (id) return id;
  }
  return null;
}

/**
 * Staff a paper appearing at `date` could thank: those in post then, with the two years' slack the
 * verdict allows (lib/verdict/staff-verdict.ts), so the sentence names whoever the check expects.
 */
export function staffInPost(facility: Facility, date: string | null): string[] {
  return facility.staff.filter((s) => activeAt(s.start, s.end, date, 2)).map((s) => s.name);
}

export interface AcknowledgementOptions {
  /** The manuscript's language (BCP 47); the facility's statement in it is chosen, else English. */
  lang?: string | null;
  /** Grants for {grants}; default: the facility's required grants. */
  grants?: Grant[];
  /** Staff to name; default: those in post at `date`. */
  staff?: string[];
  /** When the paper appears (ISO date; a draft: today), or null for "any time". */
  date?: string | null;
}

export interface Acknowledgement {
  /** The language of the text: the chosen statement's, or "en" for the default sentence. */
  lang: string;
  text: string;
  /** True when the facility's own template was used. */
  fromTemplate: boolean;
}

/**
 * The complete acknowledgement: the facility's template in the chosen language (or the default), with
 * what the template leaves out added, so that checking it raises nothing: the RRID after the facility's
 * name when the template has no {rrid}, and a sentence naming the staff when it has no {staff}.
 */
export function acknowledgement(facility: Facility, options: AcknowledgementOptions = {}): Acknowledgement {
  const rrid = facilityRrid(facility);
  const grants = grantList(options.grants ?? facility.grants.filter((g) => g.required));
  const staff = options.staff ?? staffInPost(facility, options.date ?? null);
  const statement = chooseStatement(facility.statements, options.lang);
  if (!statement) {
    // No statement of its own: the built-in one in the manuscript's language (English by default).
    const lang = templateLanguage(options.lang);
    const text = builtInStatement(lang, {
      facility: facility.name,
      acronym: facilityAcronym(facility),
      institution: facility.institution,
      rrid,
      grants,
      staff,
    });
    return { lang, text, fromTemplate: false };
  }
  let text = fillTemplate(statement.text, {
    facility: facility.name,
    institution: facility.institution,
    rrid,
    grants,
    staff: staff.join(', '),
  });
  if (rrid && !statement.text.includes('{rrid}') && normalizedIds(text).every((id) => id !== rrid)) {
    const at = text.indexOf(facility.name);
    if (at >= 0) {
      const end = at + facility.name.length;
      text = `${text.slice(0, end)} (RRID:${rrid})${text.slice(end)}`;
    }
  }
  if (!statement.text.includes('{staff}')) text = join(text, staffSentence(staff, statement.lang));
  return { lang: statement.lang, text, fromTemplate: true };
}

/** RRIDs written in a text (a template may carry its RRID literally instead of {rrid}). */
function normalizedIds(text: string): string[] {
  return [...text.matchAll(/SCR[_\s-]?\d{6}/gi)].map((m) => normalizeRrid(m[0]) ?? '');
}

function join(a: string, b: string): string {
  if (!b) return a;
  // Japanese and Chinese sentences are not separated by a space.
  return /[\u3000-\u30ff\u4e00-\u9fff]$/.test(a) ? `${a}${b}` : `${a} ${b}`;
}
