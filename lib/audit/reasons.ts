/**
 * Why an audited paper was checked only from its metadata, or not at all, as a code with values: the
 * dashboard words it in the user's language (components/dashboard/audit-reason-text.ts). The English
 * `reason` beside it stays what the CLI, the CSV and stored runs have always said.
 */
import type { FileProblem } from '../extract/file-problems';
import type { SourceProblem } from '../sources/source-error';

/**
 * Why the full text gave no article (lib/audit/read-jats.ts). `error` is the English the reason was
 * written with; `problem` the same as a code when the parser or reader gave one (an ExtractError's).
 */
export type FullTextProblem =
  | { code: 'FULL_TEXT_UNPARSABLE'; values: { error: string }; problem?: FileProblem }
  | { code: 'FULL_TEXT_NOT_JATS' }
  | { code: 'FULL_TEXT_UNREADABLE'; values: { error: string }; problem?: FileProblem };

export type AuditReason =
  /** Partial: no open full text, or one that could not be read; Crossref may have failed as well. */
  | { code: 'NO_FULL_TEXT'; crossref?: SourceProblem }
  | (FullTextProblem & { crossref?: SourceProblem })
  | { code: 'NOT_IN_EUROPE_PMC' }
  | { code: 'NOT_FOUND' }
  /** Failed: a source could not answer. */
  | { code: 'SOURCE_FAILED'; problem: SourceProblem };

export type AuditReasonCode = AuditReason['code'];

export const AUDIT_REASON_CODES = [
  'NO_FULL_TEXT',
  'FULL_TEXT_UNPARSABLE',
  'FULL_TEXT_NOT_JATS',
  'FULL_TEXT_UNREADABLE',
  'NOT_IN_EUROPE_PMC',
  'NOT_FOUND',
  'SOURCE_FAILED',
] as const satisfies readonly AuditReasonCode[];
const _allListed: [AuditReasonCode] extends [(typeof AUDIT_REASON_CODES)[number]] ? true : never = true;
