// A staff member thanked thousands of times (a damaged page repeating its acknowledgement, found by the
// fuzzer) cost a language parse per mention and took seconds to minutes: only the first few mentions in
// the acknowledgements are weighed for an authorship cue.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractText } from '../../../lib/extract/text';
import { authorshipCue } from '../../../lib/match/authorship';
import { compileProfile } from '../../../lib/match/compile';
import { parseProfile } from '../../../lib/profile/schema';
import { check } from '../../../lib/verdict/check';

vi.mock('../../../lib/match/authorship', async (original) => {
  const real = await original<typeof import('../../../lib/match/authorship')>();
  return { ...real, authorshipCue: vi.fn(real.authorshipCue) };
});

const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const PROFILE = compileProfile(parsed.profile);

describe('authorship cues on a page that repeats its thanks', () => {
  it('weighs at most five mentions of one person, and still finds the cue', () => {
    const thanks =
      'We thank Marta Okafor of the Cellular Imaging and Cytometry Core for designing the experiments. ';
    const record = extractText(`Title\n\nAcknowledgements\n${thanks.repeat(200)}\n`);
    vi.mocked(authorshipCue).mockClear();
    const cicc = check(record, PROFILE).find((v) => v.id === 'cicc');
    expect(cicc?.flags).toContain('AUTHORSHIP_CANDIDATE');
    expect(cicc?.staff.find((s) => s.name === 'Marta Okafor')?.status).toBe('acknowledged');
    expect(vi.mocked(authorshipCue).mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('weighs every mention of a paper that names a person a few times', () => {
    const record = extractText(
      'Title\n\nAcknowledgements\nWe thank Marta Okafor for training. Marta Okafor also helped with access. We thank Marta Okafor of the Cellular Imaging and Cytometry Core.\n',
    );
    vi.mocked(authorshipCue).mockClear();
    check(record, PROFILE);
    expect(vi.mocked(authorshipCue).mock.calls.length).toBe(3);
  });
});
