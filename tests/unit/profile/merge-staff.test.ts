import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../../../lib/profile/example-profile';
import { mergeProfiles } from '../../../lib/profile/merge';
import { parseProfile } from '../../../lib/profile/schema';
import { parseStaffList } from '../../../lib/profile/staff-list';
import type { Profile } from '../../../lib/profile/types';

function profile(input: unknown): Profile {
  const r = parseProfile(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

describe('mergeProfiles', () => {
  it('adds new facilities and unites lists of a matching one', () => {
    const incoming = profile({
      version: 1,
      facilities: [
        {
          id: 'lmic',
          name: 'Light Microscopy Imaging Centre',
          rrids: ['SCR_017697'],
          aliases: ['LMIC'],
          staff: [{ name: 'Josiah S. Carberry', orcid: '0000-0002-1825-0097' }, 'New Person'],
          grants: ['1S10OD026899-01', 'R01 GM123456'],
        },
        { id: 'genomics', name: 'Genomics Platform' },
      ],
    });
    const { profile: merged, added, updated } = mergeProfiles(EXAMPLE_PROFILE, incoming);
    expect(added).toEqual(['genomics']);
    expect(updated).toEqual(['lmic']);
    const lmic = merged.facilities.find((f) => f.id === 'lmic')!;
    expect(lmic.staff.map((s) => s.name)).toEqual([
      'Josiah Carberry',
      'María-José Fernández-López',
      'New Person',
    ]);
    expect(lmic.staff[0]?.variants).toContain('Josiah S. Carberry');
    expect(lmic.grants.map((g) => g.number)).toEqual(['S10 OD026899', 'R01 GM123456']);
    expect(lmic.institution).toBe('Northbridge University');
    expect(merged.facilities).toHaveLength(4);
  });

  it('matches a facility by RRID when the IDs differ, and reports nothing when nothing changes', () => {
    const same = profile({
      version: 1,
      facilities: [{ id: 'other-id', name: 'Flow Core', rrids: ['SCR_002285'] }],
    });
    const r = mergeProfiles(EXAMPLE_PROFILE, same);
    expect(r.added).toEqual([]);
    expect(r.updated).toEqual(['flow']);
    expect(r.profile.facilities.find((f) => f.id === 'flow')?.name).toBe('Flow Core');
    const again = mergeProfiles(r.profile, same);
    expect([again.added, again.updated]).toEqual([[], []]);
  });

  it('renames an added facility whose ID is taken by an unrelated one', () => {
    const clash = profile({ version: 1, facilities: [{ id: 'flow', name: 'Fluid Dynamics Lab' }] });
    const r = mergeProfiles(EXAMPLE_PROFILE, clash);
    expect(r.updated).toEqual(['flow']);
    // Same ID is the same facility by definition; name comes from the import.
    expect(r.profile.facilities.find((f) => f.id === 'flow')?.name).toBe('Fluid Dynamics Lab');
  });
});

describe('parseStaffList', () => {
  it.each([
    [
      'Claire M. Brown\nJoel Ryan\n\n',
      [
        ['Claire M. Brown', null],
        ['Joel Ryan', null],
      ],
    ],
    [
      '• Claire M. Brown\n- Joel Ryan\n1. Ana Ruiz',
      [
        ['Claire M. Brown', null],
        ['Joel Ryan', null],
        ['Ana Ruiz', null],
      ],
    ],
    ['Josiah Carberry (https://orcid.org/0000-0002-1825-0097)', [['Josiah Carberry', '0000-0002-1825-0097']]],
    ['Josiah Carberry, 0000-0002-1825-0097', [['Josiah Carberry', '0000-0002-1825-0097']]],
    ['Bo Li\nBo Li\nbo li', [['Bo Li', null]]],
    [
      'name,orcid\nJosiah Carberry,0000-0002-1825-0097\nAna Ruiz,',
      [
        ['Josiah Carberry', '0000-0002-1825-0097'],
        ['Ana Ruiz', null],
      ],
    ],
    ['Name\tORCID\nAna Ruiz\tbad-orcid', [['Ana Ruiz', null]]],
  ])('%j', (text, expected) => {
    expect(parseStaffList(text).map((s) => [s.name, s.orcid])).toEqual(expected);
  });

  it('reads variants from several columns or one cell, and role/start/end', () => {
    const csv =
      'name,orcid,variants,variant 2,role,start\n"Fernández-López, María-José",,M.-J. Fernández; Maria Fernandez,MJ F,Analyst,2019';
    expect(parseStaffList(csv)).toEqual([
      {
        name: 'Fernández-López, María-José',
        variants: ['M.-J. Fernández', 'Maria Fernandez', 'MJ F'],
        orcid: null,
        role: 'Analyst',
        start: '2019',
        end: null,
      },
    ]);
  });
});
