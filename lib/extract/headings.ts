/**
 * Heading vocabulary: what kind of section a heading (or run-in label) opens, in the languages
 * the corpus and the publishers we read use (the words: heading-vocabulary.ts). Shared by the HTML reader
 * and the JATS reader.
 */
import {
  ACKNOWLEDGEMENTS,
  CONTRIBUTIONS,
  FUNDING,
  METHODS,
  NOTES,
  OTHER_BACKMATTER,
  REFERENCES,
  vocabulary,
} from './heading-vocabulary';

export type HeadingKind =
  | 'acknowledgements'
  | 'funding'
  | 'contributions'
  | 'methods'
  | 'references'
  | 'other-backmatter';

/** Headings longer than this are prose, not headings (keeps "We thank…" paragraphs out). */
const MAX_HEADING_LENGTH = 90;

// Each kind's headings, as the normalised heading (lower-case, accents kept, numbering and trailing
// punctuation removed) must be WHOLE, so a paragraph that merely contains "funding" is not a heading.
// Where a heading is listed under two kinds, the first kind here wins ("acknowledgements and funding" is
// the combined section).
const ACKNOWLEDGEMENT_HEADINGS = vocabulary(ACKNOWLEDGEMENTS);
const OTHER_HEADINGS = new Map<string, HeadingKind>();
for (const [kind, list] of [
  ['funding', FUNDING],
  ['contributions', CONTRIBUTIONS],
  ['methods', METHODS],
  ['references', REFERENCES],
  ['other-backmatter', OTHER_BACKMATTER],
] as const)
  for (const word of vocabulary(list)) if (!OTHER_HEADINGS.has(word)) OTHER_HEADINGS.set(word, kind);
const NOTES_HEADINGS = vocabulary(NOTES);

/** What may stand before "acknowledgements" in a combined heading ("Funding and acknowledgements"). */
const ACKNOWLEDGEMENT_PREFIXES = ['funding', 'financial support', 'disclosure', 'disclosures'];
const JOINS = ['and', '&', ','];

/** "<funding|financial support|disclosures> <and|&|,> <an acknowledgements heading>", spaces optional. */
function prefixedAcknowledgements(h: string): boolean {
  for (const prefix of ACKNOWLEDGEMENT_PREFIXES) {
    if (!h.startsWith(prefix)) continue;
    let rest = h.slice(prefix.length);
    if (rest.startsWith(' ')) rest = rest.slice(1);
    for (const join of JOINS) {
      if (!rest.startsWith(join)) continue;
      const after = rest.slice(join.length);
      if (
        ACKNOWLEDGEMENT_HEADINGS.has(after) ||
        (after.startsWith(' ') && ACKNOWLEDGEMENT_HEADINGS.has(after.slice(1)))
      )
        return true;
    }
  }
  return false;
}

/** The open forms of other back matter: "ethics approval …", "appendix A" / "appendix 2". */
function openBackmatter(h: string): boolean {
  if (h.startsWith('ethics approval')) return true;
  return h.startsWith('appendix ') && /^[a-z0-9]+$/.test(h.slice('appendix '.length));
}

function kindOf(h: string): HeadingKind | null {
  if (ACKNOWLEDGEMENT_HEADINGS.has(h) || prefixedAcknowledgements(h)) return 'acknowledgements';
  return OTHER_HEADINGS.get(h) ?? (openBackmatter(h) ? 'other-backmatter' : null);
}

/** A "Top" / "Back to top" navigation link at the end of a heading (older PLOS, many templates). */
const TOP_LINK = /(?:^|\s+)(?:[↑▲^]\s*)?(?:(?:back|return|go) to )?top(?: of (?:the )?page)?\s*[↑▲^]?$/iu;

/**
 * The heading without its "Top" link. TOP_LINK is tried at every position of the text, so it runs only on
 * text that holds "top" (no other character folds to t, o or p, so the check is exact).
 */
function withoutTopLink(heading: string): string {
  return /top/i.test(heading) ? heading.replace(TOP_LINK, '') : heading;
}

/** The heading as the page shows it, without a trailing "Top" link or a run-in label's colon. */
export function headingText(heading: string): string {
  return (
    withoutTopLink(heading)
      .replace(/\s*[:：]$/, '')
      .trim() || heading
  );
}

/**
 * Lower-case, strip numbering ("5.", "IV.", "A1"), wrapping punctuation, and trailing colons/periods.
 * A line longer than a heading can be is none (""): normalising a long run of punctuation ("> > > …",
 * 20,000 characters: found by the fuzzer) would backtrack quadratically.
 */
function normaliseHeading(heading: string): string {
  if (heading.length > MAX_HEADING_LENGTH) return '';
  const h = heading
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:section\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]?\s+(?=\S)/, '')
    .replace(/^[\s#*§\-–—:.•·]+|[\s:：.;,\-–—*•·|›»<>]+$/g, '');
  // A "Top" / "Back to top" link inside the heading (older PLOS, many journal templates).
  return withoutTopLink(h).replace(/\s+/g, ' ');
}

/** What kind of section a heading opens, or null when it is not one we care about. */
export function classifyHeading(heading: string): HeadingKind | null {
  if (!heading || heading.length > MAX_HEADING_LENGTH) return null;
  // Pages repeat their labels (menus, per-section jump lists, run-in labels): each is classified once.
  const known = classified.get(heading);
  if (known !== undefined) return known;
  const h = normaliseHeading(heading);
  let kind = h ? kindOf(h) : null;
  // Template labels that offer alternatives, left as they are in drafts ("Conflict of interest/Competing
  // interests" in Springer Nature's declarations): the first alternative that names a section decides.
  if (!kind && h.includes('/'))
    for (const part of h.split('/')) {
      kind = part.trim() ? classifyHeading(part.trim()) : null;
      if (kind) break;
    }
  if (classified.size > MAX_CLASSIFIED) classified.clear();
  classified.set(heading, kind);
  return kind;
}
const classified = new Map<string, HeadingKind | null>();
const MAX_CLASSIFIED = 5000;

/**
 * Headings of blocks that collect notes (footnotes, author notes, article information): their paragraphs
 * are read for credit by wording, since papers put acknowledgements and funding there without a heading.
 */
export function isNotesHeading(heading: string): boolean {
  return NOTES_HEADINGS.has(normaliseHeading(heading));
}
