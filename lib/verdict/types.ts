/**
 * A verdict: what `check(article, profile)` says about one facility.
 * The public contract of `corecredit check` (../shared/docs/CLI-CONTRACT.md).
 */
import type { CreditRole } from '../article';

export type CreditLevel = 'missing' | 'generic' | 'named' | 'named-with-pid';
/** Worst first: used to sort and to pick the toolbar badge. */
export const CREDIT_LEVELS: readonly CreditLevel[] = ['missing', 'generic', 'named', 'named-with-pid'];

export type Where = 'acknowledgements' | 'funding' | 'methods' | 'contributions' | 'affiliations';
export type RridStatus = 'present' | 'absent' | 'mismatch' | 'not-in-profile';
export type StaffStatus = 'author' | 'acknowledged' | 'absent';
export type GrantStatus = 'cited' | 'missing';

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
  | 'MENTIONED_ELSEWHERE';

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

export interface Verdict {
  id: string;
  name: string;
  credit: CreditLevel;
  where: Where[];
  rrid: RridStatus;
  staff: StaffVerdict[];
  grants: GrantVerdict[];
  flags: Flag[];
  evidence: Evidence[];
  suggestion: string | null;
}
