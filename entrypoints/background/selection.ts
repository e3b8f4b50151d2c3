/**
 * "Check selected text with CoreCredit": for PDFs, sites without an adapter, or a paragraph that
 * matters. The selection is judged like a page and the popup opens on the result.
 */
import { type Browser, browser } from 'wxt/browser';
import type { Analysis } from '../../lib/analysis';
import { extractText } from '../../lib/extract/text';
import type { TabSession } from '../../lib/tab-session';
import { toolbarAction } from '../../platform/action';
import { t } from '../../platform/i18n';
import { judge } from './judge';

export const MENU_ID = 'corecredit-check-selection';

export function createMenu(): void {
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('background.menuCheckSelection'),
    contexts: ['selection'],
  });
}

export async function onMenuClick(
  session: TabSession,
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  const text = (await selectionWithLineBreaks(tab.id)) ?? info.selectionText ?? '';
  await session.analyzeRecord(tab.id, tab.url ?? '', { ...extractText(text), url: tab.url ?? null });
  try {
    await toolbarAction().openPopup();
  } catch {
    // Browsers without openPopup from a menu click: show the same popup in a small window.
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?tabId=${tab.id}`),
      type: 'popup',
      width: 420,
      height: 640,
    });
  }
}

/** The menu's own selectionText loses line breaks (and with them the headings); ask the page instead. */
async function selectionWithLineBreaks(tabId: number): Promise<string | null> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof frame?.result === 'string' && frame.result.trim() !== '' ? frame.result : null;
  } catch {
    return null; // A PDF viewer or a protected page: fall back to the menu's text.
  }
}

/** Pasted text, judged without touching any tab. */
export async function checkText(text: string): Promise<Analysis> {
  const record = extractText(text);
  const { acknowledgements, funding, contributions } = record.sections;
  if (!acknowledgements && !funding && !contributions) {
    return { state: 'error', message: t('background.noTextToCheck') };
  }
  const { verdicts, profileProblems } = await judge(record);
  return { state: 'article', record, verdicts, profileProblems };
}
