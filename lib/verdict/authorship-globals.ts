/**
 * Where the background and the injected authorship script (entrypoints/authorship.content.ts) meet in a
 * page's isolated world: the request left for the script, and the weigher the script leaves behind so
 * that the form's next check does not inject (and start compromise) again.
 */
export const WEIGH_REQUEST = Symbol.for('corecredit.authorship-request');
export const WEIGHER = Symbol.for('corecredit.authorship-weigher');

/**
 * Where the popup's authorship script (entrypoints/authorship-page.ts) leaves the analysis: the popup's
 * one classic script cannot load code lazily (a dynamic import() is built into it), so it adds that
 * script to its page only when a verdict has mentions to weigh.
 */
export const PAGE_ANALYSER = Symbol.for('corecredit.authorship-analyser');
