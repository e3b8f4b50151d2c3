// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../../components/SettingsPanel';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

describe('SettingsPanel', () => {
  let root: HTMLElement;
  let stored: Settings;
  const save = vi.fn(async (s: Settings) => {
    stored = s;
  });
  const load = async () => ({ settings: stored, problems: [] as string[] });

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    stored = { ...DEFAULT_SETTINGS };
    save.mockClear();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const settle = () => new Promise((r) => setTimeout(r, 0));
  const mount = async (grant: boolean) => {
    const ask = vi.fn(async () => grant);
    await act(async () => {
      render(
        <SettingsPanel
          load={load}
          save={save}
          requestPublisherAccess={ask}
          hasPublisherAccess={async () => grant}
          publisherCount={26}
          dashboardUrl="dashboard.html"
        />,
        root,
      );
      // Loading reads the settings, then asks whether the sites are still granted.
      await settle();
      await settle();
    });
    return ask;
  };
  const box = (label: string) => {
    const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.includes(label));
    const input = l?.querySelector('input');
    if (!input) throw new Error(`no checkbox “${label}”`);
    return input;
  };
  const toggle = (label: string) =>
    act(async () => {
      box(label).click();
      await settle();
    });

  it('starts with both options off', async () => {
    await mount(true);
    expect(box('Check papers automatically').checked).toBe(false);
    expect(box('Keep the papers I check').checked).toBe(false);
  });

  it('switches the automatic check on only when the browser grants the sites', async () => {
    const ask = await mount(true);
    await toggle('Check papers automatically');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(stored.autoCheck).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('26 publisher sites');
  });

  it('leaves it off, and says why, when the permission is refused', async () => {
    await mount(false);
    await toggle('Check papers automatically');
    expect(save).not.toHaveBeenCalled();
    expect(box('Check papers automatically').checked).toBe(false);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('did not grant access');
  });

  it('says so when automatic checks are on but the sites were revoked since', async () => {
    stored = { ...DEFAULT_SETTINGS, autoCheck: true };
    await mount(false);
    await act(async () => {
      await settle();
    });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('no longer lets CoreCredit read');
  });

  it('keeps the reading record setting without asking for any permission', async () => {
    const ask = await mount(true);
    await toggle('Keep the papers I check');
    expect(ask).not.toHaveBeenCalled();
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, recordReading: true });
  });
});
