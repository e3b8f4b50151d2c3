/**
 * The JATS half of the gold corpus (../shared/corpus/jats, never copied into the repo): the levels reached
 * when this was written (see docs/ACCURACY.md), so a regression shows here before it shows in the bench.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldLabel, scoreRecord } from '../../../bench/corpus-metrics';
import { extractJats } from '../../../lib/extract/jats';
import { parseXmlFile } from './parse';

const dir = resolve(process.cwd(), '../shared/corpus/jats');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')) : [];

describe.skipIf(files.length === 0)(`JATS gold corpus (skipped: no corpus at ${dir})`, () => {
  const results = files.map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, `${f}.gold.json`), 'utf8')) as GoldLabel;
    // The scorer of bench:corpus, so the test and the bench count the same way.
    return { file: f, gold, score: scoreRecord(gold, extractJats(parseXmlFile(join(dir, f)))) };
  });
  const sum = (pick: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + pick(r), 0);

  it('finds every labelled section and no unlabelled one (≥ 98%)', () => {
    expect(sum((r) => r.score.presence[0]) / sum((r) => r.score.presence[1])).toBeGreaterThanOrEqual(0.98);
  });

  it('gets the exact bounds of labelled sections (≥ 95%)', () => {
    expect(sum((r) => r.score.bounds[0]) / sum((r) => r.score.bounds[1])).toBeGreaterThanOrEqual(0.95);
  });

  it.each(files)('%s: authors, DOI', (f) => {
    const r = results.find((x) => x.file === f);
    expect(r?.score.authorsF1).toBeGreaterThanOrEqual(0.95);
    expect(r?.score.doiOk).toBe(true);
  });

  it('gets CRediT (author, role) pairs right where the label has them (F1 ≥ 0.9 on every such document)', () => {
    const withRoles = results.filter((r) => r.gold.credit.length > 0);
    expect(withRoles.length).toBeGreaterThan(0);
    expect(withRoles.filter((r) => (r.score.creditF1 ?? 0) >= 0.9).map((r) => r.file)).toEqual(
      withRoles.map((r) => r.file),
    );
  });

  it('gives no CRediT roles where the label has none (free-prose statements stay otherRoles)', () => {
    const noRoles = results.filter((r) => r.gold.credit.length === 0);
    expect(noRoles.filter((r) => r.score.credit.got > 0).map((r) => r.file)).toEqual([]);
  });
});
