import { describe, expect, it } from 'vitest';
import { extractErrorText } from '../../../components/manuscript/file-problem-text';
import { ExtractError } from '../../../lib/extract/errors';
import { readManuscript, sniffManuscript } from '../../../lib/manuscript/index';
import { NODE_ENV } from './env';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(64).fill(0)]);

describe('what a file is, from its bytes', () => {
  it.each([
    ['a PDF', enc('%PDF-1.7\n…'), 'x', 'pdf'],
    ['a PDF behind a few bytes of junk', enc('\r\n%PDF-1.4\n'), 'x', 'pdf'],
    ['a zip (.docx or a project)', bytes(0x50, 0x4b, 0x03, 0x04), 'x', 'zip'],
    ['LaTeX by its \\documentclass', enc('% draft\n\\documentclass{article}\n'), 'draft.txt', 'latex'],
    ['a LaTeX chapter by its name', enc('Some text of a chapter.'), 'ch1.tex', 'latex'],
    ['a LaTeX body by its sections', enc('\\section{Intro}\nText.\n\\section{Methods}\nMore.'), '', 'latex'],
    [
      'an HTML page that quotes LaTeX',
      enc('<html><body><pre>\\documentclass{article}</pre></body></html>'),
      'a.html',
      'text',
    ],
    ['plain text', enc('Acknowledgements\nWe thank the core.'), '', 'text'],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x63, 0, 0x6b, 0]), '', 'text'],
  ])('%s', (_name, data, name, kind) => {
    expect(sniffManuscript(data, name).kind).toBe(kind);
  });

  it.each([
    [
      'an old Word .doc',
      bytes(0xd0, 0xcf, 0x11, 0xe0),
      'a.doc',
      /^binary file: an old Word \.doc; save it as \.docx or PDF$/,
    ],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47), 'a.png', /^binary file: a PNG image/],
    ['an RTF document', enc('{\\rtf1\\ansi text}'), 'a.rtf', /^an RTF file/],
    ['random bytes named .docx', bytes(1, 2, 3), 'a.docx', /^not a readable Word document/],
    ['random bytes with no name', bytes(1, 2, 3), '', /^binary file of an unknown kind/],
  ])('%s is refused with its reason', async (_name, data, name, reason) => {
    const error = await readManuscript(data, name, NODE_ENV).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(reason);
    // The reason's code is worded (the page shows it in the user's language) as lib's English says it.
    expect((error as ExtractError).problem).toBeDefined();
    expect(extractErrorText(error as ExtractError)).toBe((error as Error).message);
  });
});

describe('text and Markdown go through the text reader', () => {
  it('reads a Markdown draft with bold run-in labels and # headings', async () => {
    const md = [
      '# A draft',
      '',
      '## Methods',
      '',
      'Cells were sorted at the Flow Core.',
      '',
      '## Acknowledgements',
      '',
      'We thank the [Flow Core](https://flow.example.org) for sorting.',
      '',
      '**Funding:** This work was supported by NIH grant R01GM000001.',
    ].join('\n');
    const r = await readManuscript(enc(md), 'draft.md', NODE_ENV);
    expect(r.kind).toBe('text');
    expect(r.warnings[0]).toBe('Read from Markdown: emphasis and links were made plain text.');
    expect(r.sections.acknowledgements?.text).toBe('We thank the Flow Core for sorting.');
    expect(r.sections.funding).toEqual({
      heading: 'Funding',
      text: 'This work was supported by NIH grant R01GM000001.',
    });
  });

  it('refuses an empty text and a file over 20 MB', async () => {
    await expect(readManuscript(enc('  \n'), 'a.txt', NODE_ENV)).rejects.toThrow(/^empty file$/);
    const tooLarge = await readManuscript(new Uint8Array(21 * 1024 * 1024), 'a.pdf', NODE_ENV).catch(
      (e: ExtractError) => e,
    );
    expect((tooLarge as Error).message).toMatch(/too large \(21 MB; the limit is 20 MB\)/);
    expect(extractErrorText(tooLarge as ExtractError)).toBe((tooLarge as Error).message);
  });
});
