/**
 * Plain text (a selection on any page or PDF, a pasted draft) → an article record. Headings on their
 * own line or as run-in labels ("Funding: …") open sections; text with no heading at all is read as
 * acknowledgements, because that is what users select and paste most.
 */
import { type ArticleRecord, emptyRecord, type SectionKey } from '../article';
import { collapseWhitespace } from '../text';
import { classifyHeading, type HeadingKind } from './headings';

/** Longer input is cut: a selection or a draft's back matter is far smaller. */
const MAX_CHARS = 1_000_000;
const RUN_IN_LABEL = /^\s*([^:：.\n]{3,60})[:：]\s+(\S.*)$/s;

interface Block {
  kind: HeadingKind | null;
  heading: string;
  lines: string[];
}

export function extractText(input: string): ArticleRecord {
  const record = emptyRecord('text');
  let text = input;
  if (text.length > MAX_CHARS) {
    text = text.slice(0, MAX_CHARS);
    record.warnings.push(
      `The text was longer than ${MAX_CHARS.toLocaleString('en')} characters; only the start was read.`,
    );
  }
  const blocks: Block[] = [{ kind: null, heading: '', lines: [] }];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = collapseWhitespace(line);
    if (trimmed === '') continue;
    const heading = classifyHeading(trimmed);
    if (heading) {
      blocks.push({ kind: heading, heading: trimmed.replace(/[:：]$/, ''), lines: [] });
      continue;
    }
    const runIn = RUN_IN_LABEL.exec(trimmed);
    const label = runIn ? classifyHeading(runIn[1] as string) : null;
    if (runIn && label) {
      blocks.push({ kind: label, heading: (runIn[1] as string).trim(), lines: [runIn[2] as string] });
      continue;
    }
    (blocks[blocks.length - 1] as Block).lines.push(trimmed);
  }

  const found = blocks.filter((block) => block.kind !== null);
  if (found.length === 0) {
    const body = collapseWhitespace((blocks[0] as Block).lines.join(' '));
    if (body) {
      record.sections.acknowledgements = { heading: 'Selected text', text: body };
      record.warnings.push('No section heading was found, so the whole text was read as acknowledgements.');
    }
    return record;
  }
  for (const block of found) {
    const key = block.kind as HeadingKind;
    if (key !== 'acknowledgements' && key !== 'funding' && key !== 'contributions') continue;
    const body = collapseWhitespace(block.lines.join(' '));
    const current = record.sections[key as SectionKey];
    // A section split by a page break or repeated heading is read as one.
    record.sections[key as SectionKey] = current
      ? { heading: current.heading, text: collapseWhitespace(`${current.text} ${body}`) }
      : { heading: block.heading, text: body };
  }
  return record;
}
