/** What the page shows as fixes for a facility: the statement builder's findings, as copyable texts. */
import type { DraftFix } from '../../components/manuscript/DraftFacility';
import type { ArticleRecord } from '../../lib/article';
import type { Facility } from '../../lib/profile/types';
import type { Verdict } from '../../lib/verdict/types';

export function fixesFor(
  verdict: Verdict,
  _facility: Facility | undefined,
  _record: ArticleRecord,
): DraftFix[] {
  // TODO(2026-12-02): the statement builder's per-facility fixes (funder wording, authorship prompt).
  return verdict.suggestion
    ? [{ key: 'acknowledgement', label: 'The acknowledgement', text: verdict.suggestion }]
    : [];
}
