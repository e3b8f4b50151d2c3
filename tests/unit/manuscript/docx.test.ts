import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../lib/extract/errors';
import { readManuscript } from '../../../lib/manuscript/index';
import { NODE_ENV } from './env';
import { DOCX_TEXT, makeDocx } from './make-docx';

const read = (data: Uint8Array, name = 'draft.docx') => readManuscript(data, name, NODE_ENV);

describe('a Word draft', () => {
  it('reads headings, the title, a contributions statement under a bold label and the methods', async () => {
    const r = await read(await makeDocx());
    expect(r.kind).toBe('docx');
    expect(r.title).toBe('Imaging lipid droplets at speed');
    expect(r.sections.contributions).toEqual({
      heading: 'Author contributions',
      text: DOCX_TEXT.contributions,
    });
    expect(r.methodsMentions).toEqual([{ heading: 'Methods', paragraph: 0, text: DOCX_TEXT.methods }]);
  });

  it('finds an acknowledgement with no heading by its wording, and says where', async () => {
    const r = await read(await makeDocx());
    expect(r.sections.acknowledgements).toEqual({ heading: null, text: DOCX_TEXT.acknowledgement });
    expect(r.warnings).toContain(
      'No acknowledgements heading: the acknowledgements section was recognised by its wording (“We thank”) in the last paragraphs of the article.',
    );
  });

  it('reads the funding from a footnote, as a note', async () => {
    const r = await read(await makeDocx());
    expect(r.sections.funding).toEqual({ heading: null, text: DOCX_TEXT.funding });
    expect(r.warnings[0]).toBe(
      'Read from a Word document (.docx) converted to HTML; its 2 footnote(s)/endnote(s) were read as notes.',
    );
    expect(r.warnings).toContain(
      'No funding heading: the funding section was recognised by its wording (“This work was supported”) in a footnote or note block.',
    );
  });

  it('keeps the notes’ text and drops their markers and back links', async () => {
    const r = await read(await makeDocx());
    expect(r.pageText).toContain(DOCX_TEXT.endnote);
    expect(r.pageText).not.toMatch(/\[\d\]|↑/);
  });

  it('reads an acknowledgements heading as the heading', async () => {
    const r = await read(await makeDocx({ ackHeading: true }));
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: DOCX_TEXT.acknowledgement,
    });
  });
});

describe('zip files that are not a Word draft', () => {
  const docx = makeDocx();
  it.each([
    ['a truncated .docx', async () => (await docx).subarray(0, 3000), /not a readable zip file|damaged/],
    [
      'an OpenDocument text',
      async () =>
        zipSync({
          mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.text'),
          'content.xml': new Uint8Array(10),
        }),
      /an OpenDocument file \(\.odt\)/,
    ],
    [
      'a zip with no .tex and no Word part',
      async () => zipSync({ 'notes.txt': new Uint8Array(10) }),
      /a zip with no \.tex file/,
    ],
  ])('%s is refused with a reason', async (_name, make, reason) => {
    const error = await read(await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(reason);
  });
});
