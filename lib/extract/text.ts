/**
 * Plain text (a selection on any page or PDF, a pasted or uploaded draft, a .txt/.md file, a page saved
 * as text) → an article record. Headings on their own line or as run-in labels ("Funding: …") open
 * sections; where no heading announces credit, paragraphs are read by their wording in the places papers
 * put it (unheaded.ts). A short text with no heading at all (what users select and paste) is read whole.
 */
import { type ArticleRecord, emptyRecord, type SectionKey } from '../article';
import { findDoi } from '../doi';
import { collapseWhitespace } from '../text';
import { creditWording, splitAtCreditOpenings } from './credit-language';
import { classifyHeading, type HeadingKind, isNotesHeading } from './headings';
import { findMethodsMentionsIn } from './methods-mentions';
import { addNote } from './reading-notes';
import { endsSectionText } from './section-menu';
import { splitSentences } from './sentences';
import { dropMenus, isBodySectionHeading, joinWrapped, looksWrapped, textLines } from './text-lines';
import { addUnheaded, type TextBlock } from './unheaded';

/** Longer input is cut: a selection or a draft is far smaller. */
const MAX_CHARS = 1_000_000;
/** Per credit section, as for pages. */
const MAX_SECTION = 30_000;
/** A text this short with no heading is a selection, read whole. */
const MAX_SELECTION = 4000;
const RUN_IN_LABEL = /^\s*([^:：.\n]{3,60})[:：]\s+(\S.*)$/s;
const CREDIT_KEYS = new Set<HeadingKind>(['acknowledgements', 'funding', 'contributions']);

interface Part {
  /** The heading that opened this part (null before the first one). */
  kind: HeadingKind | null;
  heading: string | null;
  notes: boolean;
  /** Lines of the part (run-in label text first), blank lines as ''. */
  lines: string[];
  /** The document's lines were wrapped at a width (see looksWrapped). */
  wrapped: boolean;
}

/** Back-matter names that are also methods subsections (an ethics statement inside "Materials and methods"). */
const METHODS_SUBSECTION = /^(?:ethic|study approval|informed consent|animal (?:ethics|welfare))/i;

function splitParts(text: string): Part[] {
  const lines = dropMenus(textLines(text));
  const wrapped = looksWrapped(lines);
  const parts: Part[] = [{ kind: null, heading: null, notes: false, lines: [], wrapped }];
  for (const line of lines) {
    const current = parts[parts.length - 1] as Part;
    if (!line) {
      current.lines.push('');
      continue;
    }
    const label = line.replace(/\s*[:：]$/, '');
    const kind = line.length <= 90 ? classifyHeading(label) : null;
    // Text has no heading levels: inside the methods, "Ethics statement" or "Data analysis" is a
    // subsection, and only a body section, credit, notes or the references end the methods.
    const subsection =
      current.kind === 'methods' && kind === 'other-backmatter' && METHODS_SUBSECTION.test(label);
    if (!subsection && (kind || isNotesHeading(label) || isBodySectionHeading(line))) {
      parts.push({ kind, heading: label, notes: isNotesHeading(label), lines: [], wrapped });
      continue;
    }
    const runIn = RUN_IN_LABEL.exec(line);
    const runInKind = runIn ? classifyHeading(runIn[1] as string) : null;
    if (runIn && runInKind) {
      parts.push({
        kind: runInKind,
        heading: (runIn[1] as string).trim(),
        notes: false,
        lines: [runIn[2] as string],
        wrapped,
      });
      continue;
    }
    current.lines.push(line);
  }
  return parts;
}

/** Paragraphs of a part: blank lines separate, wrapped lines are joined. */
function paragraphsOf(part: Part): string[] {
  const out: string[] = [];
  let run: string[] = [];
  for (const line of [...part.lines, '']) {
    if (line) run.push(line);
    else if (run.length) {
      out.push(...joinWrapped(run, part.wrapped));
      run = [];
    }
  }
  return out;
}

/** A credit section's paragraphs up to the first that closes the back matter (an address, a date line). */
/** The first entry of a numbered reference list: a number alone, or "[1] Smith J" / "1. Smith, J.". */
const REFERENCE_ENTRY =
  /^(?:\[?\d{1,3}\]?\.?$|\[\d{1,3}\]\s|\d{1,3}\.\s+\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.|\p{Lu}{1,3}\b))/u;

function sectionBody(paragraphs: string[]): string {
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (kept.length && (endsSectionText(p) || REFERENCE_ENTRY.test(p))) break;
    kept.push(p);
  }
  return collapseWhitespace(kept.join(' ')).slice(0, MAX_SECTION);
}

/** Longer than this, a "paragraph" is a run of blocks that lost their breaks (a page saved as one line). */
const MAX_PARAGRAPH = 2500;

/** A paragraph as blocks for the unheaded search: as it is, or cut into sentences when it is a run of blocks. */
function asBlocks(paragraph: string): string[] {
  if (paragraph.length <= MAX_PARAGRAPH) return [paragraph];
  return splitSentences(paragraph, 20_000).flatMap(splitAtCreditOpenings);
}

