import { defineContentScript } from 'wxt/utils/define-content-script';
import { extract } from '../lib/extract';

/**
 * Injected only when the user asks (toolbar click or context menu): reads the article and returns the
 * record to the background. Nothing else runs in the page; the verdict is computed in the extension.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extract(document, location.href);
  },
});
