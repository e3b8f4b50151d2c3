/** The engine every audit uses in the product: the popup's JATS extraction and verdict code, unchanged. */
import { extractJats, isJats } from '../extract/jats';
import { authorshipCue } from '../match/authorship';
import { compileProfile } from '../match/compile';
import { check } from '../verdict/index';
import type { AuditEngine } from './engine';

export const defaultEngine: AuditEngine<ReturnType<typeof compileProfile>> = {
  isJats,
  extractJats,
  compileProfile,
  // The dashboard and `corecredit audit` weigh authorship at once (only the extension's background may not).
  check: (article, profile) => check(article, profile, { authorship: authorshipCue }),
};
