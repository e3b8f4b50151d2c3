/**
 * Why the browser would not let the content script run in a tab, from its error message (Chromium's and
 * Firefox's wording, which is English whatever the browser's language): the extension says it in the
 * user's language, and keeps the browser's own words only for a failure it does not recognise.
 */
export type ReadFailure = 'NO_PERMISSION' | 'ERROR_PAGE' | 'BROWSER_PAGE' | 'POLICY' | 'TAB_GONE' | 'OTHER';

const PATTERNS: Array<[RegExp, ReadFailure]> = [
  // Chromium: "Cannot access contents of url …" / "… of the page. Extension manifest must request
  // permission…"; Firefox: "Missing host permission for the tab".
  [/cannot access contents of|must request permission|missing host permission/i, 'NO_PERMISSION'],
  // Chromium, on a tab showing its own error page (no network, DNS failure).
  [/showing error page/i, 'ERROR_PAGE'],
  // Chromium: "This page cannot be scripted due to an ExtensionsSettings policy."
  [/policy/i, 'POLICY'],
  [/cannot access a [\w-]+:\/\/ url|cannot be scripted|extensions gallery/i, 'BROWSER_PAGE'],
  [/no tab with id|invalid tab id/i, 'TAB_GONE'],
];

export function readFailure(message: string): ReadFailure {
  for (const [pattern, failure] of PATTERNS) if (pattern.test(message)) return failure;
  return 'OTHER';
}
