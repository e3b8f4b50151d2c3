/**
 * The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in the Firefox build
 * (Manifest V2), which has the same methods for what CoreCredit uses (badge, title, openPopup).
 */
import { type Browser, browser } from 'wxt/browser';

type ToolbarAction = Pick<
  typeof Browser.action,
  'setBadgeText' | 'getBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'openPopup'
>;

export function toolbarAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('This browser has no toolbar button API.');
  return action;
}
