import { type Analysis, hasCreditText } from '../lib/analysis';
import type { Evidence } from '../lib/verdict/types';
import { formatNumber, t } from '../platform/i18n';
import { ArticleSummary } from './ArticleSummary';
import { PasteCheck } from './PasteCheck';
import { readingNotes } from './reading-note-text';
import { VerdictList } from './VerdictList';

interface Props {
  analysis: Analysis;
  onRetry: () => void;
  onOpenOptions: () => void;
  onShowEvidence: (evidence: Evidence, sourceText: string) => void;
  onClearHighlights: () => void;
  onCheckText: (text: string) => void;
  /** What happened to the last "show on page" request, for the status line. */
  highlightStatus: string | null;
}

/** One of the popup's states: an article (with verdicts), not an article, no access, or an error. */
export function AnalysisView(props: Props) {
  const { analysis, onRetry } = props;
  const notes = analysis.state === 'article' ? readingNotes(analysis.record) : [];
  switch (analysis.state) {
    case 'article':
      return (
        <>
          <ArticleSummary record={analysis.record} />
          {analysis.record.kind === 'text' && (
            <p class="text-source">
              <button type="button" class="link" onClick={onRetry}>
                {t('popup.checkWholePage')}
              </button>
            </p>
          )}
          {analysis.profileProblems.length > 0 && (
            <section class="notice" role="status" data-state="profile-problems">
              <h2>{t('popup.profileRepairedTitle')}</h2>
              <ul>
                {analysis.profileProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <button type="button" onClick={props.onOpenOptions}>
                {t('popup.reviewProfile')}
              </button>
            </section>
          )}
          {analysis.record.kind !== 'text' && !hasCreditText(analysis.record) && (
            <section class="notice" role="status" data-state="no-credit-text">
              <h2>{t('popup.noCreditTextTitle')}</h2>
              <p>{t('popup.noCreditTextBody')}</p>
              <button type="button" onClick={onRetry}>
                {t('popup.readAgain')}
              </button>
            </section>
          )}
          {analysis.verdicts === null ? (
            <section class="state state--no-profile" data-state="no-profile">
              <h2>{t('popup.noProfileTitle')}</h2>
              <p>{t('popup.noProfileBody')}</p>
              <button type="button" onClick={props.onOpenOptions}>
                {t('popup.createProfile')}
              </button>
            </section>
          ) : (
            <>
              <VerdictList
                record={analysis.record}
                verdicts={analysis.verdicts}
                onShowEvidence={props.onShowEvidence}
              />
              <p class="highlight-status" role="status">
                {props.highlightStatus}
                {props.highlightStatus && (
                  <button type="button" class="link" onClick={props.onClearHighlights}>
                    {t('popup.clearHighlights')}
                  </button>
                )}
              </p>
            </>
          )}
          {notes.length > 0 && (
            <details class="warnings">
              <summary>{t('popup.readingNotes', { count: formatNumber(notes.length) })}</summary>
              <ul>
                {notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      );
    case 'not-article':
      return (
        <section class="state state--not-article" data-state="not-article">
          <h2>{t('popup.notArticleTitle')}</h2>
          <p>{t('popup.notArticleBody')}</p>
          <p>{t('popup.notArticleHint', { menu: t('background.menuCheckSelection') })}</p>
          <button type="button" onClick={onRetry}>
            {t('popup.checkAgain')}
          </button>
          <PasteCheck onCheck={props.onCheckText} />
        </section>
      );
    case 'no-access':
      return (
        <section class="state state--no-access" data-state="no-access">
          <h2>{t('popup.noAccessTitle')}</h2>
          <p>{analysis.reason}</p>
          <PasteCheck onCheck={props.onCheckText} />
        </section>
      );
    case 'error':
      return (
        <section class="state state--error" data-state="error" role="alert">
          <h2>{t('popup.errorTitle')}</h2>
          <p>{analysis.message}</p>
          <button type="button" onClick={onRetry}>
            {t('common.tryAgain')}
          </button>
        </section>
      );
  }
}
