/** The text a piece of evidence indexes into, found again in the record it was made from. */
import type { ArticleRecord } from '../article';
import type { Evidence } from './types';

export function evidenceSource(record: ArticleRecord, evidence: Evidence): string | null {
  const fits = (text: string | undefined) =>
    text !== undefined && text.slice(evidence.start, evidence.end) === evidence.text ? text : null;
  switch (evidence.section) {
    case 'acknowledgements':
    case 'funding':
    case 'contributions':
      return fits(record.sections[evidence.section]?.text);
    case 'methods':
      return fits(record.methodsMentions[evidence.index ?? -1]?.text);
    case 'elsewhere':
      return fits(evidence.context);
    case 'affiliations': {
      // `index` names the author; the evidence says which of their affiliations by fitting it.
      const affiliations = record.authors[evidence.index ?? -1]?.affiliations ?? [];
      return affiliations.map(fits).find((text) => text !== null) ?? null;
    }
  }
}
