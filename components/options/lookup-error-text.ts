/**
 * A ROR or RRID look-up that failed, in the user's language: by the failure's kind where it says it all
 * (offline, time-out, too many requests: `LookupError.kind`, lib/sources/lookup-json.ts), by its code
 * where it names the value looked up (`LookupError.lookupProblem`). Anything else keeps lib's English.
 */
import { LookupError, type LookupErrorKind, type LookupProblem } from '../../lib/sources/lookup-json';
import { t } from '../../platform/i18n';

const KIND_TEXT: Record<LookupErrorKind, ((service: string) => string) | null> = {
  offline: (service) => t('lookup.offline', { service }),
  timeout: (service) => t('lookup.timeout', { service }),
  'rate-limited': (service) => t('lookup.rateLimited', { service }),
  'not-found': null,
  unexpected: null,
};

/** Every code has its words: a new code without them does not compile. */
const PROBLEM_TEXT: { [C in LookupProblem['code']]: (p: Extract<LookupProblem, { code: C }>) => string } = {
  // The same words as the form's own check of the field (issue-text.ts).
  BAD_ROR: (p) => t('issue.badRor', { value: p.values.value }),
  BAD_RRID: (p) => t('issue.badRrid', { value: p.values.value }),
  ROR_NOT_FOUND: (p) => t('lookup.rorNotFound', { id: p.values.id }),
  RRID_NOT_FOUND: (p) => t('lookup.rridNotFound', { id: p.values.id }),
};

/** The words for a look-up problem; null for a code this version does not know. */
export function lookupProblemText(problem: LookupProblem): string | null {
  const word = (PROBLEM_TEXT as unknown as Record<string, ((p: LookupProblem) => string) | undefined>)[
    problem.code
  ];
  return word ? word(problem) : null;
}

/** `service` names the API in the UI's language (“the Research Organization Registry (api.ror.org)”). */
export function lookupErrorText(err: unknown, service: string): string {
  if (err instanceof LookupError) {
    const coded = err.lookupProblem ? lookupProblemText(err.lookupProblem) : null;
    if (coded) return coded;
    const word = KIND_TEXT[err.kind];
    if (word) return word(service);
  }
  return err instanceof Error ? err.message : String(err);
}
