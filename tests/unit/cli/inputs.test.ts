// What the command line reads besides whole pages and JATS files: HTML fragments, parts of JATS articles,
// plain text files and standard input. Each is read (never refused as "not an HTML page"), says what it
// was, and finds its credit sections.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-inputs-'));
const write = (name: string, data: string) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const FRAGMENT = resolve(process.cwd(), 'tests/fixtures/unheaded/fragment.html');
const PROFILE = resolve(process.cwd(), 'examples/profile.json');

const run = runCli;

const DRAFT = `Spheroid polarity in light-sheet time lapses

Results
Spheroids kept their polarity for a week.

ACKNOWLEDGEMENTS:
We thank the Cell Imaging Core for light-sheet
imaging and training.

Funding: Swiss National Science Foundation, grant 310030_212345.

Author contributions
A.B. and C.D. designed the study; A.B. wrote the manuscript.
`;

describe('corecredit extract: any markup, and plain text', () => {
  it('reads an HTML fragment as the body of a page, and says so', async () => {
    const r = await run(['extract', FRAGMENT]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.kind).toBe('html');
    expect(a.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank the Cell Imaging Core (RRID:SCR_021111) for light-sheet imaging.',
    });
    expect(a.sections.funding.text).toMatch(
      /^This study was funded by the Swiss National Science Foundation/,
    );
    expect(a.warnings[0]).toMatch(/HTML fragment/);
    expect(a).not.toHaveProperty('pageText');
  });

  it('reads the <body> and <back> of a JATS article', async () => {
    const xml = write(
      'part.xml',
      '<body><sec><title>Results</title><p>Cells divided.</p></sec></body><back><ack><title>Acknowledgements</title><p>We thank the Genomics Core.</p></ack></back>',
    );
    const a = JSON.parse((await run(['extract', xml])).stdout);
    expect(a.kind).toBe('jats');
    expect(a.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank the Genomics Core.',
    });
    expect(a.warnings[0]).toMatch(/part of a JATS article/);
  });

  it.each([
    ['draft.txt', DRAFT],
    [
      'draft.md',
      DRAFT.replace('Results', '## Results').replace('Author contributions', '### Author contributions'),
    ],
    ['draft', DRAFT],
  ])('reads plain text (%s): headings on lines, run-in labels, wrapped lines', async (name, text) => {
    const a = JSON.parse((await run(['extract', write(name, text)])).stdout);
    expect(a.kind).toBe('text');
    expect(a.sections.acknowledgements).toEqual({
      heading: 'ACKNOWLEDGEMENTS',
      text: 'We thank the Cell Imaging Core for light-sheet imaging and training.',
    });
    expect(a.sections.funding).toEqual({
      heading: 'Funding',
      text: 'Swiss National Science Foundation, grant 310030_212345.',
    });
    expect(a.sections.contributions.text).toBe(
      'A.B. and C.D. designed the study; A.B. wrote the manuscript.',
    );
  });

  it('reads standard input as "-"', async () => {
    const r = await run(['extract', '-'], DRAFT);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ file: '-', kind: 'text' });
    expect(a.sections.acknowledgements.heading).toBe('ACKNOWLEDGEMENTS');
  });

  it('refuses empty standard input in one line', async () => {
    const r = await run(['extract', '-'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/standard input is empty/);
  });

  it('checks a text draft against a profile', async () => {
    const profile = JSON.parse(readFileSync(PROFILE, 'utf8'));
    const name = `${profile.facilities[0].name} at ${profile.facilities[0].institution}`;
    const draft = write('ack.txt', `Acknowledgements\nWe thank the ${name} for imaging.\n`);
    const r = await run(['check', '--profile', PROFILE, draft]);
    expect(r.code).toBe(0);
    const [first] = JSON.parse(r.stdout).facilities;
    expect(first.credit).toMatch(/^named/);
  });
});
