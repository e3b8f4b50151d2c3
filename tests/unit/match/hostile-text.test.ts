// Texts the fuzzer (bench/fuzz.ts) found hanging or far over the time budget: a 250,000-letter "word"
// beside a facility's name (check() built its deletion keys: quadratic in its length, minutes), and a
// heading repeated thousands of times (the section re-collapsed per repeat). The time limit is generous:
// the failure never ended.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { emptyRecord } from '../../../lib/article';
import { extractText } from '../../../lib/extract/text';
import { compileProfile } from '../../../lib/match/compile';
import { deletionsUpTo } from '../../../lib/match/edit-distance';
import { parseProfile } from '../../../lib/profile/schema';
import { check } from '../../../lib/verdict/check';

// The case that hung must fail by its own limit, not vitest's 5 s default.
vi.setConfig({ testTimeout: 60_000 });

const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const PROFILE = compileProfile(parsed.profile);

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('a 250,000-letter word beside a facility and its RRID (check() never ended)', () => {
  it('deletion keys are not made for words no name is as long as', () => {
    const word = 'X'.repeat(250_000);
    expect(deletionsUpTo(word, 2)).toEqual([word]);
    expect(deletionsUpTo('brown', 1)).toContain('bown');
  });

  it('check() finishes and still finds the facility', () => {
    const text = `Acknowledgements\nWe thank the Cellular Imaging and Cytometry Core (RRID:SCR_022415) and Marta Okafor M${'x'.repeat(250_000)} for help.\n`;
    const record = extractText(text);
    const { value: verdicts, ms } = timed(() => check(record, PROFILE));
    expect(ms).toBeLessThan(10_000);
    expect(verdicts.find((v) => v.id === 'cicc')?.credit).toBe('named-with-pid');
  });
});

describe('a heading repeated thousands of times', () => {
  const repeated =
    'Acknowledgements\nWe thank Marta Okafor of the Cellular Imaging and Cytometry Core for designing the experiments.\n'.repeat(
      3000,
    );

  // The time this saved (a 30,000-character section re-collapsed per repeat) is measured by the fuzz
  // bench; here, that joining once gives the section it always gave.
  it('text: the repeated sections are read as one, capped', () => {
    const record = extractText(`Title\n\n${repeated}`);
    const ack = record.sections.acknowledgements?.text ?? '';
    expect(ack.length).toBeLessThanOrEqual(30_000);
    expect(ack.startsWith('We thank Marta Okafor of the Cellular Imaging and Cytometry Core')).toBe(true);
  });
});

describe('long lines of one thing', () => {
  // Normalising a 200,000-character line of "> " as a possible notes heading backtracked quadratically
  // (10 s for 100,000 characters).
  it('a text line of 100,000 quote marks is no heading, and is read in time', () => {
    const { value: record, ms } = timed(() =>
      extractText(`Title\n\n${'> '.repeat(100_000)}quoted\n\nAcknowledgements\nWe thank the CICC.\n`),
    );
    expect(ms).toBeLessThan(10_000);
    expect(record.sections.acknowledgements?.text).toBe('We thank the CICC.');
  });

  // The page-wide search folded the whole line again for every mention on it.
  it('a page line naming the RRID 20,000 times is searched in time', () => {
    const record = emptyRecord('text');
    record.pageText = `Title\n${'RRID:SCR_022415 '.repeat(20_000)}\n`;
    const { value: verdicts, ms } = timed(() => check(record, PROFILE));
    expect(ms).toBeLessThan(10_000);
    expect(verdicts.find((v) => v.id === 'cicc')?.flags).toContain('MENTIONED_ELSEWHERE');
  });
});
