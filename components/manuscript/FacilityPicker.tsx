import { useState } from 'preact/hooks';
import { parseProfile } from '../../lib/profile/schema';
import type { Facility, Profile } from '../../lib/profile/types';
import { formatNumber, t } from '../../platform/i18n';

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
  const name = `${f.name}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  return t('manuscript.facilities.summary', grants, {
    facility: name,
    staff: formatNumber(f.staff.length),
    count: formatNumber(grants),
  });
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
              message: t('manuscript.facilities.notProfile', {
                error: r.errors[0]?.message ?? t('manuscript.facilities.unreadable'),
              }),
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
      <h2 id="facilities-title">{t('manuscript.facilities.title')}</h2>
      {profile.facilities.length === 0 ? (
        <p>{t('manuscript.facilities.none')}</p>
      ) : (
        <fieldset>
          <legend>{t('manuscript.facilities.legend')}</legend>
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
        <summary>{t('manuscript.facilities.add')}</summary>
        <div class="field">
          <label for="profile-file">{t('manuscript.facilities.fromFile')}</label>
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
          <label for="profile-link">{t('manuscript.facilities.fromLink')}</label>
          <input
            id="profile-link"
            type="url"
            // i18n-ignore: an address, the same in every language
            placeholder="https://…/corecredit-profile.json"
            value={link}
            onInput={(e) => setLink(e.currentTarget.value)}
          />
          <button
            type="button"
            disabled={!link.trim()}
            onClick={() => void load({ kind: 'link', url: link })}
          >
            {t('manuscript.facilities.fetch')}
          </button>
          <p class="hint">{t('manuscript.facilities.permission')}</p>
        </div>
        {preview.state === 'error' && (
          <p class="error" role="alert">
            {preview.message}
          </p>
        )}
        {preview.state === 'ready' && (
          <section class="import-preview" aria-label={t('manuscript.facilities.preview')}>
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
              {t('manuscript.facilities.keep', preview.incoming.facilities.length)}
            </button>{' '}
            <button type="button" onClick={() => setPreview({ state: 'none' })}>
              {t('manuscript.facilities.cancel')}
            </button>
          </section>
        )}
      </details>
    </section>
  );
}
