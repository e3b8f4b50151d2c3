import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '../../..');
const PROFILE = join(ROOT, 'examples/profile.json');
const ARTICLE = join(ROOT, 'examples/article.html');

const run = (...argv: string[]) => runCli(argv);

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-check-'));
const write = (name: string, data: string) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('corecredit check', () => {
  it('prints the article and one verdict per facility, as the contract says', async () => {
    const r = await run('check', '--profile', PROFILE, ARTICLE);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.article).toMatchObject({ file: ARTICLE, kind: 'html', doi: '10.5555/jcd.2025.0142' });
    expect(json.facilities.map((f: { id: string }) => f.id)).toEqual(['cicc', 'gsp']);
    const [cicc, gsp] = json.facilities;
    expect(Object.keys(cicc)).toEqual([
      'id',
      'name',
      'credit',
      'where',
      'rrid',
      'staff',
      'grants',
      'instruments',
      'flags',
      'evidence',
      'suggestion',
    ]);
    expect(cicc).toMatchObject({
      credit: 'named',
      rrid: 'absent',
      grants: [
        { number: 'S10 OD030281', status: 'missing' },
        { number: 'CFI 38211', status: 'missing' },
      ],
    });
    expect(cicc.where).toContain('acknowledgements');
    expect(cicc.flags).toEqual(
      expect.arrayContaining(['MISSING_RRID', 'MISSING_GRANT', 'AUTHORSHIP_CANDIDATE']),
    );
    expect(cicc.staff).toEqual([
      { name: 'Marta Okafor', status: 'acknowledged', roles: [] },
      { name: 'Daniel Lévesque', status: 'acknowledged', roles: [] },
      { name: 'Priya Raman', status: 'author', roles: ['Investigation', 'Writing – review & editing'] },
    ]);
    expect(cicc.suggestion).toContain('RRID:SCR_022415');
    expect(cicc.suggestion).toContain('NIH S10 OD030281');
    expect(gsp).toMatchObject({ credit: 'missing', where: ['affiliations'], flags: ['AFFILIATION_ONLY'] });
  });

  it('prints an array for several files, leaving out (and reporting) unreadable ones', async () => {
    const r = await run('check', `--profile=${PROFILE}`, ARTICLE, join(tmp, 'missing.html'), ARTICLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.html: no such file/);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it.each([
    [['check', ARTICLE], /--profile PROFILE.json is required/],
    [['check', '--profile', PROFILE], /no FILE given/],
    [['check', '--profile', PROFILE, '--strict', ARTICLE], /unknown option --strict/],
    [['check', '--profile'], /--profile needs a file/],
  ])('bad usage %j → exit 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['{"version": 1, "facilities": [{"id": "x"}]}', /name/],
    ['{"version": 1, "facilities": [', /not valid JSON/],
  ])('an invalid profile %s is refused with exit 1 and the field-level reason', async (text, message) => {
    const r = await run('check', '--profile', write('bad.json', text), ARTICLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('a missing profile file is an input error', async () => {
    const r = await run('check', '--profile', join(tmp, 'nope.json'), ARTICLE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read the profile/);
  });

  it('accepts the minimal profile of the contract', async () => {
    const minimal = {
      version: 1,
      facilities: [
        {
          id: 'cicc',
          name: 'Cellular Imaging and Cytometry Core',
          institution: null,
          aliases: ['CICC'],
          rrids: ['SCR_022415'],
          ror: null,
          staff: [{ name: 'Marta Okafor', variants: [], orcid: null }],
          grants: [{ number: 'S10 OD030281', funder: 'NIH', required: true }],
          statement: null,
        },
      ],
    };
    const r = await run('check', '--profile', write('min.json', JSON.stringify(minimal)), ARTICLE);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).facilities[0]).toMatchObject({ id: 'cicc', credit: 'named' });
  });

  it('--help prints the usage', async () => {
    const r = await run('check', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: corecredit check --profile PROFILE.json .*FILE…/);
  });
});
