/**
 * One fuzz case from (run seed, case index): a seed document chosen and mutated, made bytes with a file
 * name. Deterministic: the same seed and index give the same bytes, so a failing case replays alone.
 */
import { encodeText, mutateBinary, randomFile } from './byte-mutations';
import { caseRng, type Rng } from './prng';
import type { SeedDoc } from './seeds';
import { TEXT_MUTATIONS, TEXT_WEIGHTS, type TextContext } from './text-mutations';

export interface CaseOptions {
  /** Every `hugeEvery`-th case is a page blown up to `hugeBytes` (its body repeated). */
  hugeEvery: number;
  hugeBytes: number;
  /** Facility names, RRID, staff and grant numbers of the fuzz profile, put in odd places. */
  credit: readonly string[];
}

export interface FuzzCase {
  index: number;
  seed: string;
  name: string;
  bytes: Uint8Array;
  /** What was done, in order (printed with any failure). */
  steps: string[];
  huge: boolean;
}

const TEXT_KINDS = new Set(['html', 'jats', 'latex', 'text']);
const NAMES = [
  'paper.pdf',
  'draft.docx',
  'project.zip',
  'main.tex',
  'notes.txt',
  'README.md',
  '-',
  'page',
  'page.html',
];

function weightedMutation(rng: Rng) {
  const entries = Object.entries(TEXT_WEIGHTS);
  let r = rng.int(entries.reduce((a, [, w]) => a + w, 0));
  for (const [name, w] of entries) {
    r -= w;
    if (r < 0) return [name, TEXT_MUTATIONS[name]!] as const;
  }
  throw new Error('unreachable');
}

/** The page with its body (or the whole text) repeated until it is `bytes` long. */
function blowUp(text: string, bytes: number): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text) ?? /<body>([\s\S]*)<\/body>/.exec(text);
  const inner = body?.[1] ?? text;
  const at = body ? (body.index ?? 0) + body[0].indexOf(inner) : text.length;
  const times = Math.max(1, Math.ceil((bytes - text.length) / Math.max(1, inner.length)));
  return text.slice(0, at) + inner.repeat(times) + text.slice(at);
}

export function makeCase(
  docs: readonly SeedDoc[],
  runSeed: number,
  index: number,
  options: CaseOptions,
): FuzzCase {
  const rng = caseRng(runSeed, index);
  const steps: string[] = [];
  const decode = (d: SeedDoc) => new TextDecoder().decode(d.bytes);
  const ctxFor = (kind: SeedDoc['kind']): TextContext => ({
    kind,
    credit: options.credit,
    other: () => decode(rng.pick(docs.filter((d) => TEXT_KINDS.has(d.kind)))),
  });

  const huge = options.hugeEvery > 0 && index % options.hugeEvery === options.hugeEvery - 1;
  if (huge) {
    const seed = rng.pick(docs.filter((d) => d.kind === 'html' || d.kind === 'jats'));
    const text = blowUp(decode(seed), options.hugeBytes);
    steps.push(`body repeated to ${(text.length / 1048576).toFixed(1)} MB`);
    return { index, seed: seed.label, name: seed.name, bytes: new TextEncoder().encode(text), steps, huge };
  }
  if (rng.chance(0.02)) {
    const r = randomFile(rng);
    return { index, seed: '(none)', name: rng.pick(NAMES), bytes: r.bytes, steps: [r.what], huge };
  }

  const seed = rng.pick(docs);
  let name = seed.name;
  let bytes: Uint8Array;
  if (TEXT_KINDS.has(seed.kind)) {
    let text = decode(seed);
    const ctx = ctxFor(seed.kind);
    for (let n = rng.between(1, 3); n > 0; n--) {
      const [what, mutate] = weightedMutation(rng);
      const r = mutate(text, rng, ctx);
      text = r.text;
      steps.push(r.what || what);
    }
    const encoded = encodeText(text, rng);
    bytes = encoded.bytes;
    steps.push(encoded.what);
  } else {
    bytes = seed.bytes;
    for (let n = rng.between(1, 2); n > 0; n--) {
      const r = mutateBinary(bytes, seed.kind as 'pdf' | 'docx' | 'zip', rng, ctxFor(seed.kind));
      bytes = r.bytes;
      steps.push(r.what);
    }
  }
  if (rng.chance(0.05)) {
    name = rng.pick(NAMES);
    steps.push(`named ${name}`);
  }
  return { index, seed: seed.label, name, bytes, steps, huge };
}
