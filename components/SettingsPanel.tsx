import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';

interface Props {
  load: () => Promise<{ settings: Settings; problems: string[] }>;
  save: (settings: Settings) => Promise<void>;
  /** Asks for the publisher sites' permission (call from the click); resolves false when refused. */
  requestPublisherAccess: () => Promise<boolean>;
  publisherCount: number;
}

/** Reading preferences: the automatic check on publisher sites (off by default). */
export function SettingsPanel({ load, save, requestPublisherAccess, publisherCount }: Props) {
  const [settings, setSettings] = useState<Settings>();
  const [note, setNote] = useState<string>('');

  useEffect(() => {
    void load().then(({ settings, problems }) => {
      setSettings(settings);
      if (problems.length > 0) setNote(problems.join(' '));
    });
  }, [load]);

  if (!settings) return null;

  const toggleAutoCheck = async (on: boolean) => {
    if (on && !(await requestPublisherAccess())) {
      setNote('Automatic checks stay off: the browser did not grant access to the publisher sites.');
      return;
    }
    const next = { ...settings, autoCheck: on };
    await save(next);
    setSettings(next);
    setNote(
      on
        ? `Papers on ${publisherCount} publisher sites are now checked when they load; the toolbar badge shows the result.`
        : 'Automatic checks are off. Click the CoreCredit button to check a paper.',
    );
  };

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
      <p role="status">{note}</p>
    </section>
  );
}
