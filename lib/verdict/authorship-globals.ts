/**
 * Where the background and the injected authorship script (entrypoints/authorship.content.ts) meet in a
 * page's isolated world: the request left for the script, and the weigher the script leaves behind so
 * that the form's next check does not inject (and start compromise) again.
 */
export const WEIGH_REQUEST = Symbol.for('corecredit.authorship-request');
export const WEIGHER = Symbol.for('corecredit.authorship-weigher');
