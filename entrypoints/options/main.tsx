import { render } from 'preact';
import '../../components/options/profile-editor.css';
import { applyDocumentLanguage, t } from '../../platform/i18n';
import { App } from './App';

applyDocumentLanguage();
document.title = t('options.pageTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
