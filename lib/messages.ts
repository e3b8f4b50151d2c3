/**
 * The one message protocol between extension contexts: name → request schema → reply schema.
 * Every message is validated where it is received; a reply is validated where it arrives from a web
 * page's content script (`request`), while the background's replies, built from validated data, are
 * only unwrapped (lib/message-reply.ts, so the popup loads no zod). An unknown or malformed message gets
 * an error reply, never a handler call.
 *
 * Transport-free: callers pass the browser's send function in, so this runs in Node tests too.
 */
import * as z from 'zod/mini';
import { ProtocolError } from './protocol-error';
import { analysisSchema } from './schemas/analysis';
import { authorshipOutcomesSchema } from './schemas/authorship';

const formText = z.string().check(z.maxLength(200_000));
const formFindingSchema = z.object({
  id: z.string(),
  name: z.string(),
  credit: z.enum(['missing', 'generic', 'named', 'named-with-pid']),
  label: z.string(),
  fixes: z.array(
    z.object({
      kind: z.enum(['acknowledgement', 'rrid', 'staff', 'grant', 'instrument', 'authorship']),
      what: z.string(),
      text: z.string(),
      target: z.nullable(z.enum(['acknowledgements', 'funding'])),
    }),
  ),
});

const evidenceTargetSchema = z.object({ sectionText: z.string(), start: z.number(), end: z.number() });

const protocol = {
  /** Popup → background: read the tab's article and judge it against the stored profile. */
  analyzeTab: {
    request: z.object({ tabId: z.number(), force: z.optional(z.boolean()) }),
    reply: analysisSchema,
  },
  /** Popup → background: judge pasted text (a draft's acknowledgements, a PDF's back matter). */
  checkText: {
    request: z.object({ text: z.string().check(z.maxLength(2_000_000)) }),
    reply: analysisSchema,
  },
  /** Popup → background: highlight these pieces of evidence in the tab (replacing earlier ones), scroll to the first. */
  highlightEvidence: {
    request: z.object({ tabId: z.number(), targets: z.array(evidenceTargetSchema).check(z.maxLength(200)) }),
    reply: z.object({ found: z.number() }),
  },
  /** Popup → background: remove every highlight from the tab. */
  clearHighlights: {
    request: z.object({ tabId: z.number() }),
    reply: z.object({ cleared: z.number() }),
  },
  /**
   * Popup → background: what the authorship analysis said about the mentions the background left to weigh
   * for the tab's page (lib/verdict/authorship-weighing.ts), kept so the popup's next opening need not
   * load the analysis again.
   */
  authorshipWeighed: {
    request: z.object({
      tabId: z.number(),
      url: z.nullable(z.string()),
      outcomes: authorshipOutcomesSchema,
    }),
    reply: z.object({ kept: z.boolean() }),
  },
  /** Submission-form assistant → background: the profile's facilities, and those ticked for this manuscript. */
  submissionContext: {
    request: z.object({ title: z.nullable(z.string().check(z.maxLength(2_000))) }),
    reply: z.object({
      facilities: z.array(z.object({ id: z.string(), name: z.string() })),
      chosen: z.array(z.string()),
    }),
  },
  /** Submission-form assistant → background: judge the form's credit fields for the ticked facilities. */
  checkSubmission: {
    request: z.object({
      title: z.nullable(z.string().check(z.maxLength(2_000))),
      chosen: z.array(z.string()).check(z.maxLength(500)),
      texts: z.object({
        acknowledgements: formText,
        funding: formText,
        agencies: formText,
        awards: formText,
        contributors: z.optional(
          z
            .array(
              z.object({
                name: z.string().check(z.maxLength(300)),
                roles: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(30)),
              }),
            )
            .check(z.maxLength(200)),
        ),
      }),
    }),
    reply: z.object({ findings: z.array(formFindingSchema) }),
  },
} as const;

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = z.infer<Protocol[K]['request']>;
export type ReplyOf<K extends MessageName> = z.infer<Protocol[K]['reply']>;

const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });
const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;

export type Handlers<Sender> = {
  [K in MessageName]?: (request: RequestOf<K>, sender: Sender) => Promise<ReplyOf<K>>;
};

export { ProtocolError };

function isMessageName(type: string): type is MessageName {
  return Object.hasOwn(protocol, type);
}

/**
 * Receiving side: validate `message`, run its handler, and return the reply envelope to send back.
 * Returns undefined for messages this side has no handler for, so other listeners may answer them.
 */
export async function dispatch<Sender>(
  handlers: Handlers<Sender>,
  message: unknown,
  sender: Sender,
): Promise<ReplyEnvelope | undefined> {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, error: 'Malformed message.' };
  const { type, payload } = envelope.data;
  if (!isMessageName(type)) return { ok: false, error: `Unknown message “${type.slice(0, 40)}”.` };
  const handler = handlers[type] as ((request: unknown, sender: Sender) => Promise<unknown>) | undefined;
  if (!handler) return undefined;
  const request = protocol[type].request.safeParse(payload);
  if (!request.success)
    return { ok: false, error: `Invalid “${type}” request: ${z.prettifyError(request.error)}` };
  try {
    return { ok: true, value: await handler(request.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Sending side, for replies from a context that is not trusted (a content script in a web page): send a
 * request through `send` and validate the reply; throws ProtocolError on failure.
 */
export async function request<K extends MessageName>(
  send: (message: unknown) => Promise<unknown>,
  type: K,
  payload: RequestOf<K>,
): Promise<ReplyOf<K>> {
  const raw = await send({ type, payload });
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ProtocolError(`No valid reply to “${type}”.`);
  if (!envelope.data.ok) throw new ProtocolError(envelope.data.error);
  const reply = protocol[type].reply.safeParse(envelope.data.value);
  if (!reply.success) throw new ProtocolError(`Invalid reply to “${type}”: ${z.prettifyError(reply.error)}`);
  return reply.data as ReplyOf<K>;
}
