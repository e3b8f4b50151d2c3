import type { ArticleRecord } from '../lib/article';
import { evidenceSource } from '../lib/verdict/evidence-source';
import { severity } from '../lib/verdict/explain';
import type { Evidence, Verdict } from '../lib/verdict/types';
import { t } from '../platform/i18n';
import { FacilityVerdict } from './FacilityVerdict';

interface Props {
  record: ArticleRecord;
  verdicts: Verdict[];
  onShowEvidence: (evidence: Evidence, sourceText: string) => void;
}

/** Every facility's verdict, worst first. */
export function VerdictList({ record, verdicts, onShowEvidence }: Props) {
  const sorted = [...verdicts].sort((a, b) => severity(a) - severity(b));
  const sourceText = (evidence: Evidence) => evidenceSource(record, evidence);
  return (
    <section class="verdicts" aria-label={t('verdict.perFacility')}>
      {sorted.map((verdict) => (
        <FacilityVerdict
          key={verdict.id}
          verdict={verdict}
          sourceText={sourceText}
          onShowEvidence={(evidence) => {
            const text = sourceText(evidence);
            if (text !== null) onShowEvidence(evidence, text);
          }}
        />
      ))}
    </section>
  );
}
