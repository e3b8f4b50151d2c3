/**
 * Requests to the extension's own background (lib/messages.ts protocol). Its replies are trusted and not
 * validated again here (lib/message-reply.ts), so the pages that only ask (the popup, the submission
 * assistant) load no zod.
 */
import { browser } from 'wxt/browser';
import { requestOwn } from '../lib/message-reply';
import type { MessageName, ReplyOf, RequestOf } from '../lib/messages';

export function sendToBackground<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ReplyOf<K>> {
  return requestOwn((message) => browser.runtime.sendMessage(message), type, payload);
}
