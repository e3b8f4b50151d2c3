import type { Analysis } from '../lib/analysis';
import { ArticleSummary } from './ArticleSummary';

interface Props {
  analysis: Analysis;
  onRetry: () => void;
}

/** One of the popup's states: an article, not an article, no access, or an error. */
export function AnalysisView({ analysis, onRetry }: Props) {
  switch (analysis.state) {
    case 'article':
      return <ArticleSummary record={analysis.record} />;
    case 'not-article':
      return (
        <section class="state state--not-article" data-state="not-article">
          <h2>This does not look like an article</h2>
          <p>
            CoreCredit found no title with authors, no DOI and no acknowledgements, funding or contributions
            section on this page.
          </p>
          <p>If the page is still loading, or the site shows the article late, try again.</p>
          <button type="button" onClick={onRetry}>
            Check again
          </button>
        </section>
      );
    case 'no-access':
      return (
        <section class="state state--no-access" data-state="no-access">
          <h2>CoreCredit cannot read this page</h2>
          <p>{analysis.reason}</p>
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
