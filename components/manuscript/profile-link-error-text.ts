/**
 * Why a facility profile could not be fetched from the link an author pasted, in the user's language:
 * the look-up's kind or code (lib/sources/facility-profile.ts, lookup-json.ts), worded as the options
 * page words a ROR or RRID look-up, the site named by its host. Any other error (the permission refused)
 * already speaks the user's language and is shown as it is.
 */
import { LookupError } from '../../lib/sources/lookup-json';
import { t } from '../../platform/i18n';
import { lookupErrorText } from '../options/lookup-error-text';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

export function profileLinkErrorText(err: unknown, link: string): string {
  const host = hostOf(err instanceof LookupError && err.url ? err.url : link.trim());
  return lookupErrorText(err, t('lookup.facilityWebsite', { host }));
}
