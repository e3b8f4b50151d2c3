/**
 * Word drafts generated for the reader's tests with the `docx` package: a title, headings, a methods
 * paragraph naming a facility, an acknowledgement with no heading at the end of the discussion, the
 * funding in a footnote, a contributions statement under a bold label, an endnote, and `filler` extra
 * paragraphs (about 40 pages at 400).
 */
import {
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';

export const DOCX_TEXT = {
  methods: 'Cells were imaged at the Advanced Light Microscopy Core (RRID:SCR_012345) on a Zeiss LSM 980.',
  acknowledgement: 'We thank Maria Garcia of the Advanced Light Microscopy Core for help with imaging.',
  funding:
    'This work was supported by the National Institutes of Health (grant R01GM123456) and by NIH S10OD012345.',
  contributions: 'Conceptualization: J.D.; Investigation: J.D. and R.M.; Writing – original draft: J.D.',
  endnote: 'Data are available from the authors on request.',
};

const FILLER =
  'Lipid droplets are dynamic organelles that store neutral lipids and take part in membrane homeostasis, and their number and size change with the metabolic state of the cell. ';

export async function makeDocx(options: { filler?: number; ackHeading?: boolean } = {}): Promise<Uint8Array> {
  const filler = Array.from({ length: options.filler ?? 0 }, () => new Paragraph(FILLER.repeat(3)));
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(DOCX_TEXT.funding)] } },
    endnotes: { 1: { children: [new Paragraph(DOCX_TEXT.endnote)] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Imaging lipid droplets at speed', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('Jane Doe, Rahul Mehta'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'Introduction', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(FILLER.repeat(4)),
          ...filler,
          new Paragraph({ text: 'Methods', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(DOCX_TEXT.methods),
          new Paragraph({ text: 'Discussion', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun(FILLER.repeat(2)), new EndnoteReferenceRun(1)] }),
          ...(options.ackHeading
            ? [new Paragraph({ text: 'Acknowledgements', heading: HeadingLevel.HEADING_1 })]
            : []),
          new Paragraph(DOCX_TEXT.acknowledgement),
          new Paragraph({ children: [new TextRun({ text: 'Author contributions', bold: true })] }),
          new Paragraph(DOCX_TEXT.contributions),
          new Paragraph({ text: 'References', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('1. Smith J, Doe J. A paper on organelles. Nature 2020;1:1–10.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
