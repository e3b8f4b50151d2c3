/**
 * Runs one fuzz case through the CLI's own entry (articleFromBytes: size limit, manuscript sniffing,
 * decoding, detection, parsing, extraction — what `corecredit check FILE` does with a file's bytes), then
 * check() with the fuzz profile, and says how it ended: a record (valid against the schemas the extension
 * parses records and verdicts with), a clear error (the CLI's InputError or the reader's ExtractError, one
 * line), or a crash (anything else). A page over the CLI's size limit must be refused; it is then also
 * read by the engine directly (decoded text → articleFromText), as the extension would read such a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { InputError } from '../../lib/cli/io';
import {
  articleFromBytes,
  articleFromText,
  decodeText,
  MAX_FILE_BYTES,
  orderedArticle,
} from '../../lib/cli/load-article';
import { ExtractError } from '../../lib/extract/errors';
import { type CompiledProfile, compileProfile } from '../../lib/match/compile';
import { parseProfile } from '../../lib/profile/schema';
import { articleRecordSchema } from '../../lib/schemas/article';
import { verdictSchema } from '../../lib/schemas/verdict';
import { check } from '../../lib/verdict/check';
import { FULL } from '../full-check';
import type { FuzzCase } from './cases';
import type { SeedDoc } from './seeds';

type Status = 'record' | 'error' | 'crash' | 'invalid';

export interface Outcome {
  index: number;
  status: Status;
  ms: number;
  bytes: number;
  /** Of `ms`, the time in linkedom's parser (the DOM library the CLI parses with; not this engine's code). */
  parseMs: number;
  /** The error's message (first line), a crash's stack head, or what made the record invalid. */
  message?: string;
  warnings?: number;
}

/** The budget: 200 ms per 2 MB, and 200 ms for anything smaller. */
export function budgetMs(bytes: number): number {
  return 200 * Math.max(1, bytes / (2 * 1048576));
}

export interface FuzzProfile {
  compiled: CompiledProfile;
  /** Its names, RRIDs, staff and grant numbers, for the mutations to put in odd places. */
  credit: string[];
}

export function loadFuzzProfile(repo: string): FuzzProfile {
  const parsed = parseProfile(JSON.parse(readFileSync(join(repo, 'examples/profile.json'), 'utf8')));
  if (!parsed.ok) throw new Error('examples/profile.json is not a valid profile');
  const credit = parsed.profile.facilities.flatMap((f) => [
    f.name,
    ...f.aliases,
    ...f.acronyms,
    ...f.formerNames,
    ...f.rrids,
    ...f.rrids.map((r) => r.replace('RRID:', 'RRID: ')),
    ...f.staff.flatMap((s) => [s.name, ...s.variants]),
    ...f.grants.map((g) => `${g.funder ?? ''} ${g.number}`),
  ]);
  return { compiled: compileProfile(parsed.profile), credit };
}

const oneLine = (m: string) => m.split('\n')[0] ?? '';

function recordProblem(record: unknown, verdicts: unknown[]): string | null {
  const r = articleRecordSchema.safeParse(record);
  if (!r.success) return `record: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`;
  for (const v of verdicts) {
    const p = verdictSchema.safeParse(v);
    if (!p.success) return `verdict: ${p.error.issues[0]?.path.join('.')}: ${p.error.issues[0]?.message}`;
  }
  JSON.stringify({ record, verdicts });
  return null;
}

/**
 * Time spent in linkedom's parseFromString (pages, JATS, and the HTML mammoth makes of a .docx), summed
 * by wrapping the prototype the CLI's parser instances share: the bench reports the engine's own time
 * beside the total, since the parser is a library the engine does not control.
 */
const parseClock = { ms: 0 };
let instrumented = false;
function instrumentParser(): void {
  if (instrumented) return;
  instrumented = true;
  const proto = DOMParser.prototype as unknown as { parseFromString: (...a: unknown[]) => unknown };
  const original = proto.parseFromString;
  proto.parseFromString = function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      parseClock.ms += performance.now() - t;
    }
  };
}

export async function runCase(c: FuzzCase, profile: FuzzProfile): Promise<Outcome> {
  instrumentParser();
  parseClock.ms = 0;
  // parseMs is read when an outcome is spread from `base`, i.e. when the case has ended.
  const base = {
    index: c.index,
    bytes: c.bytes.length,
    get parseMs() {
      return parseClock.ms;
    },
  };
  const start = performance.now();
  try {
    let read: Awaited<ReturnType<typeof articleFromBytes>>;
    let note = '';
    if (c.bytes.length > MAX_FILE_BYTES) {
      const refused = await articleFromBytes(c.bytes, c.name).then(
        () => null,
        (e: unknown) => e,
      );
      if (!(refused instanceof InputError) || !/too large/.test(refused.message))
        return {
          ...base,
          status: 'invalid',
          ms: 0,
          message: `a ${c.bytes.length}-byte file was not refused`,
        };
      // Only the blown-up page is also a page the extension could meet; a zip grown past the limit is done.
      if (!c.huge)
        return { ...base, status: 'error', ms: performance.now() - start, message: refused.message };
      note = `refused by the CLI ("${refused.message}"), then read directly: `;
      read = articleFromText(decodeText(c.bytes), c.name);
    } else read = await articleFromBytes(c.bytes, c.name);
    const article = orderedArticle(c.name, read.record, read.kind);
    const verdicts = check(article, profile.compiled, FULL);
    const ms = performance.now() - start;
    const problem = recordProblem(read.record, verdicts);
    if (problem) return { ...base, status: 'invalid', ms, message: problem };
    return {
      ...base,
      status: 'record',
      ms,
      warnings: read.record.warnings.length,
      message: note || undefined,
    };
  } catch (e) {
    const ms = performance.now() - start;
    if (e instanceof InputError || e instanceof ExtractError) {
      const message = e.message;
      if (!message.trim() || message.includes('\n'))
        return {
          ...base,
          status: 'invalid',
          ms,
          message: `error message not one line: ${JSON.stringify(message.slice(0, 200))}`,
        };
      return { ...base, status: 'error', ms, message };
    }
    const stack = e instanceof Error ? (e.stack ?? String(e)) : String(e);
    return {
      ...base,
      status: 'crash',
      ms,
      message: oneLine(stack) + stack.split('\n').slice(1, 4).join(' |'),
    };
  }
}

/**
 * One untimed read of a document of each kind: the first use of the readers (regular expressions
 * compiled, pdfjs, mammoth and fflate loaded) is not what a case measures.
 */
export async function warmUp(docs: readonly SeedDoc[], profile: FuzzProfile): Promise<void> {
  const kinds = new Set<string>();
  for (const d of docs) {
    if (kinds.has(d.kind)) continue;
    kinds.add(d.kind);
    await runCase(
      { index: -1, seed: d.label, name: d.name, bytes: d.bytes, steps: [], huge: false },
      profile,
    );
  }
  // The authorship cue's language parser (compromise) starts on the first staff member thanked.
  const thanks = `Acknowledgements\nWe thank ${profile.credit.join(' and ')} for designing the experiments.\n`;
  await runCase(
    {
      index: -1,
      seed: 'warm-up',
      name: 'thanks.txt',
      bytes: new TextEncoder().encode(thanks),
      steps: [],
      huge: false,
    },
    profile,
  );
}
