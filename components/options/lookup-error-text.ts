/**
 * A ROR, RRID or facility profile look-up that failed, in the user's language: by the failure's kind
 * where it says it all (offline, time-out, too many requests: `LookupError.kind`,
 * lib/sources/lookup-json.ts), by its code otherwise (`LookupError.lookupProblem`: the value looked up,
 * an HTTP status, an answer that cannot be read, a link that cannot be fetched). Anything else keeps
 * lib's English.
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
const PROBLEM_TEXT: {
  [C in LookupProblem['code']]: (p: Extract<LookupProblem, { code: C }>, service: string) => string;
} = {
  // The same words as the form's own check of the field (issue-text.ts).
  BAD_ROR: (p) => t('issue.badRor', { value: p.values.value }),
  BAD_RRID: (p) => t('issue.badRrid', { value: p.values.value }),
  ROR_NOT_FOUND: (p) => t('lookup.rorNotFound', { id: p.values.id }),
  RRID_NOT_FOUND: (p) => t('lookup.rridNotFound', { id: p.values.id }),
  HTTP_ERROR: (p, service) => t('lookup.httpError', { service, status: String(p.values.status) }),
  BAD_ANSWER: (_, service) => t('lookup.badAnswer', { service }),
  NOT_A_WEB_ADDRESS: (p) => t('lookup.notAWebAddress', { value: p.values.value }),
  NOT_HTTPS: () => t('lookup.notHttps'),
  PROFILE_NOT_FOUND: () => t('lookup.profileNotFound'),
};

/**
 * The words for a look-up problem, `service` naming the API in the UI's language; null for a code this
 * version does not know.
 */
export function lookupProblemText(problem: LookupProblem, service: string): string | null {
  const word = (
    PROBLEM_TEXT as unknown as Record<string, ((p: LookupProblem, service: string) => string) | undefined>
  )[problem.code];
  return word ? word(problem, service) : null;
}

/** `service` names the API in the UI's language (“the Research Organization Registry (api.ror.org)”). */
export function lookupErrorText(err: unknown, service: string): string {
  if (err instanceof LookupError) {
    const coded = err.lookupProblem ? lookupProblemText(err.lookupProblem, service) : null;
    if (coded) return coded;
    const word = KIND_TEXT[err.kind];
    if (word) return word(service);
  }
  return err instanceof Error ? err.message : String(err);
}
