/** A request that got no valid reply, or the error its handler reported (see lib/messages.ts). */
export class ProtocolError extends Error {}
