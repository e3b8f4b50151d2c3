import { evidenceQuotes, type Quote } from '../../lib/verdict/evidence-quotes';
import type { Evidence, Verdict } from '../../lib/verdict/types';
import { formatList, t } from '../../platform/i18n';
import { CopyButton } from '../CopyButton';
import { CreditBadge } from '../CreditBadge';
import { flagText, levelText, sectionText } from '../verdict-text';

/** One thing the draft still needs for a facility, with the text that fixes it. */
export interface DraftFix {
  key: string;
  /** What is missing, in words ("The S10 grant that bought the microscope"). */
  label: string;
  /** The text to paste; a question for the authors when `question` is set. */
  text: string;
  question?: boolean;
}

interface Props {
  verdict: Verdict;
  fixes: DraftFix[];
  /** The text each piece of evidence stands in (the draft's section), or null. */
  sourceText: (evidence: Evidence) => string | null;
}

function QuoteRow({ quote }: { quote: Quote }) {
  return (
    <li>
      <span class="evidence__where">{sectionText[quote.section]()}</span>{' '}
      <span class="evidence__quote">
        {quote.cutBefore ? '…' : ''}
        {quote.parts.map((part, i) => (part.match ? <strong key={i}>{part.text}</strong> : part.text))}
        {quote.cutAfter ? '…' : ''}
      </span>
    </li>
  );
}

/** A facility's check of the draft: what it already says, and what is missing with the text to add. */
export function DraftFacility({ verdict, fixes, sourceText }: Props) {
  const id = `draft-${verdict.id}`;
  return (
    <article class="verdict" data-facility={verdict.id} data-level={verdict.credit} aria-labelledby={id}>
      <header class="verdict__header">
        <h3 id={id}>{verdict.name}</h3>
        <CreditBadge level={verdict.credit} />
      </header>
      <p class="verdict__summary">{levelText[verdict.credit]().summary}</p>
      {verdict.evidence.length > 0 && (
        <section aria-label={t('manuscript.facility.says')}>
          <h4>{t('manuscript.facility.saysTitle')}</h4>
          <ul class="evidence">
            {evidenceQuotes(verdict.evidence, sourceText).map((q) => {
              const e = q.evidence[0] as Evidence;
              return <QuoteRow key={`${e.section}:${e.index ?? ''}:${e.start}`} quote={q} />;
            })}
          </ul>
        </section>
      )}
      {verdict.instruments.some((i) => i.used) && (
        <section class="draft-instruments" aria-label={t('manuscript.facility.instruments')}>
          <h4>{t('manuscript.facility.instrumentsTitle')}</h4>
          <ul>
            {verdict.instruments
              .filter((i) => i.used)
              .map((i) => (
                <li key={i.id} data-instrument={i.id}>
                  {i.name}
                  {i.grants.length > 0 &&
                    `: ${formatList(
                      i.grants.map((g) =>
                        g.status === 'cited'
                          ? t('manuscript.facility.grantCited', { number: g.number })
                          : t('manuscript.facility.grantNotCited', { number: g.number }),
                      ),
                    )}`}
                </li>
              ))}
          </ul>
        </section>
      )}
      {verdict.flags.length > 0 && (
        <ul class="verdict__flags" aria-label={t('manuscript.facility.weak')}>
          {verdict.flags.map((flag) => (
            <li key={flag} data-flag={flag}>
              {flagText[flag]()}
            </li>
          ))}
        </ul>
      )}
      {fixes.length === 0 ? (
        <p class="done">{t('manuscript.facility.nothing')}</p>
      ) : (
        <section class="fixes" aria-label={t('manuscript.facility.add')}>
          <h4>{t('manuscript.facility.add')}</h4>
          {fixes.map((fix) => (
            <div class={`fix${fix.question ? ' fix--question' : ''}`} key={fix.key} data-fix={fix.key}>
              <p class="fix__label">{fix.label}</p>
              <p class="fix__text">{fix.text}</p>
              {!fix.question && <CopyButton text={fix.text} label={t('manuscript.facility.copy')} />}
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
