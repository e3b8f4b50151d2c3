/**
 * Plain text as lines and paragraphs, the way a reader sees them: headings on their own line, wrapped
 * lines of one paragraph joined (text copied from a PDF breaks every line), words hyphenated at a line end
 * rejoined, and headings that a conversion ran into the text ("… in the future. Acknowledgments We thank
 * …", a page saved as one line) put back on a line of their own.
 */
import { collapseWhitespace } from '../text';
import { normalizeCreditRole } from './credit-roles';
import { classifyHeading } from './headings';
import { isSectionName } from './section-menu';

/** Words that open a heading we know, capitalised as headings are (or in capitals). */
const HEADING_WORDS = String.raw`(?:\d+(?:\.\d+)*\.?\s+)?(?:Acknowledge?ments?|Acknowledgments?|ACKNOWLEDGE?MENTS?|Funding|FUNDING|Financial [Ss]upport|Grant [Ii]nformation|Author(?:s['’]?|['’]s)? [Cc]ontributions?|AUTHORS?['’]? CONTRIBUTIONS?|Contributions|CRediT|Contributors|References|REFERENCES|Literature [Cc]ited|Bibliography|Competing [Ii]nterests?|COMPETING INTERESTS?|Conflicts? of [Ii]nterests?|CONFLICTS? OF INTERESTS?|Declaration of [Cc]ompeting|Declarations|Ethics [Dd]eclarations|Data [Aa]vailability|DATA AVAILABILITY|Ethics|Supplementary|Supporting [Ii]nformation|Abbreviations|Author [Nn]otes?|Author [Ii]nformation|Notes|Footnotes|Additional [Ii]nformation|Rights and [Pp]ermissions|About this [Aa]rticle|Materials? and [Mm]ethods|MATERIALS? AND METHODS|Methods|METHODS|Results|RESULTS|Discussion|DISCUSSION|Conclusions?|CONCLUSIONS?|Introduction|INTRODUCTION|Abstract|ABSTRACT|Agradecimientos|Agradecimentos|Remerciements|Danksagung|Ringraziamenti|Financiación|Financiamento|Financement|Förderung)\b`;
/** A heading after a sentence's end (or a wide gap): text whose blocks were run together. */
const HEADING_START = new RegExp(
  String.raw`(?:^|(?<=[.!?)\]”"]\s{1,3})|(?<=\s{2}))(?=${HEADING_WORDS})`,
  'gu',
);
/** Any capitalised heading word after a space, for a whole document run into one line (checked further). */
const HEADING_ANYWHERE = new RegExp(String.raw`(?<=\s)(?=${HEADING_WORDS})`, 'gu');
/** Words after which a capitalised section name is a reference to it, not its heading ("see Methods"). */
const REFERRING_WORD =
  /^(?:the|a|an|in|of|and|or|see|our|this|these|its|their|to|for|with|from|by|on|at|as|under|per|each|both|all|section|sections|fig|figs|figure|table|supplementary|online|main)$/i;
/** Beyond this a line is no paragraph: a document whose blocks were run into one line. */
const FLAT_LINE = 3000;
/** A one-line text longer than this holds more than one block. */
const ONE_LINE_DOCUMENT = 300;

/** Names of body sections that end the one before them (they are not classified, being no credit). */
const BODY_SECTION =
  /^(?:abstract|introduction|background|results?|discussion|conclusions?|results and discussion|summary)$/i;

const MAX_HEADING_WORDS = 7;

/**
 * The heading that opens `text` at `at`, as its words: the longest run of up to seven words that is a
 * whole heading, and only when text follows it that starts like a sentence (a capital or a digit).
 */