/** Body sections that end the front matter (an abstract does not: funding and notes often follow it). */
const FIRST_BODY_SECTION =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:introduction|background|main|main text|results?|methods?|materials and methods|discussion)$/i;

/**
 * Paragraphs where unheaded credit may sit: the front matter before the first body section, notes parts,
 * back matter under other headings, what follows the references, and the text's last paragraphs.
 */
function creditBlocks(parts: Part[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const body: TextBlock[] = [];
  let afterReferences = false;
  let front = true;
  parts.forEach((part, group) => {
    if (
      part.heading &&
      (FIRST_BODY_SECTION.test(part.heading) || (part.kind !== null && part.kind !== 'other-backmatter'))
    )
      front = false;
    if (part.kind === 'references') afterReferences = true;
    if (part.kind !== null && part.kind !== 'references' && part.kind !== 'other-backmatter') return;
    const place: TextBlock['place'] = part.notes
      ? 'notes'
      : front
        ? 'front'
        : afterReferences
          ? 'after-references'
          : part.kind === 'other-backmatter'
            ? 'backmatter'
            : 'tail';
    // Plain text has no containers: only a notes part is one.
    for (const paragraph of paragraphsOf(part)) {
      const sentences = asBlocks(paragraph);
      for (const text of sentences) {
        const block: TextBlock = {
          text,
          place,
          group,
          contained: part.notes,
          sentence: sentences.length > 1,
        };
        if (place === 'tail') body.push(block);
        blocks.push(block);
      }
    }
  });
  const tail = new Set(body.slice(-6));
  return blocks.filter((b) => b.place !== 'tail' || tail.has(b));
}

/**
 * Per-author details ("Contribution: Conceptualization, Writing" under each author of a page saved as
 * text) repeat a bare "Contribution(s)" label with a short body: they are not a contributions section.
 */
function perAuthorLabels(parts: Part[]): Set<Part> {
  const labels = parts.filter((p) => p.kind === 'contributions' && /^contributions?$/i.test(p.heading ?? ''));
  return labels.length >= 2 && labels.every((p) => paragraphsOf(p).join(' ').length < 600)
    ? new Set(labels)
    : new Set();
}

export function extractText(input: string): ArticleRecord {
  const record = emptyRecord('text');
  let text = input;
  if (text.length > MAX_CHARS) {
    text = text.slice(0, MAX_CHARS);
    addNote(
      record,
      { code: 'TEXT_CUT', values: { chars: MAX_CHARS } },
      `The text was longer than ${MAX_CHARS.toLocaleString('en')} characters; only the start was read.`,
    );
  }
  record.pageText = text;
  record.doi = findDoi(text.slice(0, 20_000));
  const parts = splitParts(text);

  const perAuthor = perAuthorLabels(parts);
  // A section split by a page break or repeated heading is read as one: its bodies joined once at the
  // end (joining as they come re-collapsed the section so far for each, thousands of times on a page
  // that repeats a heading).
  const joined = new Map<SectionKey, { heading: string | null; bodies: string[]; length: number }>();
  for (const part of parts) {
    if (!part.kind || !CREDIT_KEYS.has(part.kind) || perAuthor.has(part)) continue;
    const key = part.kind as SectionKey;
    const entry = joined.get(key);
    if (entry && entry.length >= MAX_SECTION) continue;
    const body = sectionBody(paragraphsOf(part));
    if (!body) continue;
    if (!entry) joined.set(key, { heading: part.heading, bodies: [body], length: body.length });
    else {
      entry.bodies.push(body);
      entry.length += body.length + 1;
    }
  }
  for (const [key, { heading, bodies }] of joined) {
    const text = bodies.length === 1 ? (bodies[0] as string) : collapseWhitespace(bodies.join(' '));
    record.sections[key] = { heading, text: text.slice(0, MAX_SECTION) };
  }
  // A methods heading may appear twice (a summary's and the section's): all of their text is read.
  const methods = parts.filter((p) => p.kind === 'methods');
  if (methods.length > 0) {
    const paragraphs = methods.flatMap(paragraphsOf).map(collapseWhitespace).filter(Boolean);
    record.methodsMentions = findMethodsMentionsIn(methods[0]?.heading ?? 'Methods', paragraphs);
  }

  const headed = parts.some((p) => p.kind !== null || p.notes);
  const whole = collapseWhitespace(text);
  if (!headed && whole && whole.length <= MAX_SELECTION) {
    // A selection: the whole text is the credit the user pointed at.
    const key = creditWording(whole)?.kind ?? 'acknowledgements';
    record.sections[key] = { heading: null, text: whole };
    addNote(
      record,
      { code: 'WHOLE_TEXT_AS', values: { section: key } },
      `No section heading was found, so the whole text was read as ${key}.`,
    );
    return record;
  }
  addUnheaded(record, () => creditBlocks(parts));
  return record;
}
