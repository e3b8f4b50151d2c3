/** A facility or staff member with every optional field at its empty value, as the schema fills them. */
import type { Facility, StaffMember } from './types';

export function newStaffMember(name: string, fields: Partial<StaffMember> = {}): StaffMember {
  return { name, variants: [], orcid: null, role: null, start: null, end: null, ...fields };
}

export function newFacility(fields: Partial<Facility> & Pick<Facility, 'id' | 'name'>): Facility {
  return {
    aliases: [],
    formerNames: [],
    acronyms: [],
    translations: [],
    institution: null,
    ror: null,
    rrids: [],
    staff: [],
    grants: [],
    statements: [],
    notes: null,
    ...fields,
  };
}
