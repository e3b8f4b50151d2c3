/**
 * The facility profile (schema version 1), as plain TypeScript types.
 * `lib/profile/schema.ts` validates unknown input into exactly these types;
 * matchers and the UI code against these. Only `id` and `name` are required in
 * a file (see CLI-CONTRACT.md, "The profile file"); the schema fills defaults.
 */

export const PROFILE_VERSION = 1;

export interface StaffMember {
  name: string;
  variants: string[];
  orcid: string | null;
  role: string | null;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  start: string | null;
  end: string | null;
}

export interface Grant {
  /** As the facility writes it ("S10 OD026899"). */
  number: string;
  funder: string | null;
  instrument: string | null;
  /** Must be cited by papers that used the facility (NIH S10, P30 CCSG…). */
  required: boolean;
  activeFrom: string | null;
  activeTo: string | null;
}

export interface Translation {
  /** BCP 47 language tag ("fr", "de", "pt-BR"). */
  lang: string;
  name: string;
}

export interface Statement {
  lang: string;
  /** With placeholders {facility}, {institution}, {rrid}, {grants}, {staff}. */
  text: string;
}

export interface Facility {
  id: string;
  name: string;
  /** Other forms used in text: acronyms, former names, translations without a language. */
  aliases: string[];
  formerNames: string[];
  acronyms: string[];
  translations: Translation[];
  institution: string | null;
  /** Bare ROR ID ("05d78xc36"), or null. */
  ror: string | null;
  /** Bare RRIDs ("SCR_017697"). */
  rrids: string[];
  staff: StaffMember[];
  grants: Grant[];
  statements: Statement[];
  notes: string | null;
}

export interface Profile {
  version: typeof PROFILE_VERSION;
  facilities: Facility[];
}
