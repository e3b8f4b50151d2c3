/**
 * Finds sections generically: real headings (h1–h6), publisher title divs, standalone bold paragraphs
 * and run-in labels ("Funding:" opening a paragraph). A section's body runs from its heading to the next
 * heading of the same or higher rank, or to any heading we classify (a credit section, references,
 * competing interests, decision letters…), so one section never swallows the next.
 *
 * The steps, one file each: the walk (section-walk.ts), candidates (section-candidates.ts), boundaries
 * (section-boundaries.ts), bodies (section-body.ts) and demotion of side-panel copies (section-demotion.ts).
 */
import type { TextSink } from './dom';
import { type HeadingKind, headingText } from './headings';
import { bodyOf, isChrome, PARAGRAPH_MARK, paragraphsOf } from './section-body';
import { markBoundaries } from './section-boundaries';
import { collectCandidates } from './section-candidates';
import { inDemotedContainer } from './section-demotion';
import { endsSection, isSectionMenu } from './section-menu';
import type { FoundSection, SectionOptions, SectionRead } from './section-types';

export type { FoundSection, PageHeading, SectionOptions, SectionRead } from './section-types';

/** Credit sections end at a correspondence address, dates or a copyright line, heading or not. */
const CREDIT_KINDS = new Set<HeadingKind>(['acknowledgements', 'funding', 'contributions']);

/**
 * Every classified section of the page, in document order, with its body text.
 * Credit sections are capped at `maxChars`; methods at 20× that.
 */
export function readSections(root: Element, opts: SectionOptions = {}): SectionRead {
  const max = opts.maxChars ?? 30_000;
  const { candidates: cands, cutShort } = collectCandidates(root, opts);
  const marks = markBoundaries(cands, root);
  const found: FoundSection[] = [];
  for (const c of cands) {
    if (!c.kind || c.kind === 'references' || c.kind === 'other-backmatter') continue;
    const cap = c.kind === 'methods' ? max * 20 : max;
    const sink: TextSink = { parts: [], left: cap, skip: isChrome };
    if (c.kind === 'methods') sink.blockMark = PARAGRAPH_MARK;
    if (CREDIT_KINDS.has(c.kind)) {
      sink.halt = endsSection;
      sink.skip = (el) => isChrome(el) || isSectionMenu(el);
    }
    const text = bodyOf(c, marks, root, opts, cap, sink);
    if (c.block) marks.covered.add(c.block);
    marks.covered.add(c.el);
    if (!text) continue;
    const paragraphs = c.kind === 'methods' && !c.prefix && !c.runIn ? paragraphsOf(sink) : undefined;
    found.push({
      ...(paragraphs ? { paragraphs } : {}),
      truncated: sink.left <= 0 && !sink.halted,
      kind: c.kind,
      heading: headingText(c.label),
      text,
      el: c.el,
      demoted: inDemotedContainer(c.el, opts.demote),
      runIn: c.runIn,
    });
  }
  const headings = cands.map((c) => ({ el: c.el, kind: c.kind, label: c.label, runIn: c.runIn }));
  return { found, headings, covered: marks.covered, cutShort };
}

/**
 * The best section of a kind: the first one outside side panels, else the first one. For methods, a
 * heading beats a run-in label (structured abstracts open a paragraph with "Methods:").
 */
export function pickSection(found: FoundSection[], kind: HeadingKind): FoundSection | null {
  let best: FoundSection | null = null;
  const score = (f: FoundSection) => (f.demoted ? 0 : 2) + (kind === 'methods' && !f.runIn ? 1 : 0);
  for (const f of found) {
    if (f.kind !== kind) continue;
    if (!best || score(f) > score(best)) best = f;
  }
  return best;
}
