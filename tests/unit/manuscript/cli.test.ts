import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { FIXTURES } from './env';
import { makeDocx } from './make-docx';

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-manuscripts-'));
const put = (name: string, data: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

const PROFILE = put(
  'profile.json',
  JSON.stringify({
    version: 1,
    facilities: [
      {
        id: 'almc',
        name: 'Advanced Light Microscopy Core Facility',
        institution: 'University of Example',
        aliases: ['Advanced Light Microscopy Core'],
        rrids: ['SCR_012345'],
        ror: null,
        staff: [{ name: 'Maria Garcia', variants: [], orcid: null }],
        grants: [{ number: 'S10OD012345', funder: 'NIH', required: true }],
        statement: null,
      },
    ],
  }),
);

const files = async () => ({
  pdf: join(FIXTURES, 'two-column.pdf'),
  docx: put('draft.docx', await makeDocx()),
  tex: join(FIXTURES, 'sn-jnl.tex'),
  zip: put(
    'project.zip',
    zipSync({
      'main.tex': readFileSync(join(FIXTURES, 'project/main.tex')),
      'sections/intro.tex': readFileSync(join(FIXTURES, 'project/sections/intro.tex')),
      'sections/ack.tex': readFileSync(join(FIXTURES, 'project/sections/ack.tex')),
    }),
  ),
  // A PDF whose name says nothing: the content decides.
  renamed: (() => {
    const p = join(tmp, 'manuscript-final');
    copyFileSync(join(FIXTURES, 'two-column.pdf'), p);
    return p;
  })(),
});

describe('corecredit extract on manuscripts', () => {
  it.each([
    ['pdf', 'pdf', 'Acknowledgements'],
    ['docx', 'docx', null],
    ['tex', 'latex', 'Acknowledgements'],
    ['zip', 'latex', 'Acknowledgments'],
    ['renamed', 'pdf', 'Acknowledgements'],
  ] as const)('%s: kind %s, the acknowledgements read', async (which, kind, heading) => {
    const path = (await files())[which];
    const r = await runCli(['extract', path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(Object.keys(article).slice(0, 2)).toEqual(['file', 'kind']);
    expect(article.kind).toBe(kind);
    expect(article.sections.acknowledgements.heading).toBe(heading);
  });

  it('reads LaTeX from standard input', async () => {
    const r = await runCli(['extract', '-'], readFileSync(join(FIXTURES, 'nature.tex'), 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: '-',
      kind: 'latex',
      title: 'Fast imaging of lipid droplets',
    });
  });

  it.each([
    [
      'a truncated .docx',
      async () => put('broken.docx', (await makeDocx()).subarray(0, 2000)),
      /broken\.docx: not a readable zip file/,
    ],
    [
      'random bytes named .pdf',
      async () =>
        put(
          'noise.pdf',
          new Uint8Array(3000).map((_, i) => (i * 31) % 256),
        ),
      /noise\.pdf: not a readable PDF/,
    ],
  ])('%s: exit 1, one line on stderr', async (_name, make, reason) => {
    const r = await runCli(['extract', await make()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('corecredit check on manuscripts', () => {
  it.each(['pdf', 'docx'] as const)(
    '%s: the facility named with its RRID, its staff member acknowledged',
    async (which) => {
      const r = await runCli(['check', '--profile', PROFILE, (await files())[which]]);
      expect(r.code).toBe(0);
      const [verdict] = JSON.parse(r.stdout).facilities;
      expect(verdict.credit).toBe('named-with-pid');
      expect(verdict.staff).toEqual([
        expect.objectContaining({ name: 'Maria Garcia', status: 'acknowledged' }),
      ]);
      expect(verdict.grants).toEqual([expect.objectContaining({ number: 'S10OD012345', status: 'cited' })]);
    },
  );
});
