/**
 * A manuscript as a Word file, written with the `docx` package: title (Title style), authors, then every
 * block, headings as Heading 1 / Heading 2 paragraphs — the styles Word's own heading buttons apply.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Manuscript } from './manuscript';

const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

export async function manuscriptDocx(m: Manuscript): Promise<Uint8Array> {
  const children = [
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: m.authors.join(', ') }),
    ...m.blocks.map((b) =>
      b.heading === 0
        ? new Paragraph({ text: b.text })
        : new Paragraph({ text: b.text, heading: LEVEL[b.heading] }),
    ),
  ];
  const doc = new Document({
    creator: m.authors[0] ?? 'CoreCredit bench',
    title: m.title,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
