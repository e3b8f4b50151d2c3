import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { authorshipCue } from '../lib/match/authorship';
import { PAGE_ANALYSER } from '../lib/verdict/authorship-globals';

/**
 * The authorship analysis (compromise) for the popup, added to its page only when a verdict has
 * mentions to weigh (entrypoints/popup/weigh.ts): the popup's own script stays small.
 */
export default defineUnlistedScript(() => {
  (globalThis as { [PAGE_ANALYSER]?: unknown })[PAGE_ANALYSER] = authorshipCue;
});
