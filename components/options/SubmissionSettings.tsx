/**
 * Where the submission-form assistant runs: off everywhere until the user switches it on for a system.
 * Switching on asks the browser for that system's sites at that moment (in the click); OJS journals are
 * added one address at a time, since each journal hosts its own.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type SubmissionSettings as Settings,
  SYSTEMS,
  type SystemId,
  siteOrigin,
} from '../../lib/submission/systems';

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
      setNote(`The setting could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const toggle = async (id: SystemId, on: boolean) => {
    const system = SYSTEMS.find((s) => s.id === id);
    if (!system?.origins) return;
    // Asked first thing in the click: browsers show the permission prompt only during the gesture.
    if (on && !(await requestSites(system.origins))) {
      setNote(`The assistant stays off for ${system.name}: the browser did not grant access to its site.`);
      return;
    }
    const current = latest.current ?? settings;
    const ids = on ? [...new Set([...current.on, id])] : current.on.filter((x) => x !== id);
    await update(
      { ...current, on: ids },
      on
        ? `The assistant is on for ${system.name}: reload an open submission form to see it.`
        : `The assistant is off for ${system.name}.`,
    );
  };

  const addJournal = async (event: Event) => {
    event.preventDefault();
    let origin: string;
    try {
      origin = siteOrigin(address);
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
      return;
    }
    if (!(await requestSites([origin]))) {
      setNote('The journal was not added: the browser did not grant access to its site.');
      return;
    }
    const current = latest.current ?? settings;
    setAddress('');
    await update(
      { ...current, ojsSites: [...new Set([...current.ojsSites, origin])] },
      `The assistant is on for ${origin.replace(/\/\*$/, '')}: reload an open submission form to see it.`,
    );
  };

  const removeJournal = (origin: string) => {
    const current = latest.current ?? settings;
    void update(
      { ...current, ojsSites: current.ojsSites.filter((o) => o !== origin) },
      `The assistant is off for ${origin.replace(/\/\*$/, '')}.`,
    );
  };

  return (
    <section class="settings" aria-labelledby="submission-title">
      <h2 id="submission-title">In submission forms</h2>
      <p class="settings__hint">
        Off by default. Where you switch it on, CoreCredit shows beside a journal’s acknowledgement and
        funding fields what your facilities still need, with the text to insert on your click. It never
        submits and sends nothing anywhere.
      </p>
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
            {system.writes
              ? `Runs on ${system.origins?.map((o) => o.replace(/^https:\/\/\*\.|\/\*$/g, '')).join(', ')}.`
              : `Runs on ${system.origins?.map((o) => o.replace(/^https:\/\/\*\.|\/\*$/g, '')).join(', ')}; shows the check with copy buttons only (CoreCredit does not write into these forms).`}
          </p>
        </div>
      ))}
      <form class="settings__journal" onSubmit={(e) => void addJournal(e)}>
        <label for="ojs-address">Open Journal Systems journal (its address)</label>{' '}
        <input
          id="ojs-address"
          type="url"
          inputMode="url"
          placeholder="https://journals.example.org/"
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Add journal</button>
      </form>
      {settings.ojsSites.length > 0 && (
        <ul aria-label="OJS journals the assistant runs on">
          {settings.ojsSites.map((origin) => (
            <li key={origin}>
              {origin.replace(/\/\*$/, '')}{' '}
              <button type="button" onClick={() => removeJournal(origin)}>
                Remove <span class="visually-hidden">{origin.replace(/\/\*$/, '')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{note}</p>
    </section>
  );
}
