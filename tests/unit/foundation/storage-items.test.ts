// One definition per stored value (lib/storage-item.ts): every read migrates and validates, bad data falls
// back or is set aside, and the extension's binding (platform/storage.ts) gives get / set / watch over
// WXT storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyRecord } from '../../../lib/article';
import { STORED_SETTINGS } from '../../../lib/settings';
import { defineStored, readStored } from '../../../lib/storage-item';
import { STORED_CHOSEN, STORED_SUBMISSION } from '../../../lib/submission/systems';
import { storedItem, tabAnalysisItem } from '../../../platform/storage';

/** A value whose version 2 renamed `n` to `count`. */
const COUNTER = defineStored<{ version: 2; count: number }>({
  key: 'local:counter',
  // A made-up value, named as the settings are so its notes have words.
  what: 'settings',
  version: 2,
  fallback: () => ({ version: 2, count: 0 }),
  migrations: {
    1: (v) => ({ ...(v as object), version: 1 }),
    2: (v) => {
      const { n, ...rest } = v as { n: unknown };
      if (n === 'explode') throw new Error('cannot count');
      return { ...rest, version: 2, count: n };
    },
  },
  parse: (raw) => {
    const count = (raw as { count?: unknown }).count;
    return typeof count === 'number'
      ? { value: { version: 2, count }, notes: [] }
      : { value: { version: 2, count: 0 }, notes: [{ code: 'SETTINGS_RESET' }] };
  },
});

describe('readStored', () => {
  it.each([
    ['nothing stored', undefined, { version: 2, count: 0 }, []],
    ['the current version', { version: 2, count: 5 }, { version: 2, count: 5 }, []],
    ['an unversioned early shape, migrated twice', { n: 3 }, { version: 2, count: 3 }, []],
    ['version 1, migrated once', { version: 1, n: 4 }, { version: 2, count: 4 }, []],
    [
      'a value the schema repairs',
      { version: 2, count: 'x' },
      { version: 2, count: 0 },
      ['Settings were unreadable and were reset to defaults.'],
    ],
  ])('%s', (_what, raw, value, problems) => {
    const read = readStored(COUNTER, raw);
    expect(read).toEqual({ value, problems, notes: expect.any(Array) });
    expect(read.notes).toHaveLength(problems.length);
  });

  it.each([
    [
      'a newer version',
      { version: 9 },
      'A newer CoreCredit saved the stored settings (format version 9)',
      'NEWER_FORMAT',
    ],
    [
      'no object',
      'garbage',
      'CoreCredit does not recognise the format of the stored settings.',
      'UNKNOWN_FORMAT',
    ],
    [
      'a migration that throws',
      { n: 'explode' },
      'CoreCredit could not upgrade the stored settings to format version 2 (Error: cannot count)',
      'UPGRADE_FAILED',
    ],
  ])('%s: the fallback, and the raw value set aside with the reason', (_what, raw, reason, code) => {
    const r = readStored(COUNTER, raw);
    expect(r.value).toEqual({ version: 2, count: 0 });
    expect(r.setAside).toEqual([{ value: raw, reasons: [expect.stringContaining(reason)] }]);
    expect(r.problems).toEqual([expect.stringContaining(reason)]);
    expect(r.notes).toEqual([expect.objectContaining({ code })]);
  });

  it('a value with a quarantine key says it was set aside; the reason kept with it does not', () => {
    const r = readStored({ ...COUNTER, quarantineKey: 'local:counterAside' }, { version: 9 });
    expect(r.problems).toEqual([
      'A newer CoreCredit saved the stored settings (format version 9); update CoreCredit to use it. It was set aside, not deleted.',
    ]);
    expect(r.setAside?.[0]?.reasons).toEqual([
      'A newer CoreCredit saved the stored settings (format version 9); update CoreCredit to use it.',
    ]);
  });

  it('settings of the early shape (no version) keep their valid fields', () => {
    expect(readStored(STORED_SETTINGS, { autoCheck: true }).value).toEqual({
      version: 1,
      autoCheck: true,
      recordReading: false,
    });
  });

  it('unreadable submission settings are "off everywhere", and say so', () => {
    expect(readStored(STORED_SUBMISSION, { version: 1, on: ['everywhere'] })).toEqual({
      value: { version: 1, on: [], ojsSites: [] },
      notes: [{ code: 'SUBMISSION_OFF' }],
      problems: ['The submission assistant’s settings were unreadable: it is off.'],
    });
  });
});

describe('the extension binding (WXT storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('get / set / watch go through the definition', async () => {
    const item = storedItem(COUNTER);
    await fakeBrowser.storage.local.set({ counter: { n: 7 } });
    expect((await item.get()).value).toEqual({ version: 2, count: 7 });
    const seen: unknown[] = [];
    const unwatch = item.watch((r) => seen.push(r.value));
    await item.set({ version: 2, count: 8 });
    await fakeBrowser.storage.local.set({ counter: { version: 2, count: 'bad' } });
    unwatch();
    await item.set({ version: 2, count: 9 });
    expect(seen).toEqual([
      { version: 2, count: 8 },
      { version: 2, count: 0 },
    ]);
    await item.remove();
    expect(await fakeBrowser.storage.local.get('counter')).toEqual({});
  });

  it('the tab cache is read through its schema: a damaged entry is no cache', async () => {
    const item = tabAnalysisItem(12);
    const record = { ...emptyRecord('html'), title: 'A paper' };
    await item.set({ url: 'https://example.org/a', record });
    expect(await fakeBrowser.storage.session.get('analysis.12')).toEqual({
      'analysis.12': { url: 'https://example.org/a', record },
    });
    expect((await item.get()).value).toEqual({ url: 'https://example.org/a', record });
    await fakeBrowser.storage.session.set({
      'analysis.12': { url: 'https://example.org/a', record: { kind: 1 } },
    });
    expect((await item.get()).value).toBeNull();
    await item.remove();
    expect(await fakeBrowser.storage.session.get('analysis.12')).toEqual({});
  });

  it('the facilities ticked per manuscript: an unreadable entry reads as none ticked', async () => {
    const item = storedItem(STORED_CHOSEN);
    await item.set({ 'A paper': ['abif'] });
    expect((await item.get()).value).toEqual({ 'A paper': ['abif'] });
    await fakeBrowser.storage.session.set({ 'submission.chosen': { 'A paper': 'abif' } });
    expect((await item.get()).value).toEqual({});
  });
});
