import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '../../..');
const PROFILE = join(ROOT, 'examples/profile.json');

const run = (...argv: string[]) => runCli(argv);

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-statement-'));
const write = (name: string, data: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};

// A facility with statements in two languages and grants from three funders.
const BILINGUAL = write('bilingual.json', {
  version: 1,
  facilities: [
    {
      id: 'pic',
      name: 'Plateforme d’Imagerie Cellulaire',
      rrids: ['SCR_019123'],
      staff: [{ name: 'Camille Dubois' }],
      grants: [
        { number: 'P30 CA016672', funder: 'NIH', required: true },
        { number: '203151/Z/16/Z', funder: 'Wellcome Trust', required: true },
        { number: 'ANR-10-INBS-04', funder: 'ANR', required: false },
      ],
      statements: [
        { lang: 'en', text: 'We thank the {facility} ({rrid}) and {staff}.' },
        { lang: 'fr', text: 'Nous remercions la {facility} ({rrid}) et {staff}.' },
      ],
    },
  ],
});

describe('corecredit statement', () => {
  it('prints the acknowledgement and each required grant in its funder’s wording', async () => {
    const r = await run('statement', '--profile', PROFILE, '--facility', 'cicc');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(
      /^Acknowledgement \(en\):\nWe thank the Cellular Imaging and Cytometry Core \(Harbourview University; RRID:SCR_022415\)/,
    );
    expect(blocks[0]).toContain('Marta Okafor, Daniel Lévesque and Priya Raman');
    expect(blocks[1]).toBe(
      'Grant S10 OD030281 (NIH):\nResearch reported in this publication was supported by the Office of the Director of the National Institutes of Health under award number S10OD030281. The content is solely the responsibility of the authors and does not necessarily represent the official views of the National Institutes of Health.',
    );
  });

  it('--json, --lang and --grants all', async () => {
    const r = await run(
      'statement',
      `--profile=${BILINGUAL}`,
      '--facility=pic',
      '--lang',
      'fr-CA',
      '--grants',
      'all',
      '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['facility', 'lang', 'acknowledgement', 'grants', 'instruments']);
    expect(json).toMatchObject({
      facility: 'pic',
      lang: 'fr',
      acknowledgement:
        'Nous remercions la Plateforme d’Imagerie Cellulaire (RRID:SCR_019123) et Camille Dubois.',
    });
    expect(
      json.grants.map((g: { number: string; funder: string; required: boolean; source: string }) => [
        g.number,
        g.funder,
        g.required,
        g.source,
      ]),
    ).toEqual([
      ['P30 CA016672', 'NIH', true, 'nih'],
      ['203151/Z/16/Z', 'Wellcome Trust', true, 'wellcome'],
      ['ANR-10-INBS-04', 'ANR', false, 'generic'],
    ]);
    expect(json.grants[0].text).toContain(
      'the National Cancer Institute of the National Institutes of Health under award number P30CA016672.',
    );
  });

  it.each([
    ['a language without a statement: English', ['--lang', 'de'], 'Acknowledgement (en):\nWe thank the'],
    ['no language: English', [], 'Acknowledgement (en):\nWe thank the'],
  ])('%s', async (_name, extra, start) => {
    const r = await run('statement', '--profile', BILINGUAL, '--facility', 'pic', ...extra);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(start)).toBe(true);
    // Required grants only by default.
    expect(r.stdout).not.toContain('ANR-10-INBS-04');
  });

  it('an unknown facility: exit 1 with the profile’s ids', async () => {
    const r = await run('statement', '--profile', PROFILE, '--facility', 'nope');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'corecredit statement: no facility "nope" in the profile (its facilities: cicc, gsp)\n',
    );
  });

  it('an invalid profile: exit 1 with every problem', async () => {
    const bad = write('bad.json', { version: 1, facilities: [{ id: 'x' }, { name: 'No id' }] });
    const r = await run('statement', '--profile', bad, '--facility', 'x');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).length).toBeGreaterThan(1);
  });

  it.each([
    [['--facility', 'cicc'], '--profile PROFILE.json is required'],
    [['--profile', PROFILE], '--facility ID is required'],
    [['--profile', PROFILE, '--facility'], '--facility needs a value'],
    [['--profile', PROFILE, '--facility', 'cicc', '--grants', 'some'], '--grants is required or all'],
    [['--profile', PROFILE, '--facility', 'cicc', '--lang', 'english!'], 'is not a language tag'],
    [['--profile', PROFILE, '--facility', 'cicc', '--colour'], 'unknown option --colour'],
    [['--profile', PROFILE, '--facility', 'cicc', 'draft.txt'], 'unexpected argument "draft.txt"'],
  ])('bad usage %j: exit 2', async (argv, message) => {
    const r = await run('statement', ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('--help, and a line in the main help', async () => {
    const own = await run('statement', '--help');
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^usage: corecredit statement --profile PROFILE.json --facility ID/);
    const main = await run('--help');
    expect(main.stdout).toContain('statement --profile PROFILE.json --facility ID');
  });
});
