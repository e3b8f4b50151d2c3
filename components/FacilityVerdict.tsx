import { FLAG_TEXT, LEVEL_TEXT, STAFF_STATUS_TEXT, whereText } from '../lib/verdict/explain';
import type { Evidence, Verdict } from '../lib/verdict/types';
import { CopyButton } from './CopyButton';
import { CreditBadge } from './CreditBadge';
import { EvidenceList } from './EvidenceList';
import { InstrumentList } from './InstrumentList';

interface Props {
  verdict: Verdict;
  sourceText: (evidence: Evidence) => string | null;
  onShowEvidence: (evidence: Evidence) => void;
}

/** One facility's verdict: level, where, flags as sentences, staff, grants, instruments, evidence and the fix. */
export function FacilityVerdict({ verdict, sourceText, onShowEvidence }: Props) {
  const headingId = `facility-${verdict.id}`;
  return (
    <article
      class="verdict"
      data-facility={verdict.id}
      data-level={verdict.credit}
      aria-labelledby={headingId}
    >
      <header class="verdict__header">
        <h3 id={headingId}>{verdict.name}</h3>
        <CreditBadge level={verdict.credit} />
      </header>
      <p class="verdict__summary">
        {LEVEL_TEXT[verdict.credit].summary}
        {verdict.where.length > 0 && ` Found in the ${whereText(verdict.where)}.`}
      </p>
      {verdict.flags.length > 0 && (
        <ul class="verdict__flags" aria-label="What is missing or weak">
          {verdict.flags.map((flag) => (
            <li key={flag} data-flag={flag}>
              {FLAG_TEXT[flag]}
            </li>
          ))}
        </ul>
      )}
      {/* The summary above is the verdict; the rest waits behind one disclosure, so the popup paints one
          short card per facility instead of a page of evidence (closed, its content is not laid out). */}
      <details class="verdict__details">
        <summary>Details</summary>
        {verdict.staff.length > 0 && (
          <details class="verdict__staff">
            <summary>
              Staff: {verdict.staff.filter((s) => s.status !== 'absent').length} of {verdict.staff.length}{' '}
              named
            </summary>
            <ul>
              {verdict.staff.map((member) => (
                <li key={member.name} data-status={member.status}>
                  {member.name} — {STAFF_STATUS_TEXT[member.status]}
                  {member.roles.length > 0 && ` (${member.roles.join(', ')})`}
                </li>
              ))}
            </ul>
          </details>
        )}
        {verdict.grants.length > 0 && (
          <ul class="verdict__grants" aria-label="Grants">
            {verdict.grants.map((grant) => (
              <li key={grant.number} data-status={grant.status}>
                {grant.status === 'cited' ? '✓' : '✗'} Grant {grant.number}{' '}
                {grant.status === 'cited' ? 'cited' : 'not cited'}
              </li>
            ))}
          </ul>
        )}
        <InstrumentList
          instruments={verdict.instruments}
          sourceText={sourceText}
          onShowEvidence={onShowEvidence}
        />
        <EvidenceList evidence={verdict.evidence} sourceText={sourceText} onShow={onShowEvidence} />
        {verdict.suggestion && (
          <section class="verdict__suggestion" aria-label="Suggested statement">
            <h4>What the paper should say</h4>
            <p class="suggestion">{verdict.suggestion}</p>
            <CopyButton text={verdict.suggestion} label="Copy statement" />
          </section>
        )}
      </details>
    </article>
  );
}
