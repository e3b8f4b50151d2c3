// The badge and popup code talks to `action` (Chrome, MV3) or `browserAction` (the Firefox MV2 build).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarAction } from '../../../platform/action';

const fake = fakeBrowser as unknown as Record<string, unknown>;

describe('toolbarAction', () => {
  const original = fake.action;
  afterEach(() => {
    fake.action = original;
    delete fake.browserAction;
  });

  it('is `action` where the browser has it', () => {
    expect(toolbarAction()).toBe(fakeBrowser.action);
  });

  it('falls back to `browserAction` in a Manifest V2 build', async () => {
    const browserAction = { setBadgeText: vi.fn(async () => undefined) };
    fake.action = undefined;
    fake.browserAction = browserAction;
    await toolbarAction().setBadgeText({ tabId: 1, text: '✓' });
    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ tabId: 1, text: '✓' });
  });

  it('says so when there is neither', () => {
    fake.action = undefined;
    expect(() => toolbarAction()).toThrow('no toolbar button API');
  });
});
