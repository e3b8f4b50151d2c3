/**
 * The shapes the section reader passes between its steps (walk → candidates → boundaries → bodies) and
 * hands to its callers.
 */
import type { HeadingKind } from './headings';

export interface SectionOptions {
  /**
   * The site's own heading elements, comma-separated, read like h1–h6 (a boundary even when their
   * label is not one we classify).
   */
  headingSelector?: string;
  /**
   * A box that stands for the heading found inside it (a title table that also holds a jump menu): the
   * section's body starts after the box, not after the title cell.
   */
  headingBox?: string;
  /** Containers whose copy of a section is used only when there is no other (side panels, pop-ups). */
  demote?: string;
  /** Containers never read (job adverts, decision letters without headings, reference lists). */
  exclude?: string;
  /** Character budget per credit section body. */
  maxChars?: number;
}

export interface FoundSection {
  kind: HeadingKind;
  heading: string;
  text: string;
  el: Element;
  demoted: boolean;
  /** Read from a run-in label rather than a heading. */
  runIn: boolean;
  /** The body reached the character cap and was cut. */
  truncated: boolean;
  /** Methods only: the body's paragraphs (blocks), whitespace collapsed, when the heading is not run-in. */
  paragraphs?: string[];
}

/** A heading or label the walk found, with what it opens. */
export interface Candidate {
  el: Element;
  kind: HeadingKind | null;
  label: string;
  rank: number;
  runIn: boolean;
  /** For run-in labels: the paragraph they open (a boundary for the section before it). */
  block?: Element;
  /** A plain-text label ("Author contributions: …" with no markup): the body is the block's rest. */
  prefix?: boolean;
}

/** A heading (or run-in label) of the page, as the unheaded search needs to know it. */
export interface PageHeading {
  el: Element;
  kind: HeadingKind | null;
  label: string;
  runIn: boolean;
}

export interface SectionRead {
  /** Every classified section with a body, in document order. */
  found: FoundSection[];
  /** Every heading candidate, in document order (classified or not). */
  headings: PageHeading[];
  /** Elements read whole into some section's body. */
  covered: Set<Element>;
  /** The page was too large to walk: only its first part was read. */
  cutShort: boolean;
}
