/**
 * The facility profile (schema version 1), as plain TypeScript types.
 * `instruments` was added to version 1 without a new version number: it is optional, so every version 1
 * file stays valid as it is and there is nothing for a migration to move; an older CoreCredit reading a
 * profile with instruments warns that it ignored the field instead of refusing the whole profile.
 * `lib/profile/schema.ts` validates unknown input into exactly these types;
 * matchers and the UI code against these. Only `id` and `name` are required in
 * a file (see docs/CLI.md, "The profile file"); the schema fills defaults.
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

/**
 * A shared instrument of a facility. Its funders (an NIH S10, a Wellcome or DFG instrument
 * grant) require their grant in every paper that used it, and only in those: its grants are asked of a
 * paper only when the paper names the instrument with the facility (or alone, when `uniqueToFacility`).
 */
export interface Instrument {
  /** Unique within the facility; derived from the name when a file gives none. */
  id: string;
  name: string;
  /** The ways papers write the model ("LSM 980", "Zeiss LSM980 Airyscan", "W1 spinning disk"). */
  aliases: string[];
  /** The instrument's own bare RRID ("SCR_020922"), or null. */
  rrid: string | null;
  /** Same form as the facility's grants; on an instrument a grant is required unless it says otherwise. */
  grants: Grant[];
  /** The instrument's own acknowledgement ({instrument}, {facility}, {grants}, {rrid}), or null. */
  statement: string | null;
  /**
   * This model exists only at this facility (in the region a paper could come from): naming it alone
   * shows the facility's instrument was used. Otherwise it must be named together with the facility.
   */
  uniqueToFacility: boolean;
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
  /** Shared instruments with their own grants (empty for most facilities). */
  instruments: Instrument[];
}

export interface Profile {
  version: typeof PROFILE_VERSION;
  facilities: Facility[];
}
