/**
 * check() on acknowledgements that thank one staff member N times (a damaged page repeating its thanks,
 * found by the fuzzer): only the first few mentions are weighed for an authorship cue
 * (lib/verdict/staff-verdict.ts, MAX_CUE_MENTIONS), so the time per mention falls as N grows instead of
 * staying at one language parse per mention. This replaces a unit test that counted the cue's calls.
 *   npm run bench:repeated-mentions [-- --runs 7]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractText } from '../lib/extract/text';
import { compileProfile } from '../lib/match/compile';
import { parseProfile } from '../lib/profile/schema';
import { check } from '../lib/verdict/check';
import { FULL } from './full-check';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number(values.runs));

const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const PROFILE = compileProfile(parsed.profile);
const THANKS =
  'We thank Marta Okafor of the Cellular Imaging and Cytometry Core for designing the experiments. ';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`check() over acknowledgements thanking one person N times; median of ${RUNS} runs`);
console.log('N\tms\tms per mention\tAUTHORSHIP_CANDIDATE');
for (const n of [1, 5, 20, 200, 1000]) {
  const record = extractText(`Title\n\nAcknowledgements\n${THANKS.repeat(n)}\n`);
  check(record, PROFILE, FULL); // warm-up: compromise's first parse loads its lexicon
  const times: number[] = [];
  let flagged = false;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const verdicts = check(record, PROFILE, FULL);
    times.push(performance.now() - t);
    flagged = verdicts.find((v) => v.id === 'cicc')?.flags.includes('AUTHORSHIP_CANDIDATE') ?? false;
  }
  const ms = median(times);
  console.log(`${n}\t${ms.toFixed(1)}\t${(ms / n).toFixed(2)}\t${flagged}`);
}
