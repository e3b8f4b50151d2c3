/** Kept in step with package.json "version" (a test checks it), so the bundle needs no JSON import. */
export const VERSION = '0.1.0';
