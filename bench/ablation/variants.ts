/** The ablation variants: each makes one file from a labelled document, or says why it cannot. */
import type { SectionKey } from '../../lib/article';
import { type GoldLabel, SECTION_KEYS } from '../corpus-metrics';
import { parse, type Source, serialize } from './doc-io';
import { htmlFragment, jatsFragment } from './fragment';
import { removeHeadings } from './headings-removed';
import { moveAckHtml } from './moved-html';
import { moveAckJats } from './moved-jats';
import { flatTextVariant, textVariant } from './text';
import { type DocKind, visibleFlat } from './visible-text';

type Made =
  /** `visible`: the variant's visible text, to tell which gold sections it still holds. */
  | { made: true; ext: string; content: string; visible: string; note: string }
  /** `applies` false: the variant has nothing to do for this document (no acknowledgements to move). */
  | { made: false; applies: boolean; reason: string };

export interface VariantSpec {
  name: string;
  /** Stress variants are reported like the others but are not what the reader is expected to pass. */
  stress: boolean;
  make(src: Source, gold: GoldLabel): Made;
}

const extOf = (src: Source) => (src.kind === 'jats' ? '.xml' : '.html');
const visibleOf = (doc: Document, kind: DocKind) =>
  visibleFlat(kind === 'html' ? doc : doc.documentElement, kind);
const present = (gold: GoldLabel): SectionKey[] => SECTION_KEYS.filter((k) => gold.sections[k]);

export const VARIANTS: VariantSpec[] = [
  {
    name: 'headings-removed',
    stress: false,
    make(src, gold) {
      const doc = parse(src.text, src.kind);
      const changed = removeHeadings(doc, src.kind, present(gold));
      return {
        made: true,
        ext: extOf(src),
        content: serialize(doc, src.kind),
        visible: visibleOf(doc, src.kind),
        note: `${changed} changes`,
      };
    },
  },
  {
    name: 'text',
    stress: false,
    make(src) {
      const content = textVariant(parse(src.text, src.kind), src.kind);
      return { made: true, ext: '.txt', content, visible: content, note: '' };
    },
  },
  {
    name: 'text-flat',
    stress: true,
    make(src) {
      const content = flatTextVariant(parse(src.text, src.kind), src.kind);
      return { made: true, ext: '.txt', content, visible: content, note: '' };
    },
  },
  {
    name: 'fragment',
    stress: false,
    make(src) {
      const doc = parse(src.text, src.kind);
      const { content, visible } = src.kind === 'jats' ? jatsFragment(doc) : htmlFragment(doc);
      return { made: true, ext: extOf(src), content, visible, note: '' };
    },
  },
  {
    name: 'moved',
    stress: false,
    make(src, gold) {
      const ack = gold.sections.acknowledgements;
      if (!ack) return { made: false, applies: false, reason: 'the label has no acknowledgements' };
      const doc = parse(src.text, src.kind);
      const r = src.kind === 'jats' ? moveAckJats(doc, ack) : moveAckHtml(doc, ack);
      if (!r.moved) return { made: false, applies: true, reason: r.reason };
      const note = `${r.paragraphs} paragraph(s), heading ${r.heading ? `"${r.heading}"` : 'none found'}, placed ${r.placed}`;
      return {
        made: true,
        ext: extOf(src),
        content: serialize(doc, src.kind),
        visible: visibleOf(doc, src.kind),
        note,
      };
    },
  },
];
