// A staff member thanked thousands of times (a damaged page repeating its acknowledgement, found by the
// fuzzer) cost a language parse per mention and took seconds to minutes: only the first few mentions in
// the acknowledgements are weighed for an authorship cue. What that costs is measured by
// `npm run bench:repeated-mentions` (docs/PERFORMANCE.md); here, what the user sees of it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/text';
import { compileProfile } from '../../../lib/match/compile';
import { parseProfile } from '../../../lib/profile/schema';
import { checkWeighed } from './helpers';

const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const PROFILE = compileProfile(parsed.profile);

const cicc = (acknowledgements: string) =>
  checkWeighed(extractText(`Title\n\nAcknowledgements\n${acknowledgements}\n`), PROFILE).find(
    (v) => v.id === 'cicc',
  );

const plain = 'Marta Okafor of the Cellular Imaging and Cytometry Core helped with access. ';
const cue =
  'We thank Marta Okafor of the Cellular Imaging and Cytometry Core for designing the experiments. ';

describe('authorship cues on a page that repeats its thanks', () => {
  it('finds the cue in a thanks repeated 200 times, and the person is acknowledged', () => {
    const v = cicc(cue.repeat(200));
    expect(v?.flags).toContain('AUTHORSHIP_CANDIDATE');
    expect(v?.staff.find((s) => s.name === 'Marta Okafor')?.status).toBe('acknowledged');
  });

  it('weighs every mention of a paper that names a person a few times: the cue in the fifth is found', () => {
    expect(cicc(plain.repeat(4) + cue)?.flags).toContain('AUTHORSHIP_CANDIDATE');
    expect(cicc(plain.repeat(5))?.flags).not.toContain('AUTHORSHIP_CANDIDATE');
  });

  it('the price: a cue only after five plain mentions is not weighed (the person is still acknowledged)', () => {
    const v = cicc(plain.repeat(5) + cue);
    expect(v?.flags).not.toContain('AUTHORSHIP_CANDIDATE');
    expect(v?.staff.find((s) => s.name === 'Marta Okafor')?.status).toBe('acknowledged');
  });
});
