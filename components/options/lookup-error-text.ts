/**
 * A ROR or RRID look-up that failed, in the user's language where the failure's kind says it all
 * (offline, time-out, too many requests: `LookupError.kind`, lib/sources/lookup-json.ts). The other kinds
 * name the value looked up and keep lib's English for now (docs/I18N.md, "Still in English").
 */
import { LookupError, type LookupErrorKind } from '../../lib/sources/lookup-json';
import { t } from '../../platform/i18n';

const KIND_TEXT: Record<LookupErrorKind, ((service: string) => string) | null> = {
  offline: (service) => t('lookup.offline', { service }),
  timeout: (service) => t('lookup.timeout', { service }),
  'rate-limited': (service) => t('lookup.rateLimited', { service }),
  'not-found': null,
  unexpected: null,
};

/** `service` names the API in the UI's language (“the Research Organization Registry (api.ror.org)”). */
export function lookupErrorText(err: unknown, service: string): string {
  const word = err instanceof LookupError ? KIND_TEXT[err.kind] : null;
  return word ? word(service) : err instanceof Error ? err.message : String(err);
}
