/**
 * Why an audited paper was checked only in part, or not at all, in the user's language: lib/audit gives
 * codes (lib/audit/reasons.ts, lib/sources/source-error.ts) and this words them from the catalogue's
 * `audit` group (a full text's own problem from `fileProblem`, as the manuscript page words a file's).
 * Rows of runs stored before the codes show their English reason.
 */
import type { AuditReason, AuditReasonCode } from '../../lib/audit/reasons';
import type { AuditRow } from '../../lib/audit/types';
import type { FileProblem } from '../../lib/extract/file-problems';
import type { SourceProblem } from '../../lib/sources/source-error';
import { formatNumber, t } from '../../platform/i18n';
import { fileProblemText } from '../manuscript/file-problem-text';

type Of<U, C> = Extract<U, { code: C }>;

const problemText: { [C in SourceProblem['code']]: (p: Of<SourceProblem, C>) => string } = {
  HTTP: ({ values: v }) => t('audit.problem.http', { service: v.service, status: String(v.status) }),
  TIMEOUT: ({ values: v }) =>
    t('audit.problem.timeout', { service: v.service, seconds: formatNumber(v.seconds) }),
  UNREACHABLE: ({ values: v }) => t('audit.problem.unreachable', { service: v.service, error: v.error }),
  BUSY: ({ values: v }) => t('audit.problem.busy', { service: v.service, seconds: formatNumber(v.seconds) }),
  BAD_ANSWER: ({ values: v }) => t('audit.problem.badAnswer', { service: v.service }),
  OTHER: ({ values: v }) => t('audit.problem.other', { error: v.error }),
};

/** Why the full text could not be read: our reason in words, else the parser's own message. */
function fullTextError(r: { values: { error: string }; problem?: FileProblem }): string {
  return (r.problem && fileProblemText(r.problem)) ?? r.values.error;
}

const reasonText: { [C in AuditReasonCode]: (r: Of<AuditReason, C>) => string } = {
  NO_FULL_TEXT: () => t('audit.reason.noFullText'),
  FULL_TEXT_UNPARSABLE: (r) => t('audit.reason.fullTextUnparsable', { error: fullTextError(r) }),
  FULL_TEXT_NOT_JATS: () => t('audit.reason.fullTextNotJats'),
  FULL_TEXT_UNREADABLE: (r) => t('audit.reason.fullTextUnreadable', { error: fullTextError(r) }),
  NOT_IN_EUROPE_PMC: () => t('audit.reason.notInEuropePmc'),
  NOT_FOUND: () => t('audit.reason.notFound'),
  SOURCE_FAILED: ({ problem }) => sourceProblemText(problem),
};

/** A source's problem in words; the English it came with when the code is unknown here. */
export function sourceProblemText(problem: SourceProblem): string {
  const word = Object.hasOwn(problemText, problem.code)
    ? (problemText as unknown as Record<string, (p: SourceProblem) => string>)[problem.code]
    : undefined;
  return (
    word?.(problem) ?? ('values' in problem && 'error' in problem.values ? String(problem.values.error) : '')
  );
}

/** A reason in words, with Crossref's failure after it when there was one; null for an unknown code. */
export function auditReasonText(reason: AuditReason): string | null {
  if (!Object.hasOwn(reasonText, reason.code)) return null;
  const word = (reasonText as unknown as Record<string, (r: AuditReason) => string>)[reason.code]!;
  const crossref = 'crossref' in reason && reason.crossref ? reason.crossref : null;
  const main = word(reason);
  return crossref
    ? `${main} ${t('audit.reason.crossrefFailed', { problem: sourceProblemText(crossref) })}`
    : main;
}

/** The row's reason in the UI language, else as stored (English), else null. */
export function rowReason(row: Pick<AuditRow, 'reason' | 'reasonCode'>): string | null {
  return (row.reasonCode && auditReasonText(row.reasonCode)) ?? row.reason;
}
