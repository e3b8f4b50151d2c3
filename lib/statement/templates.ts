/**
 * Built-in acknowledgements for facilities that wrote no statement of their own (docs/I18N.md), in the
 * extension's seven languages. Data, not UI text: the sentence goes into a paper, so it is chosen by
 * the paper's language when it can be told and by the reader's UI language otherwise (the caller
 * decides), and it runs in the CLI and Node like the rest of lib/.
 *
 * Placeholders are the profile's: {facility}, {acronym} (else the name again, for the grants sentence),
 * {institution}, {rrid}, {grants}, {staff}. A sentence whose main placeholder is empty is left out, and
 * an empty item inside the parentheses takes its separator with it. Each sentence opens with a formula
 * the credit reader knows (lib/extract/credit-language.ts), so a pasted statement is read as credit.
 */

export const TEMPLATE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'zh'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export interface BuiltInTemplate {
  /** Thanks to the facility, with its acronym, institution and RRID in parentheses. */
  thanks: string;
  /** Who funds the facility; only when there are grants. */
  grants: string;
  /** Thanks to the staff by name; only when there are staff. */
  staff: string;
  /** The same for one person, where the language says it differently ("pour son aide"). */
  staffOne?: string;
  /** How a list of names is joined: "A, B and C", "A、B、C". */
  comma: string;
  and: string;
}

export const BUILT_IN_TEMPLATES: Record<TemplateLanguage, BuiltInTemplate> = {
  en: {
    thanks:
      'We thank the {facility} ({acronym}, {institution}; {rrid}) for its support and assistance in this work.',
    grants: 'The {acronym} is supported by {grants}.',
    staff: 'We thank {staff} for their assistance.',
    comma: ', ',
    and: ' and ',
  },
  es: {
    thanks:
      'Agradecemos el apoyo y la asistencia de {facility} ({acronym}, {institution}; {rrid}) en este trabajo.',
    grants: '{acronym} cuenta con financiación de {grants}.',
    staff: 'Agradecemos a {staff} su ayuda.',
    comma: ', ',
    and: ' y ',
  },
  fr: {
    thanks:
      'Nous remercions {facility} ({acronym}, {institution}\u00a0; {rrid}) pour son soutien et son aide dans ce travail.',
    grants: 'La plateforme {acronym} bénéficie du soutien de {grants}.',
    staff: 'Nous remercions {staff} pour leur aide.',
    staffOne: 'Nous remercions {staff} pour son aide.',
    comma: ', ',
    and: ' et ',
  },
  de: {
    thanks:
      'Wir danken {facility} ({acronym}, {institution}; {rrid}) für die Unterstützung bei dieser Arbeit.',
    grants: 'Die Förderung von {acronym} erfolgt durch {grants}.',
    staff: 'Wir danken {staff} für die Unterstützung.',
    comma: ', ',
    and: ' und ',
  },
  pt: {
    thanks:
      'Agradecemos a {facility} ({acronym}, {institution}; {rrid}) pelo apoio e pela assistência neste trabalho.',
    grants: '{acronym} conta com apoio de {grants}.',
    staff: 'Agradecemos a {staff} pelo apoio.',
    comma: ', ',
    and: ' e ',
  },
  ja: {
    thanks: '著者らは、{facility}（{acronym}、{institution}；{rrid}）による本研究への支援に感謝いたします。',
    grants: '{acronym}は{grants}の支援を受けています。',
    staff: '{staff}の支援に感謝いたします。',
    comma: '、',
    and: '、',
  },
  zh: {
    thanks: '感谢{facility}（{acronym}，{institution}；{rrid}）对本研究的支持与帮助。',
    grants: '{acronym}由{grants}资助。',
    staff: '感谢{staff}的帮助。',
    comma: '、',
    and: '、',
  },
};

/**
 * The template for a language tag ("pt-BR", "zh-CN", "de", "ja-JP"…): its primary language, else
 * English. Traditional Chinese falls back to English rather than to Simplified.
 */
export function templateLanguage(tag: string | null | undefined): TemplateLanguage {
  const lower = (tag ?? '').toLowerCase().replace('_', '-');
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'en';
  const primary = lower.split('-')[0] ?? '';
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(primary) ? (primary as TemplateLanguage) : 'en';
}

export interface StatementValues {
  facility: string;
  acronym: string | null;
  institution: string | null;
  /** Bare RRID ("SCR_017697"), or null. */
  rrid: string | null;
  /** The grants, already listed ("NIH S10 OD026899, CFI 38211"), or "". */
  grants: string;
  staff: string[];
}

const CJK = '[\\u3040-\\u30ff\\u3400-\\u9fff]';
const CJK_LATIN = new RegExp(`(?<=${CJK})(?=[A-Za-z0-9])`, 'g');
const LATIN_CJK = new RegExp(`(?<=[A-Za-z0-9])(?=${CJK})`, 'g');

const OPEN = '[(（]';
const CLOSE = '[)）]';
const SEP = '[,;、，；]';

/** A sentence with its placeholders filled, and what empty ones leave in the parentheses tidied. */
function fill(sentence: string, v: Record<string, string>): string {
  return (
    sentence
      .replace(/\{(\w+)\}/g, (_, name: string) => v[name] ?? '')
      // A separator before another one, or before the closing parenthesis, stood after an empty item.
      .replace(new RegExp(`\\s*${SEP}\\s*(?=${SEP}|${CLOSE})`, 'gu'), '')
      // A separator right after the opening parenthesis stood after an empty first item.
      .replace(new RegExp(`(${OPEN})\\s*${SEP}\\s*`, 'gu'), '$1')
      .replace(new RegExp(`\\s*${OPEN}\\s*${CLOSE}`, 'gu'), '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

function list(names: string[], t: BuiltInTemplate): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(t.comma)}${t.and}${names[names.length - 1]}`;
}

/** The built-in acknowledgement in `lang` (a template language): thanks, then grants, then staff. */
export function builtInStatement(lang: TemplateLanguage, v: StatementValues): string {
  const t = BUILT_IN_TEMPLATES[lang];
  const values = {
    facility: v.facility,
    acronym: v.acronym ?? '',
    institution: v.institution ?? '',
    rrid: v.rrid ? `RRID:${v.rrid}` : '',
    grants: v.grants,
    staff: list(v.staff, t),
  };
  const sentences = [
    fill(t.thanks, values),
    v.grants ? fill(t.grants, { ...values, acronym: v.acronym ?? v.facility }) : '',
    v.staff.length > 0 ? fill(v.staff.length === 1 ? (t.staffOne ?? t.staff) : t.staff, values) : '',
  ].filter(Boolean);
  // Japanese and Chinese sentences follow each other without a space, and set Latin names and numbers
  // apart from the characters around them with one (the usual typesetting, and what lets a reader —
  // ours too — see where "Claire Brown" ends in "感谢Claire Brown的帮助").
  if (lang === 'ja' || lang === 'zh')
    return sentences.join('').replace(CJK_LATIN, ' ').replace(LATIN_CJK, ' ');
  return sentences.join(' ');
}
