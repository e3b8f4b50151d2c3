/**
 * The institution an unnamed facility mention belongs to, when the text says: "the imaging core at the
 * University of X", "a core facility of Institut Y", "the flow cytometry core, Z Hospital", "X
 * University's imaging core". A real page thanked "a core facility at <another university>" and an
 * unrelated profile facility got generic credit; with the institution read, the verdict can tell.
 * Returns null when no particular institution is named ("the imaging core of the institute", "of the
 * Department of Pathology", "our imaging core").
 */
import { looksLikeAcronym } from './acronym';
import { distinctiveWords, hasInstitutionWord, type InstitutionWords } from './institution-match';
import type { Token, TokenStream } from './tokens';
import { DETERMINERS } from './vocab';

export interface NamedInstitution extends InstitutionWords {
  /** Offsets of the institution's words in the text. */
  start: number;
  end: number;
}

const PREPOSITIONS = new Set(['at', 'of', 'from']);
// Lower-case words inside a name ("University of Exeter", "Institut de Biologie", "Brigham and …").
const CONNECTORS = new Set([
  'of',
  'de',
  'du',
  'des',
  'la',
  'le',
  'for',
  'the',
  'di',
  'del',
  'della',
  'fur',
  'd',
  'l',
  'y',
  'da',
  'do',
  'dos',
]);
// Abbreviations whose full stop does not end the name ("Univ. of Exeter", "St. Jude").
const ABBREVIATIONS = new Set(['univ', 'inst', 'st', 'hosp', 'ctr', 'med', 'natl', 'sch', 'coll', 'u']);
// A person, a date or a figure after "of" is not an institution ("the core of Dr. Smith").
const NOT_INSTITUTION = new Set([
  'dr',
  'drs',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'figure',
  'fig',
  'figs',
  'table',
  'supplementary',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
// Parts of an institution, not institutions ("the Department of Pathology", "the Malaria group").
const UNITS = new Set([
  'department',
  'dept',
  'division',
  'section',
  'group',
  'team',
  'lab',
  'unit',
  'program',
  'programme',
  'building',
  'floor',
  'wing',
]);

/** The institution named for the mention spanning tokens t0..t1, or null. */
export function institutionOf(
  stream: TokenStream,
  text: string,
  t0: number,
  t1: number,
): NamedInstitution | null {
  return after(stream.tokens, text, t1) ?? before(stream.tokens, text, t0);
}

/** "… core at/of/from (the) X", "… core, X University", "… core (X Institute)". */
function after(tokens: Token[], text: string, t1: number): NamedInstitution | null {
  const last = tokens[t1];
  const next = tokens[t1 + 1];
  if (!last || !next) return null;
  const gap = text.slice(last.end, next.start);
  const prep = /^\s+$/.test(gap) && PREPOSITIONS.has(next.raw);
  // An acronym in brackets after a mention is its own short form ("the imaging core (ICF)").
  const how: Needs = prep ? 'any' : /^\s*,\s*$/.test(gap) ? 'word-or-acronym' : 'word';
  if (!prep && !/^\s*[,(]\s*$/.test(gap)) return null;
  let run = forwardRun(tokens, text, prep ? skipThe(tokens, t1 + 2) : t1 + 1);
  let judged = run && judge(tokens, run, how);
  // "the imaging core of the Department of Pathology, University of X": the institution follows.
  if (run && judged === 'unit') {
    const following = tokens[run[1] + 1];
    const end = tokens[run[1]] as Token;
    if (!following || !/^\s*,\s*$/.test(text.slice(end.end, following.start))) return null;
    run = forwardRun(tokens, text, run[1] + 1);
    judged = run && judge(tokens, run, 'word-or-acronym');
  }
  if (!run || !judged || judged === 'unit') return null;
  // "the flow core of the Cancer Center at Johns Hopkins": both names say where it is.
  const at = tokens[run[1] + 1];
  if (at && PREPOSITIONS.has(at.raw) && /^\s+$/.test(text.slice(judged.end, at.start))) {
    const more = forwardRun(tokens, text, skipThe(tokens, run[1] + 2));
    const also = more && judge(tokens, more, 'any');
    if (also && also !== 'unit') {
      return { ...judged, end: also.end, words: [...judged.words, ...also.words], acronym: null };
    }
  }
  return judged;
}

function skipThe(tokens: Token[], k: number): number {
  return tokens[k]?.raw === 'the' ? k + 1 : k;
}

/** "X University's imaging core", "Harvard's flow core", "the UCSF imaging core". */
function before(tokens: Token[], text: string, t0: number): NamedInstitution | null {
  const first = tokens[t0];
  const prev = tokens[t0 - 1];
  // "Stanford's imaging core", but not "… Stanford the imaging core".
  if (!first || !prev || !isCapitalised(prev.raw) || DETERMINERS.has(first.norm)) return null;
  const gap = text.slice(prev.end, first.start);
  const possessive = /^['’]s?\s+$/.test(gap);
  if (!possessive && !/^\s+$/.test(gap)) return null;
  let j = t0 - 1;
  while (j > 0 && t0 - j < 10) {
    const t = tokens[j - 1] as Token;
    if (!joined(text, t, tokens[j] as Token)) break;
    if (isCapitalised(t.raw)) j--;
    else if (CONNECTORS.has(t.raw) && j > 1 && isCapitalised(tokens[j - 2]?.raw ?? '')) j -= 2;
    else break;
  }
  const judged = judge(tokens, [j, t0 - 1], possessive ? 'any' : 'word-or-acronym');
  return judged === 'unit' ? null : judged;
}

/** Capitalised words from token k, with the lower-case connectors between them: [first, last] or null. */
function forwardRun(tokens: Token[], text: string, k: number): [number, number] | null {
  const first = tokens[k];
  if (!first || !isCapitalised(first.raw)) return null;
  let end = k;
  for (let i = k + 1; i < tokens.length && i - k < 10; i++) {
    const t = tokens[i] as Token;
    if (!joined(text, tokens[i - 1] as Token, t)) break;
    if (isCapitalised(t.raw)) end = i;
    // "the Malaria group": a unit word ends the run, and makes it a unit.
    else if (UNITS.has(t.norm)) return [k, i];
    else if (!CONNECTORS.has(t.raw)) break;
  }
  return [k, end];
}

/** Two words of one name: separated by spaces, a hyphen, an apostrophe, "&", or an abbreviation's dot. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[\s\-‐'’&]*$/.test(gap)) return true;
  return /^\.\s*$/.test(gap) && ABBREVIATIONS.has(a.norm);
}

/**
 * What a run of words must show to be taken as an institution: after "at/of/from" or a possessive, any
 * proper name will do ("at Stanford", "Harvard's"); elsewhere an institution word ("University",
 * "Institut", "Hospital"), or after a comma also an acronym ("…, UCSF").
 */
type Needs = 'any' | 'word-or-acronym' | 'word';

function judge(tokens: Token[], [i0, i1]: [number, number], how: Needs): NamedInstitution | 'unit' | null {
  const run = tokens.slice(i0, i1 + 1);
  if (run.length === 0 || NOT_INSTITUTION.has(run[0]?.norm ?? '')) return null;
  const words = run.filter((t) => !t.skip).map((t) => t.norm);
  const raw = run.map((t) => t.raw).join('');
  const acronym = run.length === 1 && looksLikeAcronym(raw) ? (words[0] ?? null) : null;
  const institutional = hasInstitutionWord(words) || (acronym !== null && how !== 'word');
  if (!hasInstitutionWord(words) && words.some((w) => UNITS.has(w))) return 'unit';
  if (how !== 'any' && !institutional) return null;
  const distinctive = distinctiveWords(words);
  if (distinctive.length === 0) return null;
  return {
    start: run[0]?.start ?? 0,
    end: run[run.length - 1]?.end ?? 0,
    words: distinctive,
    acronym,
  };
}

function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}
