/**
 * Grant numbers as comparison keys. NIH numbers are written in many ways for the same award:
 * "1S10OD026899-01", "S10 OD026899", "S10-OD026899", "S10 OD 026899", "P30 CA16672" (serial
 * without its leading zero). The key keeps activity code + institute code + 6-digit serial and
 * drops the application-type digit, support year and suffixes (A1, S1), which change yearly.
 * Other funders' numbers are compared upper-case with spaces, dashes, slashes and dots removed.
 */

const DASH = '[-\\u2010-\\u2015\\u2212]';
// Activity codes look like R01, S10, P30 or DP2, UL1, UM1; institute codes are two letters.
const NIH_CORE = `([A-Z]\\d{2}|[A-Z]{2}\\d)\\s?(?:${DASH}\\s?)?([A-Z]{2})\\s?(?:${DASH}\\s?)?(\\d{5,6})`;
const NIH_SUFFIX = `(?:\\s?${DASH}\\s?\\d{2}(?:[A-Z]\\d{1,2})*)?`;
const NIH_WHOLE = new RegExp(`^(?:[1-9]\\s?)?${NIH_CORE}${NIH_SUFFIX}$`);
// "Grant No." as part of what a user pasted; \b keeps "NO123"-like numbers intact.
const LABEL =
  /^(?:(?:grant|award|contract|project|agreement)\b\s*)?(?:(?:no|nos|number|nr|id)\b\.?|#)?\s*[:#]?\s*/i;

function nihKey(activity: string, ic: string, serial: string): string {
  return `${activity}${ic}${serial.padStart(6, '0')}`;
}

/** Normalised comparison key for a grant number. */
export function grantKey(s: string): string {
  const t = s.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  const nih = NIH_WHOLE.exec(t);
  if (nih) return nihKey(nih[1]!, nih[2]!, nih[3]!);
  return t.replace(LABEL, '').replace(/[\s./\\_\-\u2010-\u2015\u2212]+/g, '');
}

/** IC code + serial of an NIH key ("OD026899"), which a paper may cite without the activity code. */
function nihCore(key: string): string | null {
  const m = /^(?:[A-Z]\d{2}|[A-Z]{2}\d)?([A-Z]{2}\d{6})$/.exec(key);
  return m ? m[1]! : null;
}

/** True when `a` and `b` are the same grant written differently. */
export function grantsMatch(a: string, b: string): boolean {
  const ka = grantKey(a);
  const kb = grantKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  // "OD026899" alone (activity code omitted) still names the S10 award.
  const ca = nihCore(ka);
  const cb = nihCore(kb);
  return ca !== null && ca === cb && (ka.length === 8 || kb.length === 8);
}

export interface GrantMention {
  raw: string;
  key: string;
  start: number;
  end: number;
}

const NIH_FIND = new RegExp(`(?<![\\w/.-])(?:[1-9]\\s?)?${NIH_CORE}${NIH_SUFFIX}(?![\\w/])`, 'g');
// Letters and digits joined by - / or . (ANR-10-INBS-04, EP/R005265/1, 2017YFF0210200).
// "_" joins parts of EU structural-fund numbers (CZ.02.1.01/0.0/0.0/18_046/0016045).
const TOKEN = '[A-Z0-9]+(?:[-/._][A-Z0-9]+)*';
const GENERIC_FIND = new RegExp(`(?<![\\w/.\\-])${TOKEN}(?![\\w/]|[-.][A-Za-z0-9])`, 'g');
// A funding label makes even a plain number a grant ("Grant No. 12345678", "grant agreement No 866411").
// The lookahead keeps "NR" in "NRF-2021R1A5A2031612" from reading as the label "Nr".
const LABEL_WORD =
  '(?:grants?|awards?|contracts?|projects?|agreements?|numbers?|nos?\\.|nos?(?=\\s*\\d)|nr\\.?|id|#)(?![A-Za-z])';
const LABELLED_FIND = new RegExp(
  `\\b${LABEL_WORD}(?:\\s+${LABEL_WORD})*\\s*[:#]?\\s*((?:${TOKEN})(?:\\s*(?:,|;|and|&|or)\\s*${TOKEN})*)`,
  'gi',
);

// Identifiers that look like grant numbers but are not: PubMed Central IDs, PMIDs, RRIDs, ISBNs.
const NOT_GRANTS = /^(?:PMC|PMID|SCR|RRID|CVCL|AB_|IMSR|ISBN|ISSN|DOI|ORCID)/;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

function looksLikeGrant(tok: string, labelled: boolean): boolean {
  if (tok.length < 5 || digits(tok) < 4 || NOT_GRANTS.test(tok)) return false;
  if (labelled) return true;
  // Unlabelled: needs letters too (plain numbers are years, page ranges, phone numbers).
  return /[A-Z]/.test(tok) && tok.length >= 6 && !/^[A-Z]+\d{1,3}$/.test(tok);
}

/** NIH-style and other grant-like numbers in free text, with offsets into `text`. */
export function findGrantNumbers(text: string): GrantMention[] {
  const found: GrantMention[] = [];
  const taken = (start: number, end: number) => found.some((g) => start < g.end && end > g.start);
  const add = (raw: string, start: number) => {
    const end = start + raw.length;
    if (!taken(start, end)) found.push({ raw, key: grantKey(raw), start, end });
  };
  for (const m of text.matchAll(NIH_FIND)) add(m[0], m.index);
  for (const m of text.matchAll(LABELLED_FIND)) {
    const list = m[1] ?? '';
    const listStart = m.index + m[0].length - list.length;
    for (const t of list.matchAll(new RegExp(TOKEN, 'gi'))) {
      if (/^(?:and|or)$/i.test(t[0])) continue;
      const tok = t[0].replace(/\.$/, '');
      if (looksLikeGrant(tok.toUpperCase(), true) && tok === tok.toUpperCase()) add(tok, listStart + t.index);
    }
  }
  for (const m of text.matchAll(GENERIC_FIND)) {
    if (looksLikeGrant(m[0], false)) add(m[0], m.index);
  }
  return found.sort((a, b) => a.start - b.start);
}
