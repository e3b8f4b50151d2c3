import { render } from 'preact';
import { applyDocumentLanguage } from '../../platform/i18n';
import { App } from './App';

applyDocumentLanguage();

const root = document.getElementById('app');
if (root) render(<App />, root);
