import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../../platform/messaging';
import { browserTabSession } from './analyze-tab';
import { autoCheck } from './auto-check';
import { clearInTab, highlightInTab } from './highlight';
import { watchProfile } from './judge';
import { checkText, createMenu, onMenuClick } from './selection';
import { checkSubmission, submissionContext, watchSubmissionSettings } from './submission';

export default defineBackground(() => {
  const session = browserTabSession();
  listen({
    analyzeTab: ({ tabId, force }) => session.analyzeTab(tabId, { force }),
    checkText: ({ text }) => checkText(text),
    highlightEvidence: ({ tabId, targets }) => highlightInTab(tabId, targets),
    clearHighlights: ({ tabId }) => clearInTab(tabId),
    authorshipWeighed: async ({ tabId, url, outcomes }) => ({
      kept: await session.keepWeighed(tabId, url, outcomes),
    }),
    submissionContext,
    checkSubmission,
  });
  watchProfile();
  watchSubmissionSettings();
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(session, info, tab));
  browser.tabs.onRemoved.addListener((tabId) => void session.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined) void session.onUrlChange(tabId, change.url);
    if (change.status === 'complete') void autoCheck(session, tab).catch(() => undefined);
  });
});
