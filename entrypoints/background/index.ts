import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../../platform/messaging';
import { analyzeTab, forgetTab } from './analyze-tab';

export default defineBackground(() => {
  listen({
    analyzeTab: ({ tabId, force }) => analyzeTab(tabId, force ?? false),
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void forgetTab(tabId);
  });
});
