/**
 * compromise, loaded on its first call rather than when the CLI starts (it is most of a small check's start-up: docs/PERFORMANCE.md). Only the authorship
 * analysis (lib/match/authorship.ts) calls it, and only for a staff member thanked near words of
 * intellectual work; building its lexicon costs more than everything else `check` does on a small page.
 * scripts/build-cli.mjs puts this module in the place of `compromise` for every importer but this one;
 * esbuild turns the require() into a synchronous, lazy start of the bundled library. The extension and
 * the tests import compromise as it is.
 */
import type nlpType from 'compromise';

let real: typeof nlpType | undefined;

const nlp = ((...args: Parameters<typeof nlpType>) => {
  if (!real) {
    // require() picks compromise's CommonJS build (one prebuilt file), whose export is the function itself.
    const m = require('compromise') as typeof nlpType | { default: typeof nlpType };
    real = 'default' in m ? m.default : m;
  }
  return real(...args);
}) as typeof nlpType;

export default nlp;
