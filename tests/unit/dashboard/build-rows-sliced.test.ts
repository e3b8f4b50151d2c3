import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../lib/article';
import type { AuditEngine } from '../../../lib/audit/engine';
import { buildRows } from '../../../lib/audit/rows';
import type { PaperState } from '../../../lib/audit/types';
import { buildRowsSliced } from '../../../lib/dashboard/build-rows-sliced';
import { emptyMeta } from '../../../lib/sources/paper-meta';
import { abifProfile } from '../../support/audit-profile';
import { verdict } from './rows';

/** A check that "names" the facility in papers with an even number as title: enough to tell rows apart. */
const engine: AuditEngine = {
  isJats: () => true,
  extractJats: () => emptyRecord('jats'),
  check: (article) => [verdict({ credit: Number(article.title) % 2 === 0 ? 'named' : 'missing' })],
};

function paper(i: number, withText: boolean): PaperState {
  const article = withText ? { ...emptyRecord('jats'), title: String(i) } : null;
  return {
    key: `pmid:${i}`,
    id: { kind: 'pmid', value: String(i) },
    seq: i,
    status: 'done',
    paperKey: `pmid:${i}`,
    meta: { ...emptyMeta(), pmid: String(i), year: 2020 + (i % 3) },
    article,
    reason: null,
    attempts: 1,
  };
}

const papers = Array.from({ length: 30 }, (_, i) => paper(i + 1, i % 4 !== 0));

describe('buildRowsSliced', () => {
  it('gives exactly the rows of buildRows, in the same order', async () => {
    const profile = abifProfile();
    await expect(buildRowsSliced(papers, profile, engine)).resolves.toEqual(
      buildRows(papers, profile, engine),
    );
  });

  it('yields to the page between slices (a clock that advances 10 ms per reading, 25 ms slices)', async () => {
    let t = 0;
    let yields = 0;
    await buildRowsSliced(papers, abifProfile(), engine, {
      sliceMs: 25,
      now: () => (t += 10),
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThanOrEqual(9);
  });

  it('stops when aborted between slices', async () => {
    const controller = new AbortController();
    let t = 0;
    const run = buildRowsSliced(papers, abifProfile(), engine, {
      sliceMs: 5,
      now: () => (t += 10),
      signal: controller.signal,
      yieldToPage: async () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });
});
