import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnalysisView } from '../../components/AnalysisView';
import type { Analysis } from '../../lib/analysis';
import type { Evidence } from '../../lib/verdict/types';
import { t } from '../../platform/i18n';
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
  const [tabId, setTabId] = useState<number>();
  const [highlightStatus, setHighlightStatus] = useState<string | null>(null);

  const run = useCallback(async (force: boolean) => {
    setAnalysis('loading');
    try {
      const id = await targetTabId();
      setTabId(id);
      if (id === undefined) {
        setAnalysis({ state: 'no-access', reason: t('popup.noTab') });
        return;
      }
      setAnalysis(await sendToBackground('analyzeTab', { tabId: id, force }));
    } catch (error) {
      setAnalysis({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run(false);
  }, [run]);

  const showEvidence = async (evidence: Evidence, sourceText: string) => {
    if (tabId === undefined) return;
    try {
      const { found } = await sendToBackground('highlightEvidence', {
        tabId,
        targets: [{ sectionText: sourceText, start: evidence.start, end: evidence.end }],
      });
      setHighlightStatus(found > 0 ? t('popup.highlighted', { text: evidence.text }) : t('popup.notVisible'));
    } catch {
      setHighlightStatus(t('popup.pageChanged'));
    }
  };

  const checkText = async (text: string) => {
    setAnalysis('loading');
    try {
      setAnalysis(await sendToBackground('checkText', { text }));
    } catch (error) {
      setAnalysis({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const clearHighlights = async () => {
    if (tabId === undefined) return;
    await sendToBackground('clearHighlights', { tabId }).catch(() => undefined);
    setHighlightStatus(null);
  };

  return (
    <main class="popup" aria-busy={analysis === 'loading'}>
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
