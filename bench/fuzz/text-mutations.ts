/**
 * Mutations of a document's text (HTML, JATS, LaTeX, plain text): cuts, tags dropped, duplicated and
 * moved, attributes and entities garbled, 10,000-deep nesting, junk characters, credit wording in odd
 * places, other documents spliced in. Each returns the new text and a short description for the report.
 * All are linear in the text's length (a 1.5 MB page is mutated in milliseconds).
 */
import type { Rng } from './prng';
import type { SeedKind } from './seeds';

export interface TextContext {
  kind: SeedKind;
  /** The text of another seed document (for splicing), chosen by the caller. */
  other(): string;
  /** Phrases the fuzz profile matches (facility names, RRID, staff, grants). */
  credit: readonly string[];
}

export type TextMutation = (s: string, rng: Rng, ctx: TextContext) => { text: string; what: string };

/** Tags (opening, closing, empty) with their positions; at most `max`, spread over the text. */
function tags(s: string, max = 200_000): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /<\/?[A-Za-z][^<>]{0,2000}>/g;
  for (let m = re.exec(s); m && out.length < max; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Applies non-overlapping edits (start, end, replacement) in one pass. */
function edit(s: string, edits: Array<[number, number, string]>): string {
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end, text] of edits) {
    if (start < at) continue;
    parts.push(s.slice(at, start), text);
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

const insertAt = (s: string, at: number, text: string) => s.slice(0, at) + text + s.slice(at);

/** A random position just after a tag's ">" (or anywhere, in text without tags). */
function tagBoundary(s: string, rng: Rng): number {
  const from = rng.int(s.length + 1);
  const gt = s.indexOf('>', from);
  return gt < 0 ? from : gt + 1;
}

const some = <T>(items: T[], n: number, rng: Rng): T[] => {
  const out: T[] = [];
  for (let i = 0; i < n && items.length > 0; i++) out.push(items[rng.int(items.length)] as T);
  return out;
};

const JUNK = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ufffd',
  '\u0301\u0301\u0301',
  '👩‍🔬',
  '\r',
  '\r\n\r\n',
  '\u2028',
  '\f',
  ']]>',
  '-->',
  '<!--',
  '<![CDATA[',
  '<?php',
  '</',
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '%',
  '$$',
];

const ENTITIES = [
  '&#xFFFFFFFF;',
  '&#0;',
  '&#x0;',
  '&#55296;',
  '&#xDFFF;',
  '&#x110000;',
  '&#99999999999999999999;',
  '&#x;',
  '&#;',
  '&nbsp',
  '&amp',
  '&bogus;',
  '&amp;amp;amp;',
  '&#65',
  '&lt;script&gt;',
  '&',
  '&&&&',
  '&#x1F600;',
  '&NotNestedGreaterGreater;',
  `&${'a'.repeat(5000)};`,
];

const HTML_NEST = ['div', 'span', 'section', 'b', 'font', 'li', 'a', 'table', 'blockquote', 'article'];
const JATS_NEST = ['sec', 'p', 'bold', 'italic', 'list', 'list-item', 'boxed-text', 'ack', 'fn'];

/** 10,000 nested elements (or braces, brackets, environments) at a tag boundary, closed or not. */
const deepNesting: TextMutation = (s, rng, ctx) => {
  const depth = 10_000;
  const closed = rng.chance(0.5);
  const credit = rng.pick(ctx.credit);
  let open: string;
  let close: string;
  if (ctx.kind === 'html' || ctx.kind === 'jats') {
    const names = ctx.kind === 'html' ? HTML_NEST : JATS_NEST;
    const name = rng.pick(names);
    const mixed = rng.chance(0.3);
    const seq = Array.from({ length: depth }, (_, i) => (mixed ? (names[i % names.length] as string) : name));
    open = seq.map((n) => `<${n}>`).join('');
    close = closed
      ? seq
          .reverse()
          .map((n) => `</${n}>`)
          .join('')
      : '';
  } else if (ctx.kind === 'latex') {
    const env = rng.chance(0.5);
    open = env ? '\\begin{itemize}\\item '.repeat(depth) : '{'.repeat(depth);
    close = closed ? (env ? '\\end{itemize}'.repeat(depth) : '}'.repeat(depth)) : '';
  } else {
    const c = rng.pick(['(', '[', '{', '"', '> ']);
    open = c.repeat(depth);
    close = closed
      ? (({ '(': ')', '[': ']', '{': '}' } as Record<string, string>)[c]?.repeat(depth) ?? '')
      : '';
  }
  const heading = ctx.kind === 'latex' ? '\\section*{Acknowledgements}' : 'Acknowledgements';
  const inner = rng.chance(0.5) ? `${heading} We thank ${credit}.` : credit;
  return {
    text: insertAt(s, tagBoundary(s, rng), open + inner + close),
    what: `deep-nesting(${depth}, ${closed ? 'closed' : 'unclosed'})`,
  };
};

