// A fixed-seed sample of the fuzzer (bench/fuzz.ts, docs/FUZZING.md): 300 mutated documents — of the
// corpus (../shared/corpus) when it is there, else of the repository's fixtures — read through the CLI's
// entry and checked. Each must end as a record valid against the schemas or a one-line error, never a
// crash; and none may take more than 25 times the budget (a hang or a quadratic blow-up, not a slow
// machine: the budget itself is measured by `npm run fuzz`). FUZZ_CORPUS=DIR reads another corpus folder
// (a missing one shows the fallback).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../../../bench/fuzz/cases';
import { budgetMs, loadFuzzProfile, runCase, warmUp } from '../../../bench/fuzz/run-case';
import { loadSeeds } from '../../../bench/fuzz/seeds';

const SEED = 20261202;
const CASES = 300;
const CORPUS = resolve(process.env.FUZZ_CORPUS ?? '../shared/corpus');
const source = existsSync(CORPUS) ? 'corpus and fixtures' : `fixtures only (no corpus at ${CORPUS})`;

describe(`fuzz sample: ${CASES} cases, seed ${SEED}, ${source}`, () => {
  it('no crash, no invalid record, no blow-up', { timeout: 240_000 }, async () => {
    const seeds = await loadSeeds(process.cwd(), CORPUS);
    console.log(`fuzz sample: ${seeds.source}`);
    const profile = loadFuzzProfile(process.cwd());
    await warmUp(seeds.docs, profile);
    // Every 150th case a page blown up to 2 MB (the bench's are 50 MB, too slow for a unit test).
    const options = { hugeEvery: 150, hugeBytes: 2 * 1048576, credit: profile.credit };
    const failures: string[] = [];
    const counts = { record: 0, error: 0 };
    const ms: number[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(seeds.docs, SEED, i, options);
      const o = await runCase(c, profile);
      ms.push(o.ms);
      const where = `case ${i} (${c.seed}: ${c.steps.join(' → ')}; replay: npm run fuzz -- --seed ${SEED} --case ${i})`;
      if (o.status === 'crash' || o.status === 'invalid')
        failures.push(`${o.status}: ${o.message} — ${where}`);
      else {
        counts[o.status]++;
        if (o.ms > 25 * budgetMs(o.bytes))
          failures.push(`${o.ms.toFixed(0)} ms for ${o.bytes} bytes — ${where}`);
      }
    }
    ms.sort((a, b) => a - b);
    console.log(
      `fuzz sample: ${counts.record} records, ${counts.error} errors; median ${ms[CASES >> 1]?.toFixed(1)} ms, max ${ms.at(-1)?.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    // The sample reaches both outcomes (a generator that broke every input, or none, would not).
    expect(counts.record).toBeGreaterThan(CASES / 4);
    expect(counts.error).toBeGreaterThan(CASES / 20);
  });
});
