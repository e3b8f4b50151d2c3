import { render } from 'preact';
import { applyDocumentLanguage } from '../../platform/i18n';
import { App } from './App';
import { askForTab } from './ask';

applyDocumentLanguage();

// Asked before the first render, so the background's reading overlaps the popup's own start.
const first = askForTab(false);
const root = document.getElementById('app');
if (root) render(<App first={first} />, root);
