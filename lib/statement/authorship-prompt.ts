/**
 * A question for the authors when facility staff seem to have contributed intellectually. Never a
 * verdict: only the authors know what each person did, and a wrong "should be an author" costs the
 * facility the goodwill the tool is meant to build.
 *
 * Sources: ICMJE, "Defining the Role of Authors and Contributors" (the four criteria: substantial
 * contribution to conception or design, or to acquisition, analysis or interpretation of data; drafting
 * or critically revising; final approval; accountability). ABRF, "Recommended Guidelines for Authorship
 * on Manuscripts" (Angeletti et al., FASEB J 1999;13:595): contributions by core staff involving
 * experimental design, advanced data analysis or novel work and insight merit co-authorship.
 */
import type { CreditRole } from '../article';

/** CRediT roles that are intellectual work in ICMJE's sense (design, analysis, interpretation, writing). */
export const INTELLECTUAL_ROLES: ReadonlySet<CreditRole> = new Set<CreditRole>([
  'Conceptualization',
  'Methodology',
  'Formal analysis',
  'Writing – original draft',
  'Writing – review & editing',
]);

function list(names: string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    : (names[0] ?? '');
}

/**
 * The question, naming the people and their facility (null: the names already say where each works),
 * or the facility's staff when the verdict cannot say who.
 */
export function authorshipPrompt(names: string[], facility: string | null): string {
  const where = facility ? ` (${facility})` : '';
  const who =
    names.length > 0 ? `${list(names)}${where}` : facility ? `staff of the ${facility}` : 'facility staff';
  return (
    `Did ${who} contribute to the design of this work, or to the analysis or interpretation of its data? ` +
    'Under ICMJE’s four criteria, such a contribution makes a person an author when they also help draft or critically revise the paper, approve the final version and agree to be accountable for the work; ' +
    'the ABRF’s guidelines add that intellectual contributions by core facility staff merit co-authorship. ' +
    'Have you discussed authorship with them?'
  );
}
