import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate } from '../../../components/dashboard/words';
import { newRunId } from '../../../lib/dashboard/format';
import { paperLinks } from '../../../lib/dashboard/paper-links';
import { useLocale } from '../../support/i18n';

describe('formatDuration', () => {
  it.each<[number | null, string]>([
    [null, 'estimating…'],
    [Number.NaN, 'estimating…'],
    [-5, '0 sec'],
    [4_400, '4 sec'],
    [59_000, '59 sec'],
    [90_000, '2 min'],
    [45 * 60_000, '45 min'],
    [125 * 60_000, '2 hr, 5 min'],
  ])('%s ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
  it('speaks the UI language', async () => {
    await useLocale('de');
    expect(formatDuration(125 * 60_000)).toBe('2 Std., 5 Min.');
    expect(formatDuration(null)).toBe('wird geschätzt…');
  });
});

describe('formatRate', () => {
  it.each([
    [null, '—'],
    [{ count: 0, of: 0, rate: null }, '—'],
    [{ count: 1, of: 3, rate: 1 / 3 }, '33% (1 of 3)'],
    [{ count: 4, of: 4, rate: 1 }, '100% (4 of 4)'],
  ])('%#', (r, text) => expect(formatRate(r)).toBe(text));
  it('writes the numbers as the UI language does', async () => {
    await useLocale('ja');
    expect(formatRate({ count: 1234, of: 2000, rate: 0.617 })).toBe('62%（2,000 件中 1,234 件）');
  });
});

describe('newRunId', () => {
  it('sorts by time and differs between two runs started in the same millisecond', () => {
    const a = newRunId(Date.UTC(2026, 0, 2, 3, 4, 5), () => 0.1);
    const b = newRunId(Date.UTC(2026, 0, 2, 3, 4, 5), () => 0.2);
    const later = newRunId(Date.UTC(2026, 0, 2, 3, 4, 6), () => 0.1);
    expect(a).toMatch(/^run-2026-01-02T03-04-05-000Z-/);
    expect(a).not.toBe(b);
    expect([later, a].sort()[0]).toBe(a);
  });
});

describe('paperLinks', () => {
  it.each([
    [
      { doi: '10.1/abc', pmid: '1', pmcid: 'PMC2' },
      'https://doi.org/10.1/abc',
      'https://europepmc.org/article/PMC/PMC2',
    ],
    [{ doi: null, pmid: '123', pmcid: null }, null, 'https://europepmc.org/article/MED/123'],
    [{ doi: '10.1002/(sici)1097', pmid: null, pmcid: null }, 'https://doi.org/10.1002/(sici)1097', null],
    // A DOI with "#" or "?" must not turn into a fragment or a query of doi.org.
    [{ doi: '10.1/a#b?c', pmid: null, pmcid: null }, 'https://doi.org/10.1/a%23b%3Fc', null],
    [{ doi: null, pmid: null, pmcid: null }, null, null],
  ])('%#', (ids, doi, europePmc) => expect(paperLinks(ids)).toEqual({ doi, europePmc }));
});
