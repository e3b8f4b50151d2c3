import type { Evidence, Verdict } from '../lib/verdict/types';
import { formatList, formatNumber, t } from '../platform/i18n';
import { CopyButton } from './CopyButton';
import { CreditBadge } from './CreditBadge';
import { creditRoleText } from './credit-role-text';
import { EvidenceList } from './EvidenceList';
import { GrantLine } from './GrantLine';
import { InstrumentList } from './InstrumentList';
import { flagText, foundIn, levelText, staffStatusText } from './verdict-text';

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
        {levelText[verdict.credit]().summary}
        {verdict.where.length > 0 && ` ${foundIn(verdict.where)}`}
      </p>
      {verdict.flags.length > 0 && (
        <ul class="verdict__flags" aria-label={t('verdict.flagsLabel')}>
          {verdict.flags.map((flag) => (
            <li key={flag} data-flag={flag}>
              {flagText[flag]()}
            </li>
          ))}
        </ul>
      )}
      {/* The summary above is the verdict; the rest waits behind one disclosure, so the popup paints one
          short card per facility instead of a page of evidence (closed, its content is not laid out). */}
      <details class="verdict__details">
        <summary>{t('verdict.details')}</summary>
        {verdict.staff.length > 0 && (
          <details class="verdict__staff">
            <summary>
              {t('verdict.staffSummary', {
                named: formatNumber(verdict.staff.filter((s) => s.status !== 'absent').length),
                total: formatNumber(verdict.staff.length),
              })}
            </summary>
            <ul>
              {verdict.staff.map((member) => (
                <li key={member.name} data-status={member.status}>
                  {member.name} — {staffStatusText[member.status]()}
                  {member.roles.length > 0 &&
                    ` (${formatList(member.roles.map((role) => creditRoleText[role]()))})`}
                </li>
              ))}
            </ul>
          </details>
        )}
        {verdict.grants.length > 0 && (
          <ul class="verdict__grants" aria-label={t('verdict.grantsLabel')}>
            {verdict.grants.map((grant) => (
              <GrantLine key={grant.number} grant={grant} />
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
          <section class="verdict__suggestion" aria-label={t('verdict.suggestionLabel')}>
            <h4>{t('verdict.suggestionTitle')}</h4>
            <p class="suggestion">{verdict.suggestion}</p>
            <CopyButton text={verdict.suggestion} label={t('verdict.copyStatement')} />
          </section>
        )}
      </details>
    </article>
  );
}
