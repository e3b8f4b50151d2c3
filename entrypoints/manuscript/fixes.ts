/** What the page shows as fixes for a facility: the statement builder's findings, as copyable texts. */
import type { DraftFix } from '../../components/manuscript/DraftFacility';
import { fixWhat } from '../../components/manuscript/fix-what';
import type { ArticleRecord } from '../../lib/article';
import type { Facility } from '../../lib/profile/types';
import { fixesFor as statementFixes } from '../../lib/statement/fixes';
import { recordLanguage } from '../../lib/statement/language';
import type { Verdict } from '../../lib/verdict/types';

export function fixesFor(
  verdict: Verdict,
  facility: Facility | undefined,
  record: ArticleRecord,
): DraftFix[] {
  if (!facility) return [];
  const { fixes } = statementFixes(verdict, facility, {
    lang: recordLanguage(record),
    date: record.published,
  });
  return fixes.map((fix, i) => ({
    key: fix.instrument
      ? `instrument-${fix.instrument.id}-${fix.grant ? `grant-${fix.grant.number}` : 'statement'}`
      : fix.grant
        ? `grant-${fix.grant.number}`
        : `${fix.kind}-${i}`,
    label: fixWhat(fix),
    text: fix.text,
    question: fix.kind === 'authorship',
  }));
}
