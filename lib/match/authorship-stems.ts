/**
 * The authorship analysis' cheap pre-test, without compromise: a thanked person can only be credited
 * for intellectual work when a word of it follows their name. check() runs it everywhere (the service
 * worker included), so pages without a candidate never load the analysis (lib/match/authorship.ts).
 */

/** The stems of the analysis' intellectual verbs' forms ("wrote", "analysed", "modelled") and nouns. */
const CUE_STEMS =
  /analy[sz]|interpret|design|conceiv|conceptuali|develop|writ|wrote|draft|devis|model|statistic|method/i;

/** Characters read on each side of a name for its sentence and the people after it. */
export const CUE_WINDOW = 600;

/** Whether a cue could follow the name ending at `nameEnd`: without one of the stems, none can. */
export function mayHaveCue(text: string, nameEnd: number): boolean {
  return CUE_STEMS.test(text.slice(nameEnd, Math.min(text.length, nameEnd + CUE_WINDOW)));
}
