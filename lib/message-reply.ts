/**
 * Sending side for requests to the extension's own background, without zod: the popup loads no schema
 * code (zod and the schemas were ~70 ms of the popup's start: docs/PERFORMANCE.md). The background validates
 * every request it receives and every record a page sends it (lib/messages.ts), and builds its reply
 * from that validated data, so its reply is trusted; only the envelope is checked here. Replies from a
 * web page's content script are another matter: `request` in lib/messages.ts validates those.
 */
import type { MessageName, ReplyOf, RequestOf } from './messages';
import { ProtocolError } from './protocol-error';

export async function requestOwn<K extends MessageName>(
  send: (message: unknown) => Promise<unknown>,
  type: K,
  payload: RequestOf<K>,
): Promise<ReplyOf<K>> {
  const raw = (await send({ type, payload })) as
    | { ok?: unknown; value?: unknown; error?: unknown }
    | undefined;
  if (raw?.ok === true && 'value' in raw) return raw.value as ReplyOf<K>;
  if (raw?.ok === false && typeof raw.error === 'string') throw new ProtocolError(raw.error);
  throw new ProtocolError(`No valid reply to “${type}”.`);
}
