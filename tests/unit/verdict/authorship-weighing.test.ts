// The extension's background checks without the authorship analysis (compromise stays out of the
// service worker) and the popup weighs the mentions later; the CLI and the pages weigh at once. The user
// must see the same verdict either way: for every corpus document (with the bench's profile of its
// labels), every page fixture and the example (with examples/profile.json) and a few made-up
// acknowledgements, check() with the analysis deep-equals check() without it followed by weighAuthorship.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchProfile, type VerdictLabel } from '../../../bench/verdicts-profiles';
import type { ArticleRecord } from '../../../lib/article';
import { loadArticle } from '../../../lib/cli/load-article';
import { extractText } from '../../../lib/extract/text';
import { authorshipCue } from '../../../lib/match/authorship';
import { compileProfile } from '../../../lib/match/compile';
import { parseProfile } from '../../../lib/profile/schema';
import type { Profile } from '../../../lib/profile/types';
import { hasPendingAuthorship, weighAuthorship } from '../../../lib/verdict/authorship-weighing';
import { check } from '../../../lib/verdict/check';
import type { Verdict } from '../../../lib/verdict/types';

const parsed = parseProfile(JSON.parse(readFileSync(resolve('examples/profile.json'), 'utf8')));
if (!parsed.ok) throw new Error('examples/profile.json is invalid');
const EXAMPLE = compileProfile(parsed.profile);

/** Both ways of checking one record; how many verdicts carry the flag. */
function bothWays(record: ArticleRecord, profile: Profile | ReturnType<typeof compileProfile>) {
  const atOnce = check(record, profile, { authorship: authorshipCue, statementLang: 'fr' });
  const later = check(record, profile, { statementLang: 'fr' });
  const pending = hasPendingAuthorship(later);
  weighAuthorship(later, record, authorshipCue);
  const flagged = (vs: Verdict[]) => vs.filter((v) => v.flags.includes('AUTHORSHIP_CANDIDATE')).length;
  return { atOnce, later, pending, flagged: flagged(atOnce) };
}

const made = [
  'We thank Marta Okafor of the Cellular Imaging and Cytometry Core for designing the experiments.',
  'We thank the Cellular Imaging and Cytometry Core and M. Okafor for help with access, and Marta Okafor for analysing the data.',
  'Marta Okafor of the Cellular Imaging and Cytometry Core helped with access. '.repeat(4) +
    'Marta Okafor developed the segmentation method.',
  'We thank Marta Okafor for training and for writing the macro used in the analysis.',
  'We thank Marta Okafor (Cellular Imaging and Cytometry Core) for technical assistance.',
];

describe('AUTHORSHIP_CANDIDATE weighed at once or later gives the same verdicts', () => {
  it.each(made)('made-up acknowledgements: %s', (ack) => {
    const record = extractText(`Title\n\nAcknowledgements\n${ack}\n`);
    const { atOnce, later } = bothWays(record, EXAMPLE);
    expect(later).toEqual(atOnce);
  });

  it('the flag is there to weigh: a cue is pending without the analysis and raised with it', () => {
    const record = extractText(`Title\n\nAcknowledgements\n${made[0]}\n`);
    const unweighed = check(record, EXAMPLE);
    expect(unweighed.some((v) => v.flags.includes('AUTHORSHIP_CANDIDATE'))).toBe(false);
    expect(hasPendingAuthorship(unweighed)).toBe(true);
    expect(bothWays(record, EXAMPLE).flagged).toBe(1);
  });

  it('a page without a word of intellectual work after a name has nothing to weigh', () => {
    const record = extractText(`Title\n\nAcknowledgements\n${made[4]}\n`);
    expect(hasPendingAuthorship(check(record, EXAMPLE))).toBe(false);
  });

  it('the example and every page fixture, with examples/profile.json', async () => {
    const dir = resolve('tests/fixtures/pages');
    const files = [
      resolve('examples/article.html'),
      ...readdirSync(dir).map((slug) => join(dir, slug, 'source.html')),
    ].filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(10);
    let flagged = 0;
    for (const file of files) {
      const record = await loadArticle(file);
      const { atOnce, later, flagged: n } = bothWays(record, EXAMPLE);
      expect(later, file).toEqual(atOnce);
      flagged += n;
    }
    // The example thanks a staff member for intellectual work: the comparison covers a raised flag.
    expect(flagged).toBeGreaterThan(0);
  });
});

const corpus = resolve('../shared/corpus');
function labels(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const p = join(root, name);
    if (statSync(p).isDirectory()) return labels(p);
    return name.endsWith('.gold.json') ? [p] : [];
  });
}

describe.skipIf(!existsSync(corpus))('corpus documents (skipped: ../shared/corpus is absent)', () => {
  it('every labelled document, with the profile bench:verdicts makes from its labels', async () => {
    const paths = labels(corpus).sort();
    expect(paths.length).toBe(60);
    for (const path of paths) {
      const label = JSON.parse(readFileSync(path, 'utf8')) as VerdictLabel;
      const record = await loadArticle(join(corpus, label.file));
      const { atOnce, later } = bothWays(record, benchProfile(label).profile);
      expect(later, label.file).toEqual(atOnce);
    }
  }, 120_000);
});
