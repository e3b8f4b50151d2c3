/**
 * The texts of an article that `check` reads, each with the evidence section it reports.
 * Affiliations are read once per distinct string (a consortium paper repeats one affiliation 200 times).
 */
import type { ArticleRecord } from '../article';
import type { Where } from './types';

export interface Place {
  section: Where;
  text: string;
  /** Methods: index into `methodsMentions`; affiliations: index of the first author with it. */
  index?: number;
}

/** Sections whose mention is credit (affiliations are not). */
export const CREDIT_SECTIONS: ReadonlySet<Where> = new Set<Where>([
  'acknowledgements',
  'funding',
  'methods',
  'contributions',
]);

export function placesOf(article: ArticleRecord): Place[] {
  const places: Place[] = [];
  for (const section of ['acknowledgements', 'funding', 'contributions'] as const) {
    const s = article.sections[section];
    if (s?.text) places.push({ section, text: s.text });
  }
  article.methodsMentions.forEach((m, index) => {
    if (m.text) places.push({ section: 'methods', text: m.text, index });
  });
  const seen = new Set<string>();
  article.authors.forEach((a, index) => {
    for (const aff of a.affiliations) {
      if (!aff || seen.has(aff)) continue;
      seen.add(aff);
      places.push({ section: 'affiliations', text: aff, index });
    }
  });
  return places;
}
