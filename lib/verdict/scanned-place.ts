/**
 * A place of the article (a section, a methods mention, an affiliation) with what one scan found in it,
 * and the way verdicts add evidence from it. Types only, in a file of their own: the index, the name
 * variants and the staff and facility verdicts all use them, and each defining them made import cycles.
 */
import type { TextScan } from '../match/scan';
import type { Place } from './places';

export type Span = { id: string; start: number; end: number };

export interface ScannedPlace {
  place: Place;
  scan: TextScan;
  rrids: Span[];
}

/** Adds the words at [start, end) of a scanned place as evidence of the verdict being built. */
export type AddEvidence = (at: ScannedPlace, start: number, end: number) => void;
