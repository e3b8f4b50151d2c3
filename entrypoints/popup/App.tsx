import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnalysisView } from '../../components/AnalysisView';
import type { Analysis } from '../../lib/analysis';
import { sendToBackground } from '../../platform/messaging';

/** The tab to check: `?tabId=N` (a popup opened as a tab, as in tests) or the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function App() {
  const [analysis, setAnalysis] = useState<Analysis | 'loading'>('loading');

  const run = useCallback(async (force: boolean) => {
    setAnalysis('loading');
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setAnalysis({ state: 'no-access', reason: 'There is no page open in this window.' });
        return;
      }
      setAnalysis(await sendToBackground('analyzeTab', { tabId, force }));
    } catch (error) {
      setAnalysis({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run(false);
  }, [run]);

  return (
    <main class="popup" aria-live="polite" aria-busy={analysis === 'loading'}>
      <header class="popup__header">
        <h1>CoreCredit</h1>
      </header>
      {analysis === 'loading' ? (
        <p class="state state--loading">Reading the page…</p>
      ) : (
        <AnalysisView analysis={analysis} onRetry={() => void run(true)} />
      )}
    </main>
  );
}
