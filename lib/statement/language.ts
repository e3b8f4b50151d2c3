/**
 * The language a manuscript is written in, and the facility statement to use for it. A record carries
 * no language of its own (most pages and drafts do not declare one), so it is guessed from the words:
 * enough to pick between a facility's English, Spanish or French statement, not a general detector.
 */
import type { ArticleRecord } from '../article';
import type { Statement } from '../profile/types';

/** The languages the guess can name (BCP 47 primary subtags). */
const GUESSED_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'ja', 'zh'] as const;
export type GuessedLanguage = (typeof GUESSED_LANGUAGES)[number];

// Frequent function words that are rarely shared: each language's own (the, der, les…). Words two
// languages share ("de", "la", "que") are left out, so they cannot tip a close call.
const WORDS: Record<Exclude<GuessedLanguage, 'ja' | 'zh'>, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'for',
    'with',
    'was',
    'were',
    'we',
    'this',
    'that',
    'is',
    'by',
    'from',
    'thank',
  ],
  es: ['el', 'los', 'las', 'y', 'fue', 'muy', 'esta', 'como', 'pero', 'sus', 'estudio', 'trabajo'],
  fr: ['les', 'du', 'et', 'pour', 'avec', 'une', 'nous', 'dans', 'est', 'au', 'aux', 'sont', 'cette'],
  de: ['der', 'die', 'und', 'den', 'von', 'mit', 'für', 'ist', 'wir', 'ein', 'eine', 'zu', 'dem', 'wurde'],
  pt: ['os', 'do', 'dos', 'em', 'pelo', 'pela', 'uma', 'não', 'foi', 'ao', 'também', 'trabalho', 'estudo'],
  it: ['gli', 'della', 'delle', 'che', 'nel', 'sono', 'è', 'dei', 'alla', 'questo', 'lavoro', 'degli'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}
/** Words counted at most: a long draft needs no more to decide, and the guess stays cheap. */
const MAX_WORDS = 4000;
/** Fewer hits than this is no evidence (a title, a list of names). */
const MIN_HITS = 3;

/** The language of `text`, or null when it has too few telling words to say. */
export function guessLanguage(text: string): GuessedLanguage | null {
  const sample = text.slice(0, 40_000);
  // Kana is only Japanese; Han without kana is Chinese (Japanese prose always has kana between kanji).
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const han = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (kana >= 5) return 'ja';
  if (han >= 10) return 'zh';
  const scores = new Map<string, number>();
  let counted = 0;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++counted > MAX_WORDS) break;
    for (const lang of LOOKUP.get(m[0]) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  // A tie is no answer: a mixed text is better served by the English fallback.
  if (second && second[1] === best[1]) return null;
  return best[0] as GuessedLanguage;
}

/** The record's language: guessed from its whole text, else from its credit sections; null if unclear. */
export function recordLanguage(record: ArticleRecord): GuessedLanguage | null {
  const sections = [record.sections.acknowledgements, record.sections.funding, record.sections.contributions]
    .map((s) => s?.text ?? '')
    .join(' ');
  return guessLanguage(record.pageText ?? '') ?? guessLanguage(sections);
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The statement for `lang`: the same tag ("pt-BR"), else the same language ("pt" for "pt-BR"), else
 * English, else the first one. Null when the facility has none.
 */
export function chooseStatement(statements: Statement[], lang: string | null | undefined): Statement | null {
  const want = (lang ?? '').toLowerCase();
  return (
    (want ? statements.find((s) => s.lang.toLowerCase() === want) : undefined) ??
    (want ? statements.find((s) => primary(s.lang) === primary(want)) : undefined) ??
    statements.find((s) => primary(s.lang) === 'en') ??
    statements[0] ??
    null
  );
}
