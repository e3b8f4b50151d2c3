import { defineContentScript } from 'wxt/utils/define-content-script';
import { read } from '../lib/extract/read';

/**
 * Injected only when the user asks (toolbar click, context menu, or the automatic check where granted):
 * reads the page's DOM into a draft and returns it to the background, which finishes it into the record
 * (lib/extract/finish.ts) and judges it. Nothing else runs in the page: the reader's text work is the
 * background's, where its patterns are compiled once per worker rather than on every click.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return read(document, location.href);
  },
});
