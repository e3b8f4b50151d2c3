/**
 * Optional host permissions, asked for at the moment the user starts something that needs the network
 * (a ROR or RRID look-up, an audit). Call `requestOrigins` directly from the click handler: browsers
 * only show the prompt during a user gesture.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const ORIGINS = {
  ror: 'https://api.ror.org/*',
  rrid: 'https://scicrunch.org/*',
} as const;

class PermissionRefused extends Error {}

export async function requestOrigins(origins: string[], purpose: string): Promise<void> {
  // No `contains` check first: awaiting it would end the gesture in Firefox. `request` answers true at
  // once, without a prompt, when the permission is already granted.
  const granted = await browser.permissions.request({ origins });
  if (!granted) {
    throw new PermissionRefused(t('common.permissionRefused', { purpose }));
  }
}
