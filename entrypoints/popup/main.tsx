import { render } from 'preact';
import theme from '../../components/theme.css?inline';
import { applyDocumentLanguage } from '../../platform/i18n';
import { App } from './App';
import { firstAsk } from './ask';
import popup from './popup.css?inline';

// Asked by the popup's first script, before this module and its imports were fetched.
const first = firstAsk();
applyDocumentLanguage();
// The styles travel in this module instead of two stylesheets: a pending stylesheet holds back every
// script of the page, and each file an extension page loads costs a round trip to the browser process.
const style = document.createElement('style');
style.textContent = theme + popup;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<App first={first} />, root);
