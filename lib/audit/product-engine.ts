/**
 * The engine every audit uses in the product (the popup's JATS extraction and verdict code, unchanged),
 * given the authorship analysis: the CLI imports it (./default-engine.ts), the dashboard loads it as a
 * script (platform/load-authorship.ts) so the extension ships compromise once.
 */
import { extractJats, isJats } from '../extract/jats';
import { compileProfile } from '../match/compile';
import type { AuthorshipAnalyser } from '../verdict/authorship-weighing';
import { check } from '../verdict/index';
import type { AuditEngine } from './engine';

export type ProductEngine = AuditEngine<ReturnType<typeof compileProfile>>;

export function productEngine(authorship: AuthorshipAnalyser): ProductEngine {
  return {
    isJats,
    extractJats,
    compileProfile,
    // Audits weigh authorship at once (only the extension's background may not).
    check: (article, profile) => check(article, profile, { authorship }),
  };
}
