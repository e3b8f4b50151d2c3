/**
 * The popup's one script (popup/index.html), a classic script rather than the page's modules: the page
 * loads this one file instead of a module graph of four, each a round trip to the browser process, and
 * no stylesheet holds it back (the styles travel in it). It asks the background for the tab's verdict
 * before anything else, so the background reads and judges while the popup renders (docs/PERFORMANCE.md).
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import theme from '../components/theme.css?inline';
import { applyDocumentLanguage } from '../platform/i18n';
import { App } from './popup/App';
import { askForTab } from './popup/ask';
import popup from './popup/popup.css?inline';

export default defineUnlistedScript(() => {
  const first = askForTab(false);
  applyDocumentLanguage();
  const style = document.createElement('style');
  style.textContent = theme + popup;
  document.head.append(style);
  const root = document.getElementById('app');
  if (root) render(<App first={first} />, root);
});
