import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../../platform/messaging';
import { analyzeTab, forgetTab, onTabUrlChange } from './analyze-tab';
import { autoCheck } from './auto-check';
import { clearInTab, highlightInTab } from './highlight';
import { checkText, createMenu, onMenuClick } from './selection';
import { checkSubmission, submissionContext, watchSubmissionSettings } from './submission';

export default defineBackground(() => {
  listen({
    analyzeTab: ({ tabId, force }) => analyzeTab(tabId, { force }),
    checkText: ({ text }) => checkText(text),
    highlightEvidence: ({ tabId, targets }) => highlightInTab(tabId, targets),
    clearHighlights: ({ tabId }) => clearInTab(tabId),
    submissionContext,
    checkSubmission,
  });
  watchSubmissionSettings();
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined) void onTabUrlChange(tabId, change.url);
    if (change.status === 'complete') void autoCheck(tab).catch(() => undefined);
  });
});
