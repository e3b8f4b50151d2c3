import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../lib/extract/errors';
import { readManuscript } from '../../../lib/manuscript/index';
import { FIXTURES, NODE_ENV } from './env';

const enc = (s: string) => new TextEncoder().encode(s);
const project = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'project', name)));

/** The fixture project zipped as people zip it: inside a folder, with a figure and an unused draft. */
function projectZip(extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    'paper/main.tex': project('main.tex'),
    'paper/sections/intro.tex': project('sections/intro.tex'),
    'paper/sections/ack.tex': project('sections/ack.tex'),
    'paper/figures/fig1.png': new Uint8Array(2000),
    'paper/old/notes.tex': enc('\\section{Old} Nothing here.'),
    ...extra,
  });
}

const read = (data: Uint8Array, name = 'project.zip') => readManuscript(data, name, NODE_ENV);

describe('a LaTeX project in a zip', () => {
  it('finds the main file and follows \\input with and without .tex', async () => {
    const r = await read(projectZip());
    expect(r.kind).toBe('latex');
    expect(r.title).toBe('A project in pieces');
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgments',
      text: 'We thank the Electron Microscopy Core (RRID:SCR_054321) for help. Funded by NIH grant R01 GM000001.',
    });
    expect(r.warnings[0]).toBe(
      'Read from a LaTeX project: paper/main.tex with paper/sections/intro.tex, paper/sections/ack.tex, converted to text.',
    );
    expect(r.pageText).not.toContain('Nothing here');
  });

  it('names an \\input it cannot find', async () => {
    const main = enc(
      '\\documentclass{article}\\begin{document}\\input{missing/part}\\section{Intro} Text.\\end{document}',
    );
    const r = await read(zipSync({ 'main.tex': main }));
    expect(r.warnings).toContain(
      '\\input{missing/part} was not found in the project: its text was not read.',
    );
  });

  it('reads files that include each other once', async () => {
    const r = await read(
      zipSync({
        'main.tex': enc('\\documentclass{article}\\begin{document}\\input{a}\\end{document}'),
        'a.tex': enc('\\section*{Acknowledgements} We thank the core.\\input{b}'),
        'b.tex': enc(' And the staff.\\input{a}'),
      }),
    );
    expect(r.sections.acknowledgements?.text).toBe('We thank the core. And the staff.');
    expect(r.warnings).toContain('\\input{a} includes itself: read once.');
  });
});

describe('zips refused before anything is unpacked', () => {
  it.each([
    [
      'more than 2,000 entries',
      () =>
        zipSync(Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`f${i}.tex`, new Uint8Array(1)]))),
      /the zip holds 2001 files; at most 2000 are read/,
    ],
    [
      'more than 50 MB once unpacked',
      () =>
        zipSync(
          { 'main.tex': enc('\\documentclass{article}'), 'data.bin': new Uint8Array(51 * 1024 * 1024) },
          { level: 1 },
        ),
      /the zip would unpack to 51 MB; at most 50 MB are read/,
    ],
    [
      'a damaged zip',
      () => enc('PK\u0003\u0004 this is not really a zip file at all'),
      /not a readable zip file/,
    ],
  ])('%s', async (_name, make, reason) => {
    const error = await read(make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as Error).message).toMatch(reason);
  });
});
