/**
 * The typed protocol of lib/messages.ts over the extension's runtime messaging: the receiving side, and
 * requests to tabs. Requests to the background: platform/send.ts.
 */
import { type Browser, browser } from 'wxt/browser';
import {
  dispatch,
  type Handlers,
  type MessageName,
  type ReplyOf,
  type RequestOf,
  request,
} from '../lib/messages';

export type Sender = Browser.runtime.MessageSender;

/** Send a request from an extension page to the content script in a tab (its reply is validated). */
export function sendToTab<K extends MessageName>(
  tabId: number,
  type: K,
  payload: RequestOf<K>,
): Promise<ReplyOf<K>> {
  return request((message) => browser.tabs.sendMessage(tabId, message), type, payload);
}

/** Register the handlers of this context. Messages without a handler here are left for other listeners. */
export function listen(handlers: Handlers<Sender>): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatch(handlers, message, sender).then((reply) => {
      if (reply !== undefined) sendResponse(reply);
    });
    // Keep the channel open for the asynchronous reply (Chrome's contract for onMessage).
    return true;
  });
}
