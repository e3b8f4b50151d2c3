/**
 * Where the submission-form assistant runs: off everywhere until the user switches it on for a system.
 * Switching on asks the browser for that system's sites at that moment (in the click); OJS journals are
 * added one address at a time, since each journal hosts its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type SubmissionSettings as Settings,
  SiteAddressError,
  SYSTEMS,
  type SystemId,
  siteOrigin,
} from '../../lib/submission/systems';
import { formatList, t } from '../../platform/i18n';

interface Props {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Asks for these sites (call from the click); resolves false when refused. */
  requestSites(origins: string[]): Promise<boolean>;
}

export function SubmissionSettings({ load, save, requestSites }: Props) {
  const [settings, setSettings] = useState<Settings>();
  const [address, setAddress] = useState('');
  const [note, setNote] = useState('');
  const latest = useRef<Settings | undefined>(undefined);

  useEffect(() => {
    void load().then((s) => {
      latest.current = s;
      setSettings(s);
    });
  }, [load]);
  if (!settings) return null;

  const update = async (next: Settings, message: string) => {
    try {
      await save(next);
      latest.current = next;
      setSettings(next);
      setNote(message);
    } catch (e) {
      setNote(t('options.submission.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const toggle = async (id: SystemId, on: boolean) => {
    const system = SYSTEMS.find((s) => s.id === id);
    if (!system?.origins) return;
    // Asked first thing in the click: browsers show the permission prompt only during the gesture.
    if (on && !(await requestSites(system.origins))) {
      setNote(t('options.submission.refused', { site: system.name }));
      return;
    }
    const current = latest.current ?? settings;
    const ids = on ? [...new Set([...current.on, id])] : current.on.filter((x) => x !== id);
    await update(
      { ...current, on: ids },
      on
        ? t('options.submission.turnedOn', { site: system.name })
        : t('options.submission.turnedOff', { site: system.name }),
    );
  };

  const addJournal = async (event: Event) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = siteOrigin(address);
    } catch (e) {
      setNote(
        e instanceof SiteAddressError && e.reason === 'not-http'
          ? t('options.submission.notHttp')
          : t('options.submission.notAddress', { address: address.trim() }),
      );
      return;
    }
    if (!(await requestSites([origin]))) {
      setNote(t('options.submission.journalRefused'));
      return;
    }
    const current = latest.current ?? settings;
    setAddress('');
    await update(
      { ...current, ojsSites: [...new Set([...current.ojsSites, origin])] },
      t('options.submission.turnedOn', { site: origin.replace(/\/\*$/, '') }),
    );
  };

  const removeJournal = (origin: string) => {
    const current = latest.current ?? settings;
    void update(
      { ...current, ojsSites: current.ojsSites.filter((o) => o !== origin) },
      t('options.submission.turnedOff', { site: origin.replace(/\/\*$/, '') }),
    );
  };

  return (
    <section class="settings" aria-labelledby="submission-title">
      <h2 id="submission-title">{t('options.submission.title')}</h2>
      <p class="settings__hint">{t('options.submission.intro')}</p>
      {SYSTEMS.filter((s) => s.origins).map((system) => (
        <div key={system.id}>
          <label class="settings__option">
            <input
              type="checkbox"
              checked={settings.on.includes(system.id)}
              onChange={(e) => void toggle(system.id, (e.target as HTMLInputElement).checked)}
            />{' '}
            {system.name}
          </label>
          <p class="settings__hint">
            {t(system.writes ? 'options.submission.runsOn' : 'options.submission.runsOnCopy', {
              sites: formatList(system.origins?.map((o) => o.replace(/^https:\/\/\*\.|\/\*$/g, '')) ?? []),
            })}
          </p>
        </div>
      ))}
      <form class="settings__journal" onSubmit={(e) => void addJournal(e)}>
        <label for="ojs-address">{t('options.submission.journal')}</label>{' '}
        <input
          id="ojs-address"
          type="url"
          inputMode="url"
          // i18n-ignore: an address, the same in every language
          placeholder="https://journals.example.org/"
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('options.submission.addJournal')}</button>
      </form>
      {settings.ojsSites.length > 0 && (
        <ul aria-label={t('options.submission.journals')}>
          {settings.ojsSites.map((origin) => (
            <li key={origin}>
              {origin.replace(/\/\*$/, '')}{' '}
              <button type="button" onClick={() => removeJournal(origin)}>
                {t('options.submission.remove')}{' '}
                <span class="visually-hidden">{origin.replace(/\/\*$/, '')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{note}</p>
    </section>
  );
}
