/**
 * Where the authorship script (entrypoints/authorship-page.ts) leaves what it installs on its world's
 * global: the extension's pages add it with a <script> tag (platform/load-authorship.ts) and the
 * background injects it into a submission form's frame, so neither can import it.
 */

/** The analysis itself (an AuthorshipAnalyser), for the popup, the manuscript page and the dashboard. */
export const PAGE_ANALYSER = Symbol.for('corecredit.authorship-analyser');

/**
 * Answers a WeighRequest with AuthorshipOutcome[] or `{ error }`, never throws: what the background
 * calls in a form's frame (where it stays for the form's next checks as the author types).
 */
export const WEIGHER = Symbol.for('corecredit.authorship-weigher');
