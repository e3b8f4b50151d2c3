/**
 * AUTHORSHIP_CANDIDATE, completed in the popup: the background checks without the authorship analysis
 * (compromise, ~365 kB, would be parsed at every cold start of the service worker, which cannot load it
 * lazily), leaving the mentions to weigh in the verdicts. The popup shows the verdict first, then loads
 * the analysis only when there is something to weigh, and tells the background what it found so the
 * next opening shows the flag at once.
 */
import type { Analysis } from '../../lib/analysis';
import {
  type AuthorshipOutcome,
  hasPendingAuthorship,
  noting,
  weighAuthorship,
} from '../../lib/verdict/authorship-weighing';
import { loadAnalyser } from '../../platform/load-authorship';
import { sendToBackground } from '../../platform/send';

/** Whether `analysis` has mentions left to weigh. */
export function needsWeighing(analysis: Analysis | 'loading'): boolean {
  return analysis !== 'loading' && analysis.state === 'article' && hasPendingAuthorship(analysis.verdicts);
}

/**
 * `analysis` with its pending mentions weighed (a new object; the one shown is not changed). `tabId`:
 * the tab whose page it is, whose judgement the background then completes (none for pasted text).
 */
export async function weighed(analysis: Analysis, tabId: number | undefined): Promise<Analysis> {
  if (analysis.state !== 'article' || !analysis.verdicts || !needsWeighing(analysis)) return analysis;
  const authorshipCue = await loadAnalyser();
  const verdicts = structuredClone(analysis.verdicts);
  const outcomes: AuthorshipOutcome[] = [];
  weighAuthorship(verdicts, analysis.record, noting(authorshipCue, outcomes));
  if (tabId !== undefined)
    // Only saves the next opening some work: a failure (the worker restarted) loses nothing.
    void sendToBackground('authorshipWeighed', { tabId, url: analysis.record.url ?? null, outcomes }).catch(
      () => undefined,
    );
  return { ...analysis, verdicts };
}
