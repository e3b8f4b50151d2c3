/**
 * What one scan of a text finds (scan.ts, staff-text.ts, staff-typos.ts), as plain types in a file of
 * their own: the finders import each other's results, and defining the types beside the finders made
 * import cycles.
 */
import type { NamedInstitution } from './mention-institution';

export interface NameHit {
  facility: number;
  form: string;
  start: number;
  end: number;
  /** Token range in the stream. */
  t0: number;
  t1: number;
  /** Weak names only: the institution the text names for it ("… Facility at Harvard Medical School"). */
  institution?: NamedInstitution | null;
}

export interface StaffHit {
  facility: number;
  staff: number;
  /** The name as written, given name included. */
  start: number;
  end: number;
  /** Matched only as a variant (see staff-text.ts). */
  variant: boolean;
  /** For variants: the given and family name as written, folded, to tell whether another person
   * (an author of the paper) bears it. */
  written?: { given: string; family: string };
}

export interface FamilyHit {
  facility: number;
  staff: number;
  t0: number;
  t1: number;
  /** The first half of a hyphenated double family name. */
  partial: boolean;
}
