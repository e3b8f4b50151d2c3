/**
 * Is an institution named in the text the facility's own? Compared by the words that tell institutions
 * apart ("McGill", "Exeter", "Curie"), not by the words every institution has ("University", "Institute
 * of", "School of Medicine"), so "Univ. of Exeter", "the University of Exeter" and "Exeter's" are the
 * same place, while "University of California, San Francisco" is not "University of California, Berkeley".
 * Acronyms compare with the institution's own ("(UoE)") and with its initials ("UCSF", "MIT").
 */
import { looksLikeAcronym } from './acronym';
import { contentWords, tokenize } from './tokens';
import { INSTITUTION_WORDS, isGenericName } from './vocab';

export interface InstitutionSig {
  /** Distinctive words of each part of the institution ("McGill University" → [mcgill]). */
  parts: string[][];
  /** Acronyms it may go by, folded: its own in brackets, and the initials of its parts. */
  acronyms: Set<string>;
}

/** An institution as named beside a mention, reduced for comparison. */
export interface InstitutionWords {
  /** Distinctive words, folded (never empty). */
  words: string[];
  /** The folded acronym when the institution is written as one ("UCSF"). */
  acronym: string | null;
}

// Institution words beyond the vocabulary's, and their abbreviations ("Univ. of Exeter").
const MORE_INSTITUTION_WORDS = new Set([
  'univ',
  'uni',
  'inst',
  'hosp',
  'ctr',
  'cntr',
  'coll',
  'universitet',
  'universitetet',
  'institutet',
  'hochschule',
  'klinikum',
  'universitaire',
  'universitario',
  'universitaria',
  'hopital',
  'ospedale',
]);
/** Words that every institution name may carry. */
const COMMON = new Set([
  ...INSTITUTION_WORDS,
  ...MORE_INSTITUTION_WORDS,
  'med',
  'natl',
  'sch',
  'medical',
  'medicine',
  'health',
  'national',
  'faculty',
  'campus',
  'graduate',
]);
// Acronyms that are institutions in their own right ("ETH", "CNRS") stay distinctive.
const NAMED = new Set(['eth', 'epfl', 'inserm', 'cnrs', 'kaist', 'riken', 'csir']);

/** True when these folded words say "institution" ("University", "Institut", "Hôpital", "CNRS"). */
export function hasInstitutionWord(words: string[]): boolean {
  return words.some((w) => INSTITUTION_WORDS.has(w) || MORE_INSTITUTION_WORDS.has(w));
}

/** The words of an institution name that tell it apart from others. */
export function distinctiveWords(words: string[]): string[] {
  return words.filter(
    (w) => NAMED.has(w) || (!COMMON.has(w) && !isGenericName([w]) && !/^\d+$/.test(w) && w.length > 1),
  );
}

export function institutionSig(institution: string | null): InstitutionSig | null {
  if (!institution?.trim()) return null;
  const acronyms = new Set<string>();
  for (const m of institution.matchAll(/\(([^()]+)\)/g)) {
    if (looksLikeAcronym(m[1] ?? '')) acronyms.add(foldAcronym(m[1] ?? ''));
  }
  const bare = institution.replace(/\([^()]*\)/g, ' ');
  const pieces = bare.split(/[,;–—]/).filter((p) => p.trim());
  // "Faculty of Medicine, McGill University, Montréal": the city is not the institution.
  const kept = pieces.filter((p) => {
    const words = contentWords(p);
    return hasInstitutionWord(words) || looksLikeAcronym(p);
  });
  const parts: string[][] = [];
  for (const p of kept.length > 0 ? kept : [bare]) {
    const words = distinctiveWords(contentWords(p));
    if (words.length > 0) parts.push(words);
    if (looksLikeAcronym(p)) acronyms.add(foldAcronym(p));
    for (const a of initials(p)) acronyms.add(a);
  }
  for (const a of initials(bare.replace(/[,;–—]/g, ' '))) acronyms.add(a);
  return { parts, acronyms };
}

/** True when a named institution is (part of) the facility's own: every distinctive word of one is
 * among the other's ("Harvard Medical School" and "Harvard University"), or the acronyms agree. */
export function sameInstitution(sig: InstitutionSig, named: InstitutionWords): boolean {
  if (named.acronym && sig.acronyms.has(named.acronym)) return true;
  return sig.parts.some((part) => subset(named.words, part) || subset(part, named.words));
}

function subset(a: string[], b: string[]): boolean {
  return a.length > 0 && a.every((w) => b.includes(w));
}

function foldAcronym(s: string): string {
  return tokenize(s)
    .map((t) => t.norm)
    .join('');
}

/** "University of California San Francisco" → ucsf (and uocsf); "Cedars-Sinai Medical Center" → csmc. */
function initials(phrase: string): string[] {
  const tokens = tokenize(phrase).filter((t) => /^\p{Lu}/u.test(t.raw) || t.skip);
  const content = tokens.filter((t) => !t.skip).map((t) => t.norm[0] ?? '');
  const withOf = tokens.map((t) => t.norm[0] ?? '');
  return [content.join(''), withOf.join('')].filter((a) => a.length >= 2);
}
