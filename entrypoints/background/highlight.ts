/**
 * Showing evidence on the page: the background leaves the validated request on the extension's
 * isolated-world global, then injects the highlight script, which reads it (see lib/highlight/request).
 */
import { browser } from 'wxt/browser';
import type { EvidenceTarget } from '../../lib/highlight/highlight';
import { HighlightError, readClearReply, readHighlightReply } from '../../lib/highlight/reply';
import type { HighlightRequest } from '../../lib/highlight/request';
import { t } from '../../platform/i18n';

const HIGHLIGHT_SCRIPT = '/content-scripts/highlight.js';

async function inject(tabId: number, request: HighlightRequest): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world: it cannot close over imports, so the key is spelled out.
    func: (value: unknown) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for('corecredit.highlight-request')] = value;
    },
    args: [request],
  });
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHT_SCRIPT] });
  return frame?.result;
}

/** The popup shows the error's message: worded here, in the UI's language. */
function worded(error: unknown): unknown {
  if (!(error instanceof HighlightError)) return error;
  return new Error(
    error.code === 'refused'
      ? t('background.highlightRefused', { error: error.detail })
      : t('background.highlightNoAnswer'),
  );
}

export async function highlightInTab(tabId: number, targets: EvidenceTarget[]): Promise<{ found: number }> {
  try {
    return readHighlightReply(await inject(tabId, { action: 'highlight', targets }));
  } catch (error) {
    throw worded(error);
  }
}

export async function clearInTab(tabId: number): Promise<{ cleared: number }> {
  try {
    return readClearReply(await inject(tabId, { action: 'clear' }));
  } catch (error) {
    throw worded(error);
  }
}
