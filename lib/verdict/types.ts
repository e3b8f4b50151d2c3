/**
 * A verdict: what `check(article, profile)` says about one facility.
 * The public contract of `corecredit check` (docs/CLI.md): fields may be added, never renamed.
 */
import type { CreditRole } from '../article';

export type CreditLevel = 'missing' | 'generic' | 'named' | 'named-with-pid';

export const CREDIT_LEVELS: readonly CreditLevel[] = ['missing', 'generic', 'named', 'named-with-pid'];

export type Where = 'acknowledgements' | 'funding' | 'methods' | 'contributions' | 'affiliations';
export type RridStatus = 'present' | 'absent' | 'mismatch' | 'not-in-profile';
export type StaffStatus = 'author' | 'acknowledged' | 'absent';
type GrantStatus = 'cited' | 'missing';

export type Flag =
  | 'NOT_MENTIONED'
  | 'GENERIC_ONLY'
  | 'AFFILIATION_ONLY'
  | 'METHODS_ONLY'
  | 'MISSING_RRID'
  | 'WRONG_RRID'
  | 'MISSING_GRANT'
  | 'STAFF_NOT_NAMED'
  | 'AUTHORSHIP_CANDIDATE'
  | 'NAME_VARIANT'
  | 'MENTIONED_ELSEWHERE'
  /** A used instrument's required grant is cited nowhere in the paper (its funder requires it). */
  | 'MISSING_INSTRUMENT_GRANT';

/**
 * Where evidence sits: a section of the record, a methods mention (by index), an author's affiliation, or
 * elsewhere on the page (outside every section read; the evidence then carries its line as `context`).
 */
export type EvidenceSection =
  | 'acknowledgements'
  | 'funding'
  | 'contributions'
  | 'methods'
  | 'affiliations'
  | 'elsewhere';

export interface Evidence {
  section: EvidenceSection;
  /** The matched words, exactly `sectionText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** For `methods`: index into `article.methodsMentions`; for `affiliations`: index into the author list. */
  index?: number;
  /** For `elsewhere`: the line of the page the words stand in (start and end index into it). */
  context?: string;
}

export interface StaffVerdict {
  name: string;
  status: StaffStatus;
  roles: CreditRole[];
}

export interface GrantVerdict {
  number: string;
  status: GrantStatus;
}

/** One of the facility's instruments: whether the paper used it, and its grants (docs/CLI.md). */
export interface InstrumentVerdict {
  id: string;
  name: string;
  /**
   * Named with the facility (same sentence, or same methods paragraph), or by its own grant or RRID
   * beside its name, or named at all when the profile says the model is only at this facility.
   */
  used: boolean;
  /** The words that show it was used; empty when it was not. */
  evidence: Evidence[];
  /** Every grant of the instrument, cited or not; only a used instrument's missing grants are asked for. */
  grants: GrantVerdict[];
  /**
   * For a used instrument whose required grants are missing: the text to add (its acknowledgement, if the
   * facility gives one, and each missing grant in its funder's wording); otherwise null. Added field.
   */
  suggestion: string | null;
}

export interface Verdict {
  id: string;
  name: string;
  credit: CreditLevel;
  where: Where[];
  rrid: RridStatus;
  staff: StaffVerdict[];
  grants: GrantVerdict[];
  /** The facility's instruments, in profile order (empty when it lists none). Added field. */
  instruments: InstrumentVerdict[];
  flags: Flag[];
  evidence: Evidence[];
  suggestion: string | null;
  /**
   * Mentions of staff in the acknowledgements still to be weighed for AUTHORSHIP_CANDIDATE, when check()
   * ran without the authorship analysis (the extension's background; lib/verdict/authorship-weighing.ts).
   * Absent when there are none, and always absent from the CLI's output, which weighs at once. Added field.
   */
  pendingAuthorship?: AuthorshipCandidate[];
}

/** A staff member's name at [start, end) of the acknowledgements, and the other staff named there. */
export interface AuthorshipCandidate {
  start: number;
  end: number;
  others: Array<{ start: number; end: number }>;
}
