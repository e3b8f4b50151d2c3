import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnalysisView } from '../../components/AnalysisView';
import type { Analysis } from '../../lib/analysis';
import { highlightFailure } from '../../lib/highlight/reply';
import type { Evidence } from '../../lib/verdict/types';
import { t } from '../../platform/i18n';
import { sendToBackground } from '../../platform/send';
import { type Asked, askForTab } from './ask';
import { needsWeighing, weighed } from './weigh';

export function App({ first }: { first: Promise<Asked> }) {
  const [analysis, setAnalysis] = useState<Analysis | 'loading'>('loading');
  const [tabId, setTabId] = useState<number>();
  const [highlightStatus, setHighlightStatus] = useState<string | null>(null);
  const [weighing, setWeighing] = useState(false);

  // The verdict is shown first; staff mentions the background left to weigh for AUTHORSHIP_CANDIDATE
  // are weighed after (./weigh.ts), and the verdict replaced unless the user has moved on meanwhile.
  const complete = useCallback(async (answer: Analysis, id: number | undefined) => {
    if (!needsWeighing(answer)) return;
    setWeighing(true);
    try {
      const done = await weighed(answer, id);
      setAnalysis((shown) => (shown === answer ? done : shown));
    } catch (error) {
      // The verdict stays as shown, without the flag; the reason goes to the console (not UI text).
      console.warn(error);
    } finally {
      setWeighing(false);
    }
  }, []);

  const show = useCallback(
    async (asked: Promise<Asked>) => {
      setAnalysis('loading');
      const { tabId: id, analysis: answer } = await asked;
      setTabId(id);
      setAnalysis(answer);
      await complete(answer, id);
    },
    [complete],
  );
  const run = useCallback((force: boolean) => show(askForTab(force)), [show]);

  // The first question was asked before this component existed (popup-ask.ts). Taken up as the first
  // render commits, not in an effect (Preact runs those after a paint): an answer that is already in
  // replaces "checking" before the popup paints its first frame.
  useLayoutEffect(() => {
    void show(first);
  }, [show, first]);

  const showEvidence = async (evidence: Evidence, sourceText: string) => {
    if (tabId === undefined) return;
    try {
      const { found } = await sendToBackground('highlightEvidence', {
        tabId,
        targets: [{ sectionText: sourceText, start: evidence.start, end: evidence.end }],
      });
      setHighlightStatus(found > 0 ? t('popup.highlighted', { text: evidence.text }) : t('popup.notVisible'));
    } catch (error) {
      setHighlightStatus(highlightFailure(error, t('popup.highlightAgain')));
    }
  };

  const checkText = async (text: string) => {
    setAnalysis('loading');
    try {
      const answer = await sendToBackground('checkText', { text });
      setAnalysis(answer);
      await complete(answer, undefined);
    } catch (error) {
      setAnalysis({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const clearHighlights = async () => {
    if (tabId === undefined) return;
    try {
      await sendToBackground('clearHighlights', { tabId });
      setHighlightStatus(null);
    } catch (error) {
      setHighlightStatus(highlightFailure(error, t('popup.highlightAgain')));
    }
  };

  return (
    <main
      class="popup"
      aria-busy={analysis === 'loading'}
      data-authorship={weighing ? 'weighing' : undefined}
    >
      <header class="popup__header">
        <h1>{t('manifest.name')}</h1>
      </header>
      {analysis === 'loading' ? (
        <p class="state state--loading" role="status">
          {t('popup.loading')}
        </p>
      ) : (
        <AnalysisView
          analysis={analysis}
          onRetry={() => void run(true)}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          onShowEvidence={(evidence, text) => void showEvidence(evidence, text)}
          onClearHighlights={() => void clearHighlights()}
          onCheckText={(text) => void checkText(text)}
          highlightStatus={highlightStatus}
        />
      )}
      <footer class="popup__footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.profilesLink')}
        </button>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          {t('popup.dashboardLink')}
        </a>
        <a href={browser.runtime.getURL('/manuscript.html')} target="_blank" rel="noreferrer">
          {t('popup.manuscriptLink')}
        </a>
      </footer>
    </main>
  );
}
