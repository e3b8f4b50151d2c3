/**
 * The three credit sections of a JATS article: <ack>, funding (<funding-group>, a funding <sec>, a
 * financial-disclosure <fn>) and author contributions (<fn fn-type="con">, a contributions <sec>/<fn-group>).
 * Funding is what each publisher displays (docs/CORPUS.md, "Labelling rules"): eLife shows the whole
 * <funding-group>; PLOS, F1000 and others show the <funding-statement>.
 */
import type { Section } from '../article';
import { classifyHeading, type HeadingKind } from './headings';
import {
  childrenNamed,
  type ElementIndex,
  elementChildren,
  jatsLines,
  jatsShortText,
  jatsText,
  localName,
} from './jats-text';

export interface JatsSection extends Section {
  /** The element the section was read from (for footnote links and paragraph-wise parsing). */
  element: Element;
  /** Elements left out of the text (title, run-in label). */
  skip: Element[];
}

function titleOf(el: Element): Element | undefined {
  return childrenNamed(el, 'title')[0];
}

/** A bold/italic run-in label at the start of the first paragraph ("Author contributions:"), if any. */
function runInLabel(el: Element, kind: HeadingKind): Element | undefined {
  const p = childrenNamed(el, 'p')[0];
  const first = p ? elementChildren(p)[0] : undefined;
  if (!p || !first || !['bold', 'italic'].includes(localName(first))) return undefined;
  const before = Array.from(p.childNodes).indexOf(first);
  const leading = Array.from(p.childNodes)
    .slice(0, before)
    .map((n) => n.textContent ?? '')
    .join('');
  if (leading.trim()) return undefined;
  return classifyHeading((first.textContent ?? '').replace(/[:.\s]+$/, '')) === kind ? first : undefined;
}

/**
 * A first paragraph that is only a heading ("<p>Acknowledgements</p>", a title turned into text by a
 * conversion), classified; undefined when the first paragraph is text.
 */
function labelParagraph(el: Element): { p: Element; kind: HeadingKind } | undefined {
  const p = elementChildren(el).find((c) => localName(c) !== 'label');
  if (!p || localName(p) !== 'p') return undefined;
  const text = jatsShortText(p, 90);
  const kind = text !== null ? classifyHeading(text.replace(/[:.\s]+$/, '')) : null;
  return kind ? { p, kind } : undefined;
}

function section(el: Element, kind: HeadingKind, fallback: string): JatsSection | null {
  const title = titleOf(el);
  const label = childrenNamed(el, 'label');
  const bare = title ? undefined : labelParagraph(el);
  const runIn = title || bare ? bare?.p : runInLabel(el, kind);
  const skip = [...(title ? [title] : []), ...label, ...(runIn ? [runIn] : [])];
  const text = jatsText(el, skip).replace(/^[:.\s]+/, '');
  if (!text) return null;
  const heading =
    (title ? jatsText(title) : runIn ? jatsText(runIn).replace(/[:.\s]+$/, '') : '') || fallback;
  return { heading, text, element: el, skip };
}

/**
 * Elements of the article's own front, body and back (never of sub-articles such as reviews), from the
 * index; with several names the order is by name, then document order, which is all callers need.
 */
function within(index: ElementIndex, names: string[]): Element[] {
  return names.flatMap((n) => index.get(n) ?? []);
}

// Typed sections without (or with an unusual) title: <sec sec-type="funding">, Springer's
// <notes notes-type="author-contribution">, <sec sec-type="acknowledgment">.
const TYPE_PATTERNS: Partial<Record<HeadingKind, RegExp>> = {
  acknowledgements: /^acknowledge?ments?$/i,
  funding: /^(?:funding(?:[-\s]information|[-\s]statement)?|financial[-\s]disclosure)$/i,
  contributions: /^(?:author[-\s]contributions?|contributions?|con)$/i,
};

function typeOf(el: Element): string {
  return (
    el.getAttribute('sec-type') ?? el.getAttribute('notes-type') ?? el.getAttribute('content-type') ?? ''
  );
}

/** <sec>, <fn-group>, <fn>, <notes> whose title (or failing that, type) names the kind, in order. */
function titled(index: ElementIndex, kind: HeadingKind): Element[] {
  return within(index, ['sec', 'fn-group', 'fn', 'notes', 'app']).filter((el) => {
    const t = titleOf(el);
    const byTitle = t !== undefined ? classifyHeading(jatsText(t)) : (labelParagraph(el)?.kind ?? null);
    if (byTitle) return byTitle === kind;
    return TYPE_PATTERNS[kind]?.test(typeOf(el)) ?? false;
  });
}

export function findAck(index: ElementIndex): JatsSection | null {
  for (const ack of within(index, ['ack'])) {
    const s = section(ack, 'acknowledgements', 'Acknowledgements');
    if (s) return s;
  }
  for (const el of titled(index, 'acknowledgements')) {
    const s = section(el, 'acknowledgements', 'Acknowledgements');
    if (s) return s;
  }
  return null;
}

export function findFunding(
  index: ElementIndex,
  meta: Element | undefined,
  site: string,
): JatsSection | null {
  const group = meta ? childrenNamed(meta, 'funding-group')[0] : undefined;
  const groupText = group ? jatsText(group) : '';
  // eLife displays the whole <funding-group> (funders, award ids, recipients, statement).
  if (group && groupText && site === 'elife')
    return { heading: 'Funding', text: groupText, element: group, skip: [] };
  // Others display the <funding-statement>; failing that a Funding section or disclosure in the text;
  // only then the bare award list, which is metadata rather than what the reader sees.
  const statements = group ? childrenNamed(group, 'funding-statement') : [];
  const statementText = statements
    .map((s) => jatsText(s))
    .join(' ')
    .trim();
  if (group && statementText) return { heading: 'Funding', text: statementText, element: group, skip: [] };
  for (const el of titled(index, 'funding')) {
    const s = section(el, 'funding', 'Funding');
    if (s) return s;
  }
  for (const fn of within(index, ['fn'])) {
    if (fn.getAttribute('fn-type') !== 'financial-disclosure') continue;
    const s = section(fn, 'funding', 'Funding');
    if (s) return s;
  }
  return group && groupText ? { heading: 'Funding', text: groupText, element: group, skip: [] } : null;
}

export function findContributions(index: ElementIndex): JatsSection | null {
  for (const el of titled(index, 'contributions')) {
    const s = section(el, 'contributions', 'Author contributions');
    if (s) return s;
  }
  for (const fn of within(index, ['fn'])) {
    if (fn.getAttribute('fn-type') !== 'con') continue;
    const s = section(fn, 'contributions', 'Author contributions');
    if (s) return s;
  }
  return null;
}

/** Paragraph-per-line text of a section, for contribution lists written one author per paragraph. */
export function sectionLines(s: JatsSection): string {
  return jatsLines(s.element, s.skip);
}

/**
 * Methods sections: top-level <sec>s of the body, or of the back (bioRxiv puts "Material and Methods"
 * there), with sec-type "methods"/"materials|methods" or a methods title.
 */
export function methodsSections(parents: (Element | undefined)[]): Element[] {
  return parents
    .flatMap((p) => (p ? childrenNamed(p, 'sec') : []))
    .filter((sec) => {
      const type = sec.getAttribute('sec-type') ?? '';
      const title = titleOf(sec);
      return /methods/i.test(type) || (title !== undefined && classifyHeading(jatsText(title)) === 'methods');
    });
}
