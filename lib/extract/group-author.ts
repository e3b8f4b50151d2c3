/**
 * Group authors: a consortium, collaboration, study group or network listed among a paper's authors
 * ("The Tabula Muris Consortium", "ABC Study Group", "DEF Investigators", JATS <collab>). They are
 * authors of kind "group", never a person: "The XYZ Consortium" must not become given "The XYZ", family
 * "Consortium", nor give initials "TXC" that a contributions statement or a staff list could match.
 */
import type { Author } from '../article';
import { collapseWhitespace } from '../text';

/**
 * Words that name a body of people, not a person, in the languages of the papers we read. Whole words
 * only; none is a family name we know of in author lists. "Group"/"Team" alone are enough: a person's
 * byline name does not contain them.
 */
const GROUP_WORDS =
  /\b(?:consortium|consortia|konsortium|consorcio|consortiums|collaboration|collaborative|collaborators|investigators|investigator group|trialists|study group|working group|writing group|writing committee|steering committee|committee|group|groupe|grupo|gruppe|team|network|initiative|alliance|task ?force|society|association|council|project|programme|program|registry|cohort|foundation|institute|centre|center|university|hospital|laboratory)\b/i;
/**
 * "… on behalf of the …". A leading "The" alone is no evidence: "The" is also a Vietnamese given name
 * written without its accent ("The Anh Nguyen").
 */
const GROUP_PHRASES = /\bon behalf of\b/i;

/** True when a name as written is clearly a group, not a person. */
export function isGroupName(raw: string): boolean {
  const s = collapseWhitespace(raw);
  if (!s) return false;
  return GROUP_WORDS.test(s) || GROUP_PHRASES.test(s);
}

/** A group author: its name as written, no given/family split, no ORCID. */
export function groupAuthor(raw: string, affiliations: string[] = []): Author {
  return {
    name: collapseWhitespace(raw),
    given: null,
    family: null,
    orcid: null,
    affiliations,
    kind: 'group',
  };
}
