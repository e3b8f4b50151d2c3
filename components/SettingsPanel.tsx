import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';

interface Props {
  load: () => Promise<{ settings: Settings; problems: string[] }>;
  save: (settings: Settings) => Promise<void>;
  /** Asks for the publisher sites' permission (call from the click); resolves false when refused. */
  requestPublisherAccess: () => Promise<boolean>;
  /** Whether the browser still grants those sites (the user may have revoked them since). */
  hasPublisherAccess: () => Promise<boolean>;
  publisherCount: number;
  /** The dashboard page, where papers checked while reading are listed. */
  dashboardUrl: string;
}

/** Reading preferences: the automatic check on publisher sites and the reading record (both off by default). */
export function SettingsPanel(props: Props) {
  const { load, save, requestPublisherAccess, hasPublisherAccess, publisherCount, dashboardUrl } = props;
  const [settings, setSettings] = useState<Settings>();
  const [note, setNote] = useState<string>('');
  // The latest settings, for changes that finish after another one (a permission prompt left open).
  const latest = useRef<Settings | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const { settings, problems } = await load();
      latest.current = settings;
      setSettings(settings);
      const notes = [...problems];
      if (settings.autoCheck && !(await hasPublisherAccess()))
        notes.push(
          'Automatic checks are on, but the browser no longer lets CoreCredit read the publisher sites: switch them off and on again to grant it.',
        );
      if (notes.length > 0) setNote(notes.join(' '));
    })();
  }, [load, hasPublisherAccess]);

  if (!settings) return null;

  const update = async (change: Partial<Settings>, message: string) => {
    const next = { ...(latest.current ?? settings), ...change };
    try {
      await save(next);
      latest.current = next;
      setSettings(next);
      setNote(message);
    } catch (error) {
      setNote(`The setting could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const toggleAutoCheck = async (on: boolean) => {
    // Asked first thing in the click: browsers show the permission prompt only during the gesture.
    if (on && !(await requestPublisherAccess())) {
      setNote('Automatic checks stay off: the browser did not grant access to the publisher sites.');
      return;
    }
    await update(
      { autoCheck: on },
      on
        ? `Papers on ${publisherCount} publisher sites are now checked when they load; the toolbar badge shows the result.`
        : 'Automatic checks are off. Click the CoreCredit button to check a paper.',
    );
  };

  const toggleRecord = (on: boolean) =>
    update(
      { recordReading: on },
      on
        ? 'Papers you check from now on are kept in this browser and listed in the dashboard.'
        : 'Papers you check are no longer kept. Those already kept stay in the dashboard.',
    );

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">While reading</h2>
      <label class="settings__option">
        <input
          type="checkbox"
          checked={settings.autoCheck}
          onChange={(event) => void toggleAutoCheck((event.target as HTMLInputElement).checked)}
        />{' '}
        Check papers automatically on known publisher sites
      </label>
      <p class="settings__hint">
        Off by default. Turning it on asks your browser for access to those sites; CoreCredit then reads each
        paper there when it loads and shows the result on its toolbar badge. Nothing is sent anywhere.
      </p>
      <label class="settings__option">
        <input
          type="checkbox"
          checked={settings.recordReading}
          onChange={(event) => void toggleRecord((event.target as HTMLInputElement).checked)}
        />{' '}
        Keep the papers I check, for the audit dashboard
      </label>
      <p class="settings__hint">
        Off by default. Each paper you check (with a DOI) is kept in this browser only, and listed under
        “Papers checked while reading” in the <a href={dashboardUrl}>audit dashboard</a>, re-checked there
        whenever your profile changes.
      </p>
      <p role="status">{note}</p>
    </section>
  );
}
