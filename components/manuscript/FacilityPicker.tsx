import { useState } from 'preact/hooks';
import { parseProfile } from '../../lib/profile/schema';
import type { Facility, Profile } from '../../lib/profile/types';

export type ProfileSource = { kind: 'file'; file: File } | { kind: 'link'; url: string };

interface Props {
  profile: Profile;
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  /** Reads a published facility profile (from a file or a link); throws with a message the user can act on. */
  fetchProfile: (source: ProfileSource) => Promise<unknown>;
  /** Keeps the previewed facilities in the stored profile and ticks them. */
  onKeep: (incoming: Profile) => Promise<void>;
}

type Preview =
  | { state: 'none' }
  | { state: 'error'; message: string }
  | { state: 'ready'; incoming: Profile };

/** What a facility profile says, in one line, for the preview. */
function summary(f: Facility): string {
  const parts = [f.institution, f.rrids[0] && `RRID:${f.rrids[0]}`].filter(Boolean);
  const grants = f.grants.filter((g) => g.required).length;
  return `${f.name}${parts.length ? ` (${parts.join(', ')})` : ''}: ${f.staff.length} staff, ${grants} required grant${grants === 1 ? '' : 's'}`;
}

/** The facilities the draft's work used: ticks from the stored profile, and published profiles to add. */
export function FacilityPicker({ profile, chosen, onChange, fetchProfile, onKeep }: Props) {
  const [link, setLink] = useState('');
  const [preview, setPreview] = useState<Preview>({ state: 'none' });
  const load = async (source: ProfileSource) => {
    try {
      const r = parseProfile(await fetchProfile(source));
      setPreview(
        r.ok
          ? { state: 'ready', incoming: r.profile }
          : {
              state: 'error',
              message: `This is not a facility profile: ${r.errors[0]?.message ?? 'unreadable'}`,
            },
      );
    } catch (e) {
      setPreview({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <section class="facility-picker" aria-labelledby="facilities-title">
      <h2 id="facilities-title">2. The core facilities your work used</h2>
      {profile.facilities.length === 0 ? (
        <p>No facility yet: add the profile your facility publishes, from a file or a link.</p>
      ) : (
        <fieldset>
          <legend>Tick each facility whose services, instruments or staff the work used</legend>
          {profile.facilities.map((f) => (
            <div class="check" key={f.id}>
              <input
                type="checkbox"
                id={`use-${f.id}`}
                checked={chosen.has(f.id)}
                onChange={(e) => toggle(f.id, e.currentTarget.checked)}
              />
              <label for={`use-${f.id}`}>
                {f.name}
                {f.institution ? `, ${f.institution}` : ''}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <details class="add-facility">
        <summary>Add a facility’s profile</summary>
        <div class="field">
          <label for="profile-file">From a file the facility gave you (.json)</label>
          <input
            id="profile-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void load({ kind: 'file', file });
            }}
          />
        </div>
        <div class="field">
          <label for="profile-link">From a link the facility publishes</label>
          <input
            id="profile-link"
            type="url"
            placeholder="https://…/corecredit-profile.json"
            value={link}
            onInput={(e) => setLink(e.currentTarget.value)}
          />
          <button
            type="button"
            disabled={!link.trim()}
            onClick={() => void load({ kind: 'link', url: link })}
          >
            Fetch the profile
          </button>
          <p class="hint">
            Your browser asks your permission to reach that site, once; nothing else is sent.
          </p>
        </div>
        {preview.state === 'error' && (
          <p class="error" role="alert">
            {preview.message}
          </p>
        )}
        {preview.state === 'ready' && (
          <section class="import-preview" aria-label="Facility profile preview">
            <ul>
              {preview.incoming.facilities.map((f) => (
                <li key={f.id}>{summary(f)}</li>
              ))}
            </ul>
            <button
              type="button"
              onClick={async () => {
                await onKeep(preview.incoming);
                setPreview({ state: 'none' });
                setLink('');
              }}
            >
              Keep and use {preview.incoming.facilities.length === 1 ? 'this facility' : 'these facilities'}
            </button>{' '}
            <button type="button" onClick={() => setPreview({ state: 'none' })}>
              Cancel
            </button>
          </section>
        )}
      </details>
    </section>
  );
}