export const TEXT_MUTATIONS: Record<string, TextMutation> = {
  cut: (s, rng) => {
    const at = rng.int(s.length + 1);
    return { text: s.slice(0, at), what: `cut@${at}` };
  },
  'cut-range': (s, rng) => {
    const a = rng.int(s.length + 1);
    const b = Math.min(s.length, a + rng.int(Math.max(1, s.length / 4)));
    return { text: s.slice(0, a) + s.slice(b), what: `cut-range@${a}-${b}` };
  },
  'drop-tags': (s, rng) => {
    const t = tags(s);
    const n = Math.min(t.length, rng.chance(0.2) ? t.length : rng.between(1, 500));
    const picked = rng.chance(0.2) ? t : some(t, n, rng);
    return {
      text: edit(
        s,
        picked.map(([a, b]) => [a, b, '']),
      ),
      what: `drop-tags(${picked.length})`,
    };
  },
  'duplicate-tags': (s, rng) => {
    const t = some(tags(s), rng.between(1, 500), rng);
    return {
      text: edit(
        s,
        t.map(([a, b]) => [a, b, s.slice(a, b).repeat(rng.between(2, 6))]),
      ),
      what: `duplicate-tags(${t.length})`,
    };
  },
  'move-tags': (s, rng) => {
    const t = some(tags(s), rng.between(1, 200), rng);
    const edits: Array<[number, number, string]> = t.map(([a, b]) => [a, b, '']);
    for (const [a, b] of t) {
      const at = rng.int(s.length);
      edits.push([at, at, s.slice(a, b)]);
    }
    return { text: edit(s, edits), what: `move-tags(${t.length})` };
  },
  'garble-attributes': (s, rng) => {
    const t = some(
      tags(s).filter(([a, b]) => s.slice(a, b).includes('=')),
      rng.between(1, 300),
      rng,
    );
    const garble = (tag: string): string => {
      switch (rng.int(7)) {
        case 0:
          return tag.replace(/"/, '');
        case 1:
          return tag.replace(/=/, `="${'x'.repeat(rng.between(1000, 100_000))}`);
        case 2:
          return tag.replace(/\s/, ` ${'data-x="1" '.repeat(rng.between(10, 2000))}`);
        case 3:
          return tag.replace(/="[^"]*"/, '="<script>alert(1)</script>"');
        case 4:
          return tag.replace(/\s([\w:-]+)=/, ' \u0000$1\ud800=');
        case 5:
          return tag.replace(/=/g, '==');
        default:
          return tag.replace(/"[^"]*"/, `"${rng.pick(ENTITIES)}${rng.pick(JUNK)}"`);
      }
    };
    return {
      text: edit(
        s,
        t.map(([a, b]) => [a, b, garble(s.slice(a, b))]),
      ),
      what: `garble-attributes(${t.length})`,
    };
  },
  'garble-entities': (s, rng) => {
    const n = rng.between(1, 500);
    const edits: Array<[number, number, string]> = [];
    for (let i = 0; i < n; i++) {
      const at = rng.int(s.length + 1);
      edits.push([at, at, rng.pick(ENTITIES)]);
    }
    // Existing entities broken too: "&amp;" → "&amp", "&#160;" → "&#160".
    const broken = s.replace(/&(#?\w{1,10});/g, (m, e) => (rng.chance(0.3) ? `&${e}` : m));
    return { text: edit(broken, edits), what: `garble-entities(${n})` };
  },
  'deep-nesting': deepNesting,
  junk: (s, rng) => {
    const n = rng.between(1, 200);
    const edits: Array<[number, number, string]> = [];
    for (let i = 0; i < n; i++) {
      const at = rng.int(s.length + 1);
      const what = rng.int(10);
      const text =
        what === 0
          ? 'x'.repeat(rng.between(10_000, 300_000))
          : what === 1
            ? ' '.repeat(rng.between(10_000, 300_000))
            : what === 2
              ? '\n'.repeat(rng.between(1000, 100_000))
              : rng.pick(JUNK).repeat(rng.between(1, 50));
      edits.push([at, at, text]);
    }
    return { text: edit(s, edits), what: `junk(${n})` };
  },
  'inject-credit': (s, rng, ctx) => {
    const n = rng.between(1, 50);
    const edits: Array<[number, number, string]> = [];
    for (let i = 0; i < n; i++) {
      const at = rng.int(s.length + 1);
      edits.push([at, at, ` ${rng.pick(ctx.credit)} `]);
    }
    return { text: edit(s, edits), what: `inject-credit(${n})` };
  },
  'repeat-headings': (s, rng, ctx) => {
    const word = rng.pick(['Acknowledgements', 'Funding', 'Author contributions', 'References', 'Methods']);
    const heading =
      ctx.kind === 'html'
        ? `<h2>${word}</h2><p>We thank ${rng.pick(ctx.credit)}.</p>`
        : ctx.kind === 'jats'
          ? `<sec><title>${word}</title><p>We thank ${rng.pick(ctx.credit)}.</p></sec>`
          : ctx.kind === 'latex'
            ? `\\section{${word}}\nWe thank ${rng.pick(ctx.credit)}.\n`
            : `\n${word}\nWe thank ${rng.pick(ctx.credit)}.\n`;
    const n = rng.between(100, 3000);
    return {
      text: insertAt(s, tagBoundary(s, rng), heading.repeat(n)),
      what: `repeat-headings(${word}×${n})`,
    };
  },
  'cross-over': (s, rng, ctx) => {
    const o = ctx.other();
    const a = rng.int(o.length + 1);
    const chunk = o.slice(a, a + rng.int(200_000));
    const at = rng.int(s.length + 1);
    return { text: insertAt(s, at, chunk), what: `cross-over(${chunk.length})` };
  },
  'strip-char': (s, rng) => {
    const c = rng.pick(['<', '>', '"', '/', '\n', ' ', '=', '&', ';', '\\', '{', '}']);
    return { text: s.split(c).join(''), what: `strip-char(${JSON.stringify(c)})` };
  },
  'unclosed-construct': (s, rng) => {
    const c = rng.pick([
      '<!--',
      '<![CDATA[',
      '<script>',
      '<style>',
      '<textarea>',
      '<title>',
      '<!DOCTYPE',
      '<?xml',
      '\\begin{comment}',
      '\\verb|',
      '%',
    ]);
    return { text: insertAt(s, rng.int(s.length + 1), c), what: `unclosed-construct(${c})` };
  },
  'swap-chunks': (s, rng) => {
    const [a, b, c, d] = [0, 0, 0, 0].map(() => rng.int(s.length + 1)).sort((x, y) => x - y) as [
      number,
      number,
      number,
      number,
    ];
    return {
      text: s.slice(0, a) + s.slice(c, d) + s.slice(b, c) + s.slice(a, b) + s.slice(d),
      what: 'swap-chunks',
    };
  },
  'tag-case': (s, rng) => {
    const upper = rng.chance(0.5);
    return {
      text: s.replace(
        /<(\/?)([A-Za-z][\w:-]*)/g,
        (_, slash, name: string) =>
          `<${slash}${upper ? name.toUpperCase() : name.replace(/./g, (ch) => (rng.chance(0.5) ? ch.toUpperCase() : ch))}`,
      ),
      what: `tag-case(${upper ? 'upper' : 'mixed'})`,
    };
  },
};

/** How often each mutation is picked (deep nesting and the big ones less often: they are slow to read). */
export const TEXT_WEIGHTS: Record<keyof typeof TEXT_MUTATIONS, number> = {
  cut: 10,
  'cut-range': 6,
  'drop-tags': 10,
  'duplicate-tags': 8,
  'move-tags': 6,
  'garble-attributes': 8,
  'garble-entities': 8,
  'deep-nesting': 5,
  junk: 6,
  'inject-credit': 8,
  'repeat-headings': 4,
  'cross-over': 4,
  'strip-char': 5,
  'unclosed-construct': 6,
  'swap-chunks': 5,
  'tag-case': 3,
};
