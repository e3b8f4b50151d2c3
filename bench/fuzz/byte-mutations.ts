/**
 * Mutations at the byte level: wrong encodings (UTF-16 with and without a byte-order mark, Latin-1 bytes
 * labelled UTF-8 and the reverse, bogus labels, BOMs), bytes cut mid-character, random bytes spliced in,
 * and for the binary manuscripts (PDF, .docx, LaTeX .zip) truncation, flipped bytes, damaged entries,
 * a zip bomb and a zip of thousands of files.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Rng } from './prng';
import { TEXT_MUTATIONS, type TextContext, type TextMutation } from './text-mutations';

export interface Bytes {
  bytes: Uint8Array;
  what: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** UTF-16 bytes, either byte order, with or without a byte-order mark. */
export function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < s.length; i++, at += 2) view.setUint16(at, s.charCodeAt(i), littleEndian);
  return out;
}

/** Latin-1 bytes (characters beyond it become "?"). */
export function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c < 256 ? c : 0x3f;
  }
  return out;
}

/** The text with every declared charset (meta, XML declaration) replaced by `label`, or one added. */
function relabel(s: string, label: string): string {
  let found = false;
  const out = s
    .replace(/(<meta[^>]+charset=["']?)([A-Za-z0-9_-]+)/gi, (_, a) => {
      found = true;
      return `${a}${label}`;
    })
    .replace(/(<\?xml[^>]*encoding=["'])([A-Za-z0-9_-]+)/i, (_, a) => {
      found = true;
      return `${a}${label}`;
    });
  if (found) return out;
  if (/<head[^>]*>/i.test(out)) return out.replace(/<head[^>]*>/i, (h) => `${h}<meta charset="${label}">`);
  if (/^\s*<\?xml/.test(out)) return out.replace(/^\s*<\?xml/, `<?xml encoding="${label}"`);
  return `<meta charset="${label}">${out}`;
}

/** Text made bytes, mostly as UTF-8, sometimes in a wrong or odd encoding. */
export function encodeText(s: string, rng: Rng): Bytes {
  const r = rng.int(100);
  if (r < 55) return { bytes: utf8(s), what: 'utf-8' };
  const odd: Array<() => Bytes> = [
    () => ({ bytes: utf8(`\ufeff${s}`), what: 'utf-8 with BOM' }),
    () => ({ bytes: utf8(`\ufeff\ufeff${s}`), what: 'utf-8 with two BOMs' }),
    () => ({ bytes: utf16(s, true, true), what: 'utf-16le with BOM' }),
    () => ({ bytes: utf16(s, false, true), what: 'utf-16be with BOM' }),
    () => ({ bytes: utf16(s, true, false), what: 'utf-16le without BOM' }),
    () => ({ bytes: latin1(relabel(s, 'utf-8')), what: 'latin-1 bytes labelled utf-8' }),
    () => ({ bytes: utf8(relabel(s, 'iso-8859-1')), what: 'utf-8 bytes labelled iso-8859-1' }),
    () => {
      const label = rng.pick([
        'utf-16',
        'utf-16le',
        'utf-7',
        'utf-32',
        'x-bogus',
        'replacement',
        'shift_jis',
        '',
      ]);
      return { bytes: utf8(relabel(s, label)), what: `utf-8 bytes labelled ${JSON.stringify(label)}` };
    },
    () => {
      const b = utf8(s);
      const at = rng.int(b.length + 1);
      return { bytes: b.subarray(0, at), what: `utf-8 cut at byte ${at}` };
    },
    () => {
      const b = spliceRandom(utf8(s), rng);
      return { bytes: b.bytes, what: `utf-8, ${b.what}` };
    },
    () => {
      const b = utf8(s);
      const at = rng.int(Math.min(b.length, 8192) + 1);
      return {
        bytes: new Uint8Array([...b.subarray(0, at), 0, ...b.subarray(at, at + 1_000_000)]),
        what: `NUL at byte ${at} (and cut at 1 MB after)`,
      };
    },
  ];
  return rng.pick(odd)();
}

function randomBytes(n: number, rng: Rng): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(256);
  return out;
}

function spliceRandom(b: Uint8Array, rng: Rng): Bytes {
  const n = rng.between(1, 50);
  const parts: Uint8Array[] = [];
  const cuts = Array.from({ length: n }, () => rng.int(b.length + 1)).sort((x, y) => x - y);
  let at = 0;
  for (const c of cuts) {
    parts.push(b.subarray(at, c), randomBytes(rng.between(1, 64), rng));
    at = c;
  }
  parts.push(b.subarray(at));
  return { bytes: concat(parts), what: `random bytes spliced in at ${n} places` };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type ByteMutation = (b: Uint8Array, rng: Rng, ctx: TextContext) => Bytes;

const BINARY: Record<string, ByteMutation> = {
  'cut-bytes': (b, rng) => {
    const at = rng.int(b.length + 1);
    return { bytes: b.slice(0, at), what: `cut at byte ${at} of ${b.length}` };
  },
  'flip-bytes': (b, rng) => {
    const out = b.slice();
    const n = rng.between(1, 100);
    for (let i = 0; i < n; i++) {
      const at = rng.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << rng.int(8));
    }
    return { bytes: out, what: `${n} bits flipped` };
  },
  'zero-range': (b, rng) => {
    const out = b.slice();
    const a = rng.int(out.length);
    const len = rng.int(Math.max(1, out.length / 8));
    out.fill(0, a, a + len);
    return { bytes: out, what: `bytes ${a}-${a + len} zeroed` };
  },
  'splice-random': (b, rng) => spliceRandom(b, rng),
  'duplicate-range': (b, rng) => {
    const a = rng.int(b.length);
    const len = rng.int(Math.max(1, b.length / 4));
    const at = rng.int(b.length + 1);
    return {
      bytes: concat([b.subarray(0, at), b.subarray(a, a + len), b.subarray(at)]),
      what: `bytes ${a}-${a + len} copied to ${at}`,
    };
  },
};

const ZIP: Record<string, ByteMutation> = {
  'zip-entry-mutated': (b, rng, ctx) => {
    const files = unzipSync(b);
    const names = Object.keys(files).filter((n) => /\.(?:xml|rels|tex|bib|txt)$/.test(n));
    if (names.length === 0) return BINARY['cut-bytes']!(b, rng, ctx);
    const name = rng.pick(names);
    let text = new TextDecoder().decode(files[name]);
    const steps: string[] = [];
    for (let i = rng.between(1, 2); i > 0; i--) {
      const m = mutationFor(rng);
      const r = m[1](text, rng, { ...ctx, kind: name.endsWith('.tex') ? 'latex' : 'jats' });
      text = r.text;
      steps.push(r.what);
    }
    files[name] = utf8(text);
    return { bytes: zipSync(files), what: `${name}: ${steps.join(', ')}` };
  },
  'zip-entry-dropped': (b, rng) => {
    const files = unzipSync(b);
    const name = rng.pick(Object.keys(files));
    delete files[name];
    return { bytes: zipSync(files), what: `entry ${name} dropped` };
  },
  'zip-bomb': (b, rng) => {
    const files = unzipSync(b);
    const mb = rng.between(40, 200);
    files[rng.pick(['word/document.xml', 'main.tex', 'bomb.tex', 'x.bin'])] = new Uint8Array(mb * 1048576);
    return { bytes: zipSync(files, { level: 9 }), what: `an entry of ${mb} MB of zeros added (zip bomb)` };
  },
  'zip-many-entries': (b, rng) => {
    const files = unzipSync(b);
    const n = rng.between(1000, 5000);
    for (let i = 0; i < n; i++) files[`extra/${i}.tex`] = utf8(`% file ${i}\n\\input{extra/${i + 1}}\n`);
    return { bytes: zipSync(files, { level: 0 }), what: `${n} entries added, each \\input-ing the next` };
  },
};

function mutationFor(rng: Rng): [string, TextMutation] {
  return rng.pick(Object.entries(TEXT_MUTATIONS));
}

/** A PDF read as Latin-1 text, mutated as text (objects, xref, streams damaged), and written back. */
const PDF_TEXT: ByteMutation = (b, rng, ctx) => {
  let s = new TextDecoder('latin1').decode(b);
  const what = rng.pick([
    'xref dropped',
    'startxref garbled',
    'objects renumbered',
    'stream lengths wrong',
    'endobj dropped',
    'text mutation',
  ]);
  switch (what) {
    case 'xref dropped':
      s = s.replace(/xref[\s\S]*?trailer/, 'trailer');
      break;
    case 'startxref garbled':
      s = s.replace(/startxref\s+\d+/, `startxref\n${rng.int(1e9)}`);
      break;
    case 'objects renumbered':
      s = s.replace(/(\d+) 0 obj/g, () => `${rng.int(50)} 0 obj`);
      break;
    case 'stream lengths wrong':
      s = s.replace(/\/Length (\d+)/g, () => `/Length ${rng.int(1e6)}`);
      break;
    case 'endobj dropped':
      s = s.replace(/endobj/g, () => (rng.chance(0.3) ? '' : 'endobj'));
      break;
    default: {
      const [name, m] = mutationFor(rng);
      s = m(s, rng, ctx).text;
      return { bytes: latin1(s), what: `as text: ${name}` };
    }
  }
  return { bytes: latin1(s), what };
};

/** One mutation of a binary manuscript's bytes. */
export function mutateBinary(b: Uint8Array, kind: 'pdf' | 'docx' | 'zip', rng: Rng, ctx: TextContext): Bytes {
  const choices: Array<[string, ByteMutation]> = Object.entries(BINARY);
  if (kind === 'pdf') choices.push(['pdf-text', PDF_TEXT], ['pdf-text', PDF_TEXT]);
  else {
    for (const e of Object.entries(ZIP)) choices.push(e);
    choices.push(['zip-entry-mutated', ZIP['zip-entry-mutated']!]);
  }
  const [name, m] = rng.pick(choices);
  try {
    const r = m(b, rng, ctx);
    return { bytes: r.bytes, what: `${name}: ${r.what}` };
  } catch (e) {
    // An earlier step already broke the zip so that fflate cannot open it: cut it instead.
    const r = BINARY['cut-bytes']!(b, rng, ctx);
    return { bytes: r.bytes, what: `${name} impossible (${(e as Error).message}); ${r.what}` };
  }
}

/** Bytes that were never a document: random, sometimes behind a format's magic number. */
export function randomFile(rng: Rng): Bytes {
  const n = rng.chance(0.1) ? rng.int(16) : 1 << rng.between(4, 20);
  // Latin-1 strings: "\u00ef\u00bb\u00bf" is UTF-8's byte-order mark, "\u00ff\u00fe" UTF-16LE's.
  const magic = rng.pick([
    '',
    '',
    '%PDF-1.7\n',
    'PK\u0003\u0004',
    '<html>',
    '<?xml version="1.0"?><article>',
    '\\documentclass{article}',
    '\u00ef\u00bb\u00bf',
    '\u00ff\u00fe',
  ]);
  const head = latin1(magic);
  return {
    bytes: concat([head, randomBytes(n, rng)]),
    what: `${n} random bytes${magic ? ` after ${JSON.stringify(magic)}` : ''}`,
  };
}
