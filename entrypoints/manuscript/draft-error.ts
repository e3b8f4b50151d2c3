/** A draft this page cannot read, with the reason in words for the author (shown as is). */
export class DraftError extends Error {}
