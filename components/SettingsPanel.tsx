import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { formatNumber, SLOT, slots, t } from '../platform/i18n';

interface Props {
  /** The stored settings, and what reading them repaired, in the user's language. */
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
      if (settings.autoCheck && !(await hasPublisherAccess())) notes.push(t('settings.accessRevoked'));
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
      setNote(t('settings.saveFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const toggleAutoCheck = async (on: boolean) => {
    // Asked first thing in the click: browsers show the permission prompt only during the gesture.
    if (on && !(await requestPublisherAccess())) {
      setNote(t('settings.accessRefused'));
      return;
    }
    await update(
      { autoCheck: on },
      on ? t('settings.autoCheckOn', { count: formatNumber(publisherCount) }) : t('settings.autoCheckOff'),
    );
  };

  const toggleRecord = (on: boolean) =>
    update({ recordReading: on }, on ? t('settings.recordOn') : t('settings.recordOff'));

  const [hintBefore, hintAfter] = slots(t('settings.recordHint', { link: SLOT }));
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label class="settings__option">
        <input
          type="checkbox"
          checked={settings.autoCheck}
          onChange={(event) => void toggleAutoCheck((event.target as HTMLInputElement).checked)}
        />{' '}
        {t('settings.autoCheck')}
      </label>
      <p class="settings__hint">{t('settings.autoCheckHint')}</p>
      <label class="settings__option">
        <input
          type="checkbox"
          checked={settings.recordReading}
          onChange={(event) => void toggleRecord((event.target as HTMLInputElement).checked)}
        />{' '}
        {t('settings.record')}
      </label>
      <p class="settings__hint">
        {hintBefore}
        <a href={dashboardUrl}>{t('settings.recordHintLink')}</a>
        {hintAfter}
      </p>
      <p role="status">{note}</p>
    </section>
  );
}
