import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } from '../../../lib/settings';
import { STORAGE_KEYS, tabAnalysisKey } from '../../../lib/storage-keys';
import { extensionStore } from '../../../platform/storage';

describe('settings', () => {
  it('gives defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notes: [], problems: [] });
  });

  it('keeps valid fields and repairs only the broken one, saying so', () => {
    const { settings, problems } = parseSettings({ version: 1, autoCheck: true, recordReading: 'sometimes' });
    expect(settings).toEqual({ version: 1, autoCheck: true, recordReading: false });
    expect(problems).toEqual(['Setting “recordReading” had an invalid value and was reset to its default.']);
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('resets unreadable settings (%s) and reports it', (_label, raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('reads settings of an older shape (no version field) without losing what is valid', () => {
    expect(parseSettings({ autoCheck: true }).settings.autoCheck).toBe(true);
  });
});

describe('extension storage adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips settings through browser.storage.local under the settings key', async () => {
    await saveSettings(extensionStore, { ...DEFAULT_SETTINGS, autoCheck: true });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { version: 1, autoCheck: true, recordReading: false },
    });
    expect((await loadSettings(extensionStore)).settings.autoCheck).toBe(true);
  });

  it('keeps per-tab analyses in session storage and removes them', async () => {
    const key = tabAnalysisKey(12);
    await extensionStore.set(key, { url: 'https://example.org/a' });
    expect(await fakeBrowser.storage.session.get('analysis.12')).toEqual({
      'analysis.12': { url: 'https://example.org/a' },
    });
    await extensionStore.remove?.(key);
    expect(await extensionStore.get(key)).toBeUndefined();
  });

  it('refuses a key without a storage area', async () => {
    await expect(extensionStore.get('settings')).rejects.toThrow(/without an area/);
  });

  it('defines every key once', () => {
    const keys = Object.values(STORAGE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
