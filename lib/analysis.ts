/**
 * What the popup shows for a tab: the background's answer to `analyzeTab`.
 * Plain data; built by the background from the content script's record and the stored profile.
 */
import type * as z from 'zod/mini';
import type { ArticleRecord } from './article';
import type { analysisSchema } from './schemas/analysis';

export type Analysis = z.infer<typeof analysisSchema>;

/**
 * A record "looks like an article" when the page identifies itself as one (a DOI, or a title with
 * authors) or holds one of the credit sections. Anything else gets the "not an article" state.
 */
export function looksLikeArticle(record: ArticleRecord): boolean {
  const { acknowledgements, funding, contributions } = record.sections;
  return (
    record.doi !== null ||
    (record.title !== null && record.authors.length > 0) ||
    acknowledgements !== null ||
    funding !== null ||
    contributions !== null
  );
}

/**
 * Whether the record holds any text that could credit a facility: a credit section or a methods
 * sentence. Without it (an abstract page behind a paywall, a page still loading) a "missing" verdict
 * says nothing about the paper: no badge, and nothing kept for the dashboard.
 */
export function hasCreditText(record: ArticleRecord): boolean {
  const { acknowledgements, funding, contributions } = record.sections;
  return (
    acknowledgements !== null ||
    funding !== null ||
    contributions !== null ||
    record.methodsMentions.length > 0
  );
}