function headingAt(text: string, at: number): string | null {
  const words = text.slice(at, at + 160).split(/\s+/);
  for (let n = Math.min(MAX_HEADING_WORDS, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    const rest = words[n] ?? '';
    if (!/^[\p{Lu}\d(“"•[]/u.test(rest)) continue;
    const clean = label.replace(/[:：.]$/, '');
    // "Funding acquisition", "Writing – review": a CRediT role in a contributions list, not a heading.
    if (
      normalizeCreditRole(`${clean} ${rest}`) ||
      normalizeCreditRole(`${clean} ${rest} ${words[n + 1] ?? ''}`)
    )
      return null;
    if (classifyHeading(clean) || BODY_SECTION.test(clean.replace(/^\d+(?:\.\d+)*\.?\s+/, ''))) return label;
  }
  return null;
}

/** True when the word before `at` ends a sentence or a block, rather than refers to a section by name. */
function endsBefore(line: string, at: number): boolean {
  const before = /(\S+)\s+$/.exec(line.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  if (/[.!?:;)\]”"]$/.test(before)) return true;
  return !REFERRING_WORD.test(before);
}

/**
 * Puts headings that run into the text on lines of their own: after a sentence's end, or — in a line so
 * long it must be a whole document run together — after any word that does not refer to the section.
 */
function splitRunInHeadings(line: string, oneLine: boolean): string[] {
  if (line.length < 80) return [line];
  const flat = line.length > FLAT_LINE || (oneLine && line.length > ONE_LINE_DOCUMENT);
  const cuts: Array<[number, number]> = [];
  for (const m of line.matchAll(flat ? HEADING_ANYWHERE : HEADING_START)) {
    const at = m.index ?? 0;
    if (flat && !endsBefore(line, at)) continue;
    const heading = headingAt(line, at);
    if (heading) cuts.push([at, at + heading.length]);
  }
  if (cuts.length === 0) return [line];
  const out: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    out.push(line.slice(from, start), line.slice(start, end));
    from = end;
  }
  out.push(line.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Lines, whitespace collapsed; blank lines kept as '' (they separate paragraphs). */
export function textLines(input: string): string[] {
  const out: string[] = [];
  const raws = input.split(/\r\n?|\n|\u2028|\u2029|\f/);
  // A text of one or two lines is a document (or a selection) whose breaks were lost.
  const oneLine = raws.filter((r) => r.trim()).length <= 2;
  for (const raw of raws) {
    const line = collapseWhitespace(raw);
    if (!line) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(...splitRunInHeadings(line, oneLine));
  }
  return out;
}

/** True when a line is most likely a body section's heading ("Results", "4. Discussion"). */
export function isBodySectionHeading(line: string): boolean {
  return (
    line.length <= 40 && BODY_SECTION.test(line.replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/[:.]$/, ''))
  );
}

/**
 * True when the text's lines were wrapped at a width (copied from a PDF, a plain-text e-mail): no line is
 * much longer than a printed line. Text saved from a page has one line per block, of any length.
 */
export function looksWrapped(lines: string[]): boolean {
  const lengths = lines
    .filter(Boolean)
    .map((l) => l.length)
    .sort((a, b) => a - b);
  if (lengths.length < 8) return false;
  // Saved pages have paragraphs of hundreds of characters on one line; wrapped text has none.
  const median = lengths[lengths.length >> 1] as number;
  const p90 = lengths[Math.floor(lengths.length * 0.9)] as number;
  return median >= 25 && p90 <= 160;
}

/**
 * Joins the lines of one paragraph: a line continues the previous one when that one stops mid-sentence
 * and this one starts in lower case, or — in wrapped text — when that one runs the full width. A word
 * split by a hyphen at the line end is made whole again.
 */
export function joinWrapped(lines: string[], wrapped = true): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    const continues =
      last !== undefined &&
      !/[.!?:;。”")\]]$/u.test(last) &&
      (/^[\p{Ll}(,;]/u.test(line) || (wrapped && last.length > 50));
    if (!continues) {
      paragraphs.push(line);
      continue;
    }
    paragraphs[paragraphs.length - 1] =
      /\p{Ll}-$/u.test(last) && /^\p{Ll}/u.test(line) ? `${last.slice(0, -1)}${line}` : `${last} ${line}`;
  }
  return paragraphs;
}

/** Lines of page chrome that a page saved as text keeps: links, buttons, menu prompts. */
const CHROME_LINE =
  /^(?:top of page|back to top|top|choose|sections?:?|section navigation|article sections|jump to:?|go to:?|download (?:pdf|references|citation|figure)|full size image|view in article|open in (?:a )?new tab|google scholar|pubmed(?: central)?|crossref,?|cas,?|web of science|show more|show less|expand|collapse|see all|close|menu)$/i;

/** Page chrome lines (links and buttons that a page saved as text keeps). */
function isChromeLine(line: string): boolean {
  return line.length <= 40 && CHROME_LINE.test(line);
}

const MENU_MIN = 3;

/**
 * Lines without the menus of section names that pages repeat at every section ("Main• Methods•
 * References• Acknowledgements•…", "Section: Choose Top of page ABSTRACT INTRODUCTION METHODS <<…"):
 * a run of three or more lines that are section names or chrome. When the run opens with a heading that
 * the menu lists again, that first line is the section's real heading and stays.
 */
export function dropMenus(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!line || !(isSectionName(line) || isChromeLine(line))) {
      out.push(line);
      i++;
      continue;
    }
    let j = i;
    let names = 0;
    while (
      j < lines.length &&
      lines[j] &&
      (isSectionName(lines[j] as string) || isChromeLine(lines[j] as string))
    ) {
      if (isSectionName(lines[j] as string)) names++;
      j++;
    }
    if (j - i < MENU_MIN || names < 2) {
      for (let k = i; k < j; k++) if (!isChromeLine(lines[k] as string)) out.push(lines[k] as string);
    } else {
      const key = (l: string) => l.replace(/\s*(?:[•·|›»>]+|<<)\s*$/u, '').toLowerCase();
      const at = lines.slice(i, j).findIndex((l) => isSectionName(l));
      const heading = lines[i + at] as string;
      if (lines.slice(i + at + 1, j).some((l) => key(l) === key(heading))) out.push(heading);
    }
    i = j;
  }
  return out;
}
