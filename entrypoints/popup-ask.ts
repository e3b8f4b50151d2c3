/**
 * The popup's first script (popup/index.html loads it before its modules): it asks the background for
 * the tab's verdict the moment it arrives, so the background reads and judges while the popup's modules
 * (Preact, the views) are still being fetched; popup/main.tsx takes the answer (docs/PERFORMANCE.md).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAsking } from './popup/ask';

export default defineUnlistedScript(startAsking);
