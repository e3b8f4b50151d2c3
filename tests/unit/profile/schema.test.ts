import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../../../lib/profile/example-profile';
import { formatIssues, parseProfile } from '../../../lib/profile/schema';

/** The minimal form of docs/CLI.md, "The profile file". */
const CONTRACT_EXAMPLE = {
  version: 1,
  facilities: [
    {
      id: 'abif',
      name: 'Advanced BioImaging Facility',
      institution: 'McGill University',
      aliases: ['ABIF', "Plateforme d'imagerie avancée"],
      rrids: ['SCR_017697'],
      ror: null,
      staff: [{ name: 'Claire M. Brown', variants: ['Claire Brown'], orcid: null }],
      grants: [{ number: 'S10 OD026899', funder: 'NIH', required: true }],
      statement: null,
    },
  ],
};

function facilityOf(facility: Record<string, unknown>) {
  const r = parseProfile({ version: 1, facilities: [{ id: 'f', name: 'Flow Core', ...facility }] });
  if (!r.ok) throw new Error(formatIssues(r.errors));
  return r.profile.facilities[0]!;
}

function errorsOf(facility: Record<string, unknown>): string[] {
  const r = parseProfile({ version: 1, facilities: [{ id: 'f', name: 'Flow Core', ...facility }] });
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('parseProfile accepts', () => {
  it('the contract example, filling defaults', () => {
    const r = parseProfile(CONTRACT_EXAMPLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    const f = r.profile.facilities[0]!;
    expect(f).toMatchObject({
      id: 'abif',
      rrids: ['SCR_017697'],
      ror: null,
      statements: [],
      formerNames: [],
    });
    expect(f.staff[0]).toEqual({
      name: 'Claire M. Brown',
      variants: ['Claire Brown'],
      orcid: null,
      role: null,
      start: null,
      end: null,
    });
    expect(f.grants[0]).toEqual({
      number: 'S10 OD026899',
      funder: 'NIH',
      instrument: null,
      required: true,
      activeFrom: null,
      activeTo: null,
    });
  });

  it('only id and name', () => {
    const r = parseProfile({ version: 1, facilities: [{ id: 'x', name: 'X Core' }] });
    expect(r.ok && r.profile.facilities[0]?.rrids).toEqual([]);
  });

  it('the example profile, unchanged', () => {
    const r = parseProfile(JSON.parse(JSON.stringify(EXAMPLE_PROFILE)));
    expect(r.ok && r.profile).toEqual(EXAMPLE_PROFILE);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it.each([
    [{ rrids: ['RRID:SCR_017697', 'SCR_017697', 'rrid: scr_002285'] }, 'rrids', ['SCR_017697', 'SCR_002285']],
    [{ rrids: 'RRID: SCR_017697' }, 'rrids', ['SCR_017697']],
    [{ rrids: null }, 'rrids', []],
    [{ ror: 'https://ror.org/05d78xc36' }, 'ror', '05d78xc36'],
    [{ ror: '05d78xc36' }, 'ror', '05d78xc36'],
    [{ ror: '' }, 'ror', null],
    [{ aliases: 'ABIF' }, 'aliases', ['ABIF']],
    [{ aliases: [' ABIF ', 'ABIF', '', null] }, 'aliases', ['ABIF']],
    [{ institution: '  ' }, 'institution', null],
    [
      { statement: 'Thanks to the {facility}.' },
      'statements',
      [{ lang: 'en', text: 'Thanks to the {facility}.' }],
    ],
    [
      { statement: 'A', statements: [{ lang: 'fr', text: 'B' }] },
      'statements',
      [
        { lang: 'en', text: 'A' },
        { lang: 'fr', text: 'B' },
      ],
    ],
    [
      { grants: ['S10 OD026899', '1S10OD026899-01'] },
      'grants',
      [expect.objectContaining({ number: 'S10 OD026899' })],
    ],
    [
      { translations: [{ lang: 'fr', name: 'Plateforme' }] },
      'translations',
      [{ lang: 'fr', name: 'Plateforme' }],
    ],
  ])('%j → %s', (input, field, expected) => {
    expect(facilityOf(input)[field as 'rrids']).toEqual(expected);
  });

  it.each([
    [['Ana Ruiz'], [{ name: 'Ana Ruiz', variants: [], orcid: null, role: null, start: null, end: null }]],
    [
      [
        {
          name: 'Bo Li',
          orcid: 'https://orcid.org/0000-0002-1825-0097',
          variants: ['Bo Li', 'B. Li'],
          start: 2019,
        },
      ],
      [
        {
          name: 'Bo Li',
          variants: ['B. Li'],
          orcid: '0000-0002-1825-0097',
          role: null,
          start: '2019',
          end: null,
        },
      ],
    ],
  ])('staff %j', (staff, expected) => {
    expect(facilityOf({ staff }).staff).toEqual(expected);
  });

  it('warns about a missing version and unknown fields, without refusing', () => {
    const r = parseProfile({ facilities: [{ id: 'a', name: 'A', colour: 'red' }], owner: 'me' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([
      'The profile has no “version”; it was read as version 1.',
      'The field “owner” is not part of the profile format and was ignored.',
      'Facility 1 (“A”): the field “colour” is not part of the profile format and was ignored.',
    ]);
  });
});

describe('parseProfile refuses, naming the field', () => {
  it.each([
    [
      { rrids: ['SCR-12'] },
      'Facility 1 (“Flow Core”): RRID “SCR-12” is not a valid RRID — it should look like RRID:SCR_017697.',
    ],
    [
      { ror: 'https://ror.org/05d78xc37' },
      'Facility 1 (“Flow Core”): ROR ID “https://ror.org/05d78xc37” is not valid',
    ],
    [
      { staff: [{ name: 'Bo Li', orcid: '0000-0002-1825-0098' }] },
      'staff member 1 (“Bo Li”): ORCID iD “0000-0002-1825-0098” is not valid',
    ],
    [
      { staff: [{ name: 'Bo Li', start: '2019-13' }] },
      'staff member 1 (“Bo Li”): the start date “2019-13” is not a date',
    ],
    [
      { staff: [{ name: 'Bo Li', start: '2020', end: '2019' }] },
      'the end date 2019 is before the start date 2020',
    ],
    [{ staff: [{ orcid: null }] }, 'Facility 1 (“Flow Core”), staff member 1: the name is missing.'],
    [{ staff: [{ name: '  ' }] }, 'staff member 1: the name is empty.'],
    [{ grants: [{ funder: 'NIH' }] }, 'Facility 1 (“Flow Core”), grant 1: the grant number is missing.'],
    [
      { grants: [{ number: 'S10', required: 'yes' }] },
      'grant 1 (“S10”): “must be cited” should be true or false.',
    ],
    [{ aliases: 5 }, 'Facility 1 (“Flow Core”): the other names should be a list.'],
    [{ institution: 5 }, 'the institution should be text (or null when unknown).'],
    [{ name: 5 }, 'Facility 1: the name should be text.'],
    [{ id: '' }, 'Facility 1 (“Flow Core”): the ID is empty.'],
    [{ statements: [{ lang: 'english', text: 'x' }] }, 'the language “english” is not a language code'],
  ])('%j', (facility, message) => {
    const errors = errorsOf(facility);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(message);
  });

  it.each([
    [null, 'The profile should be a JSON object'],
    [[], 'The profile should be a JSON object'],
    [{ version: 1 }, 'The profile has no “facilities” list.'],
    [{ version: 1, facilities: {} }, 'The “facilities” field should be a list of facilities.'],
    [
      { version: 2, facilities: [] },
      'written for format version 2; this CoreCredit reads version 1. Update CoreCredit',
    ],
    [{ version: 'one', facilities: [] }, 'The format version “one” is not one CoreCredit knows'],
    [{ version: 1, facilities: ['x'] }, 'Facility 1 (“x”): should be a group of fields'],
    [{ version: 1, facilities: [{ name: 'A' }] }, 'Facility 1 (“A”): the ID is missing.'],
  ])('%j', (input, message) => {
    const r = parseProfile(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : formatIssues(r.errors)).toContain(message);
  });

  it('duplicate facility IDs, naming both facilities', () => {
    const r = parseProfile({
      version: 1,
      facilities: [
        { id: 'abif', name: 'ABIF' },
        { id: 'abif', name: 'Flow Core' },
      ],
    });
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: 'facilities.1.id',
        message:
          'Facility 2 (“Flow Core”): the ID “abif” is already used by facility 1 (“ABIF”) — each facility needs its own ID.',
        detail: { code: 'DUPLICATE_FACILITY_ID', values: { id: 'abif', position: 1, name: 'ABIF' } },
        places: [{ kind: 'facility', position: 2, name: 'Flow Core' }],
      },
    ]);
  });

  it('reports every problem at once, with paths to the offending values', () => {
    const r = parseProfile({
      version: 1,
      facilities: [{ id: 'f', name: 'F', rrids: ['SCR_017697', 'bad'], staff: [{ name: 'A', orcid: 'x' }] }],
    });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      'facilities.0.rrids.1',
      'facilities.0.staff.0.orcid',
    ]);
    expect(r.ok ? '' : formatIssues(r.errors).split('\n')).toHaveLength(2);
  });
});
