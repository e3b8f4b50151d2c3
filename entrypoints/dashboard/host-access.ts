/**
 * The optional host permission an audit needs. Checked when the page opens, so the Start click can
 * skip the prompt when access is already granted; requested as the click's first await, because
 * browsers only show the prompt during a user gesture.
 */
import { browser } from 'wxt/browser';

export function hasHostAccess(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins }).catch(() => false);
}

export async function requestHostAccess(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}
