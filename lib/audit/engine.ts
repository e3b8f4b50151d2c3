/**
 * The extraction and verdict code an audit runs, passed in rather than imported, so the audit loop
 * stays testable on its own and the dashboard, the CLI and the popup share one implementation:
 * callers pass `{ isJats, extractJats, check, compileProfile }` from lib/extract/jats and lib/verdict.
 */
import type { ArticleRecord } from '../article';
import type { Profile } from '../profile/types';
import type { Verdict } from '../verdict/types';

export interface AuditEngine<Compiled = unknown> {
  isJats(doc: Document): boolean;
  extractJats(doc: Document, options?: { pageText?: boolean }): ArticleRecord;
  /** Compiled once per audit; check() accepts either form. */
  compileProfile?(profile: Profile): Compiled;
  check(article: ArticleRecord, profile: Profile | Compiled): Verdict[];
}
