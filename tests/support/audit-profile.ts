/** Full Facility/Profile objects for tests, with the schema's defaults filled in. */
import { newFacility, newStaffMember } from '../../lib/profile/defaults';
import type { Facility, Profile, StaffMember } from '../../lib/profile/types';

export function staff(name: string, over: Partial<StaffMember> = {}): StaffMember {
  return newStaffMember(name, over);
}

export function facility(over: Partial<Facility> = {}): Facility {
  return newFacility({ id: 'abif', name: 'Advanced BioImaging Facility', ...over });
}

/** The facility of tests/fixtures/api/profile-abif.json, typed. */
export function abifProfile(): Profile {
  return {
    version: 1,
    facilities: [
      facility({
        institution: 'McGill University',
        aliases: ['ABIF'],
        rrids: ['SCR_017697'],
        staff: [
          staff('Claire M. Brown', { variants: ['Claire Brown'], orcid: '0000-0002-1825-0097' }),
          staff('Joel Ryan'),
        ],
        grants: [
          {
            number: 'S10 OD026899',
            funder: 'NIH',
            instrument: null,
            required: true,
            activeFrom: null,
            activeTo: null,
          },
        ],
      }),
    ],
  };
}
