/**
 * The typed protocol of lib/messages.ts over the extension's runtime messaging: the receiving side, and
 * requests to tabs. Requests to the background: platform/send.ts.
 */
import { type Browser, browser } from 'wxt/browser';
import { dispatch, type Handlers } from '../lib/messages';

export type Sender = Browser.runtime.MessageSender;

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
