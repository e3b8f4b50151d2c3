import { type Analysis, hasCreditText } from '../lib/analysis';
import type { Evidence } from '../lib/verdict/types';
import { ArticleSummary } from './ArticleSummary';
import { PasteCheck } from './PasteCheck';
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
  switch (analysis.state) {
    case 'article':
      return (
        <>
          <ArticleSummary record={analysis.record} />
          {analysis.record.kind === 'text' && (
            <p class="text-source">
              <button type="button" class="link" onClick={onRetry}>
                Check the whole page instead
              </button>
            </p>
          )}
          {analysis.profileProblems.length > 0 && (
            <section class="notice" role="status" data-state="profile-problems">
              <h2>Your profile needed repairs</h2>
              <ul>
                {analysis.profileProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
              <button type="button" onClick={props.onOpenOptions}>
                Review the profile
              </button>
            </section>
          )}
          {analysis.record.kind !== 'text' && !hasCreditText(analysis.record) && (
            <section class="notice" role="status" data-state="no-credit-text">
              <h2>No acknowledgements on this page</h2>
              <p>
                The page shows no acknowledgements, funding, contributions or methods. Perhaps only the
                abstract is open to you, or the site shows the full text late: the verdicts below cannot tell
                whether the paper credits your facility.
              </p>
              <button type="button" onClick={onRetry}>
                Read the page again
              </button>
            </section>
          )}
          {analysis.verdicts === null ? (
            <section class="state state--no-profile" data-state="no-profile">
              <h2>Set up your facility first</h2>
              <p>
                CoreCredit compares the paper with your facility’s profile: its names, RRID, staff and grants.
                It takes a minute, and stays in this browser.
              </p>
              <button type="button" onClick={props.onOpenOptions}>
                Create a facility profile
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
                    Clear highlights
                  </button>
                )}
              </p>
            </>
          )}
          {analysis.record.warnings.length > 0 && (
            <details class="warnings">
              <summary>Reading notes ({analysis.record.warnings.length})</summary>
              <ul>
                {analysis.record.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      );
    case 'not-article':
      return (
        <section class="state state--not-article" data-state="not-article">
          <h2>This does not look like an article</h2>
          <p>
            CoreCredit found no title with authors, no DOI and no acknowledgements, funding or contributions
            section on this page.
          </p>
          <p>
            If the page is still loading, or the site shows the article late, try again. To check any text,
            select it and choose “Check selected text with CoreCredit” from the right-click menu.
          </p>
          <button type="button" onClick={onRetry}>
            Check again
          </button>
          <PasteCheck onCheck={props.onCheckText} />
        </section>
      );
    case 'no-access':
      return (
        <section class="state state--no-access" data-state="no-access">
          <h2>CoreCredit cannot read this page</h2>
          <p>{analysis.reason}</p>
          <PasteCheck onCheck={props.onCheckText} />
        </section>
      );
    case 'error':
      return (
        <section class="state state--error" data-state="error" role="alert">
          <h2>Something went wrong</h2>
          <p>{analysis.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </section>
      );
  }
}
