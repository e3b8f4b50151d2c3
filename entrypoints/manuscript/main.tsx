import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../platform/i18n';
import { App } from './App';

applyDocumentLanguage();
document.title = t('manuscript.pageTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
