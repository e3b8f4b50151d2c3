import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-instruments-'));
const write = (name: string, data: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};

const PROFILE = write('profile.json', {
  version: 1,
  facilities: [
    {
      id: 'abif',
      name: 'Advanced BioImaging Facility',
      aliases: ['ABIF'],
      rrids: ['SCR_017697'],
      grants: [{ number: 'P30 CA016672', funder: 'NIH', required: true }],
      instruments: [
        {
          id: 'lsm980',
          name: 'Zeiss LSM 980',
          aliases: ['LSM980 Airyscan'],
          grants: [{ number: 'S10 OD026899', funder: 'NIH' }],
          statement: 'Images were acquired on the {instrument} of the {facility}, funded by {grants}.',
        },
        {
          id: 'elyra',
          name: 'Zeiss Elyra 7',
          grants: [{ number: '203151/Z/16/Z', funder: 'Wellcome Trust' }],
        },
      ],
    },
  ],
});

const PAPER = write(
  'paper.txt',
  'Methods\n\nImages were acquired on a Zeiss LSM 980 at the ABIF.\n\nAcknowledgements\n\nWe thank the ABIF (RRID:SCR_017697), supported by NIH P30 CA016672.\n',
);

describe('corecredit and instruments', () => {
  it('check: the verdict lists the instruments, the used one without its grant flagged', async () => {
    const r = await runCli(['check', '--profile', PROFILE, PAPER]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout).facilities[0];
    expect(v.flags).toEqual(['MISSING_INSTRUMENT_GRANT']);
    expect(v.instruments.map((i: { id: string; used: boolean }) => [i.id, i.used])).toEqual([
      ['lsm980', true],
      ['elyra', false],
    ]);
    expect(v.instruments[0].grants).toEqual([{ number: 'S10 OD026899', status: 'missing' }]);
    expect(v.suggestion).toMatch(
      /^Images were acquired on the Zeiss LSM 980 of the Advanced BioImaging Facility, funded by NIH S10 OD026899\. Research reported in this publication was supported by the Office of the Director/,
    );
    expect(v.suggestion).not.toContain('203151');
  });

  it('check: a profile with a bad instrument is refused, naming the instrument', async () => {
    const bad = write('bad.json', {
      version: 1,
      facilities: [{ id: 'abif', name: 'ABIF', instruments: [{ name: 'LSM 980', aliases: ['980'] }] }],
    });
    const r = await runCli(['check', '--profile', bad, PAPER]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Facility 1 (“ABIF”), instrument 1 (“LSM 980”): the alias “980” is only a number',
    );
    expect(r.stdout).toBe('');
  });

  it('statement: each instrument’s acknowledgement and grants follow the facility’s', async () => {
    const r = await runCli(['statement', '--profile', PROFILE, '--facility', 'abif']);
    expect(r.code).toBe(0);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      'Acknowledgement (en):',
      'Grant P30 CA016672 (NIH):',
      'Instrument Zeiss LSM 980 (lsm980), in papers that used it:',
      'Grant S10 OD026899 (NIH):',
      'Instrument Zeiss Elyra 7 (elyra), in papers that used it:',
      'Grant 203151/Z/16/Z (Wellcome Trust):',
    ]);
    expect(blocks[2]).toContain('funded by NIH S10 OD026899.');
    expect(blocks[5]).toContain(
      'This work was supported by the Wellcome Trust [grant number 203151/Z/16/Z].',
    );
  });

  it('statement --instrument --json: only the instruments the paper used', async () => {
    const r = await runCli([
      'statement',
      '--profile',
      PROFILE,
      '--facility',
      'abif',
      '--instrument',
      'elyra',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.grants.map((g: { number: string }) => g.number)).toEqual(['P30 CA016672']);
    expect(out.instruments).toEqual([
      {
        id: 'elyra',
        name: 'Zeiss Elyra 7',
        acknowledgement: null,
        grants: [
          {
            number: '203151/Z/16/Z',
            funder: 'Wellcome Trust',
            text: 'This work was supported by the Wellcome Trust [grant number 203151/Z/16/Z].',
            required: true,
            source: 'wellcome',
          },
        ],
      },
    ]);
  });

  it.each([
    [
      ['--instrument', 'krios'],
      1,
      'no instrument "krios" in facility "abif" (its instruments: lsm980, elyra)',
    ],
    [['--instrument', ','], 2, '--instrument needs a value'],
  ])('statement %j → exit %i', async (extra, code, message) => {
    const r = await runCli(['statement', '--profile', PROFILE, '--facility', 'abif', ...extra]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });
});
