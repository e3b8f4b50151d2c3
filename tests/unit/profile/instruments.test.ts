import { describe, expect, it } from 'vitest';
import { aliasProblem, instrumentForms } from '../../../lib/match/instrument-forms';
import { mergeProfiles } from '../../../lib/profile/merge';
import { formatIssues, parseProfile } from '../../../lib/profile/schema';
import { loadProfile } from '../../../lib/profile/store';
import { type KeyValueStore, STORAGE_KEYS } from '../../../lib/storage-keys';

function memoryStore(initial: Record<string, unknown>): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => {
      data.set(k, structuredClone(v));
    },
  };
}

function parse(instruments: unknown, extra: Record<string, unknown> = {}) {
  return parseProfile({
    version: 1,
    facilities: [{ id: 'abif', name: 'Advanced BioImaging Facility', instruments, ...extra }],
  });
}

function instrumentsOf(instruments: unknown) {
  const r = parse(instruments);
  if (!r.ok) throw new Error(formatIssues(r.errors));
  return r.profile.facilities[0]!.instruments;
}

describe('profile instruments', () => {
  it('a facility without instruments has an empty list (the minimal form stays valid)', () => {
    const r = parseProfile({ version: 1, facilities: [{ id: 'x', name: 'X Core' }] });
    expect(r.ok && r.profile.facilities[0]?.instruments).toEqual([]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('fills defaults; an instrument grant is required unless it says otherwise', () => {
    const [lsm, sim] = instrumentsOf([
      {
        id: 'lsm980',
        name: 'Zeiss LSM 980',
        aliases: ['LSM 980', 'LSM980 Airyscan'],
        rrid: 'RRID: SCR_020922',
        grants: ['S10 OD026899', { number: 'CFI 38211', funder: 'CFI', required: false }],
      },
      'Zeiss Elyra 7',
    ]);
    expect(lsm).toEqual({
      id: 'lsm980',
      name: 'Zeiss LSM 980',
      aliases: ['LSM 980', 'LSM980 Airyscan'],
      rrid: 'SCR_020922',
      grants: [
        {
          number: 'S10 OD026899',
          funder: null,
          instrument: null,
          required: true,
          activeFrom: null,
          activeTo: null,
        },
        {
          number: 'CFI 38211',
          funder: 'CFI',
          instrument: null,
          required: false,
          activeFrom: null,
          activeTo: null,
        },
      ],
      statement: null,
      uniqueToFacility: false,
    });
    expect(sim).toMatchObject({ id: 'zeiss-elyra-7', name: 'Zeiss Elyra 7', grants: [] });
  });

  it('IDs derived from names do not collide', () => {
    const ids = instrumentsOf([
      { name: 'LSM 980' },
      { name: 'LSM 980' },
      { id: 'lsm-980-2', name: 'LSM 880' },
    ]);
    expect(ids.map((i) => i.id)).toEqual(['lsm-980', 'lsm-980-3', 'lsm-980-2']);
  });

  it.each([
    [[{ name: 'LSM 980', aliases: ['980'] }], 'instrument 1 (“LSM 980”): the alias “980” is only a number'],
    [[{ name: 'LSM 980', aliases: ['confocal'] }], 'the alias “confocal” names a kind of instrument'],
    [
      [{ name: 'Confocal 1' }],
      'instrument 1 (“Confocal 1”): no name of “Confocal 1” can be found in a paper',
    ],
    [[{ name: 'LSM 980', rrid: 'SCR-1' }], 'instrument 1 (“LSM 980”): RRID “SCR-1” is not a valid RRID'],
    [
      [{ name: 'LSM 980', grants: [{ funder: 'NIH' }] }],
      'instrument 1 (“LSM 980”), grant 1: the grant number is missing',
    ],
    [
      [{ name: 'LSM 980', uniqueToFacility: 'yes' }],
      'instrument 1 (“LSM 980”): “only at this facility” should be true or false',
    ],
    [
      [{ aliases: ['LSM 980'] }],
      'Facility 1 (“Advanced BioImaging Facility”), instrument 1: the name is missing',
    ],
    [
      [
        { id: 'a', name: 'LSM 980' },
        { id: 'a', name: 'LSM 880' },
      ],
      'instrument 2 (“LSM 880”): the ID “a” is already used by instrument 1 (“LSM 980”)',
    ],
    ['LSM 980', 'Facility 1 (“Advanced BioImaging Facility”): the instruments should be a list'],
  ])('refuses %j naming the instrument', (instruments, message) => {
    const r = parse(instruments);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : formatIssues(r.errors)).toContain(message);
  });

  it('warns about unknown instrument fields and aliases two instruments share', () => {
    const r = parse([
      { name: 'Zeiss LSM 880', aliases: ['LSM 880'], colour: 'blue' },
      { name: 'LSM 880 Airyscan', aliases: ['LSM 880'] },
    ]);
    expect(r.ok && r.warnings).toEqual([
      'Facility 1 (“Advanced BioImaging Facility”), instrument 1 (“Zeiss LSM 880”): the field “colour” is not part of the profile format and was ignored.',
      'Facility 1 (“Advanced BioImaging Facility”), instrument 2 (“LSM 880 Airyscan”): “LSM 880” also names instrument 1 (“Zeiss LSM 880”): a paper naming it will count as using both — give each the aliases only it has.',
    ]);
  });

  it('merging a colleague’s profile unites an instrument’s aliases and grants', () => {
    const a = parse([{ id: 'lsm', name: 'Zeiss LSM 980', aliases: ['LSM 980'], grants: ['S10 OD026899'] }]);
    const b = parse([
      {
        id: 'other-id',
        name: 'zeiss lsm 980',
        aliases: ['LSM980 Airyscan'],
        grants: ['1S10OD026899-01', 'CFI 1234'],
      },
      { name: 'Zeiss Elyra 7' },
    ]);
    if (!a.ok || !b.ok) throw new Error('fixtures should parse');
    const merged = mergeProfiles(a.profile, b.profile).profile.facilities[0]!.instruments;
    expect(merged.map((i) => [i.id, i.aliases, i.grants.map((g) => g.number)])).toEqual([
      ['lsm', ['LSM 980', 'LSM980 Airyscan'], ['S10 OD026899', 'CFI 1234']],
      ['zeiss-elyra-7', [], []],
    ]);
  });

  it('an instrument renamed by the colleague keeps its old name as an alias', () => {
    const a = parse([{ id: 'lsm', name: 'Zeiss LSM 980', aliases: ['LSM 980'] }]);
    const b = parse([{ id: 'lsm', name: 'LSM 980 with Airyscan 2' }]);
    if (!a.ok || !b.ok) throw new Error('fixtures should parse');
    const [merged] = mergeProfiles(a.profile, b.profile).profile.facilities[0]!.instruments;
    expect([merged?.name, merged?.aliases]).toEqual([
      'LSM 980 with Airyscan 2',
      ['Zeiss LSM 980', 'LSM 980'],
    ]);
  });

  it('a stored instrument with a bad alias is repaired, not lost', async () => {
    const store = memoryStore({
      [STORAGE_KEYS.profile]: {
        version: 1,
        facilities: [
          { id: 'abif', name: 'ABIF', instruments: [{ name: 'LSM 980', aliases: ['980', 'LSM980'] }] },
        ],
      },
    });
    const r = await loadProfile(store);
    expect(r.profile.facilities[0]?.instruments[0]?.aliases).toEqual(['LSM980']);
    expect(r.problems.join('\n')).toContain('the alias “980” is only a number');
  });
});

describe('instrument forms', () => {
  it.each([
    [{ name: 'Zeiss LSM 980', aliases: [] }, ['Zeiss LSM 980', 'LSM 980']],
    [{ name: 'Carl Zeiss LSM980 Airyscan', aliases: [] }, ['Carl Zeiss LSM980 Airyscan', 'LSM980 Airyscan']],
    [{ name: 'Thermo Fisher Titan Krios', aliases: [] }, ['Thermo Fisher Titan Krios', 'Titan Krios']],
    // What the maker's name leaves is too plain to find alone ("Dragonfly" is also an insect).
    [{ name: 'Andor Dragonfly', aliases: [] }, ['Andor Dragonfly']],
    [{ name: 'Confocal 2', aliases: ['LSM 980', 'LSM-980'] }, ['LSM 980']],
  ])('%j → %j', (instrument, forms) => {
    expect(instrumentForms(instrument)).toEqual(forms);
  });

  it.each([
    ['LSM 980', null],
    ['W1 spinning disk', null],
    ['980', 'only a number'],
    ['A1', 'too short'],
    ['Spinning disk confocal', 'names a kind of instrument'],
  ])('alias %j', (alias, problem) => {
    const p = aliasProblem(alias);
    if (problem === null) expect(p).toBeNull();
    else expect(p).toContain(problem);
  });
});
