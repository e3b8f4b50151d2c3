/** A facility or staff member with every optional field at its empty value, as the schema fills them. */
import type { Facility, Instrument, StaffMember } from './types';

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
    instruments: [],
    ...fields,
  };
}

export function newInstrument(fields: Partial<Instrument> & Pick<Instrument, 'id' | 'name'>): Instrument {
  return { aliases: [], rrid: null, grants: [], statement: null, uniqueToFacility: false, ...fields };
}
