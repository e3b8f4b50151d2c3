import { useState } from 'preact/hooks';
import { EXAMPLE_PROFILE } from '../../lib/profile/example-profile';
import { mergeProfiles } from '../../lib/profile/merge';
import type { SaveResult } from '../../lib/profile/store';
import type { Facility, Profile } from '../../lib/profile/types';
import type { RorOrganization } from '../../lib/sources/ror';
import type { RridRecord } from '../../lib/sources/rrid';
import { t } from '../../platform/i18n';
import { FacilityForm } from './FacilityForm';
import { FacilityList } from './FacilityList';
import { FieldErrors } from './Field';
import { ImportExport } from './ImportExport';
import { profileIssueText } from './issue-text';

export interface ProfileEditorProps {
  /** As returned by loadProfile(). */
  profile: Profile;
  /** loadProfile()'s problems (repairs, quarantined facilities) in the user's language, shown until dismissed. */
  problems?: string[];
  /**
   * Persist a new profile; the caller runs saveProfile(store, profile, undo). `undo` says what the change
   * did when it can be undone (kept so a reload still offers the undo), null otherwise.
   */
  onSave: (profile: Profile, undo: string | null) => Promise<SaveResult>;
  /** The undo a previous visit left (loadUndo()): offered until used or replaced by a new change. */
  undo?: { what: string; previous: Profile } | null;
  lookupRor?: (id: string) => Promise<RorOrganization>;
  lookupRrid?: (rrid: string) => Promise<RridRecord>;
}

type Mode = { kind: 'list' } | { kind: 'edit'; index: number } | { kind: 'add' };

/** The whole options-page profile editor: list, add/edit/delete, import/export, example, undo. */
export function ProfileEditor({
  profile: initial,
  problems = [],
  onSave,
  lookupRor,
  lookupRrid,
  undo: pendingUndo = null,
}: ProfileEditorProps) {
  const [profile, setProfile] = useState(initial);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [status, setStatus] = useState(
    pendingUndo ? t('options.editor.lastChange', { change: pendingUndo.what }) : '',
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [undo, setUndo] = useState<{ previous: Profile; what: string } | null>(pendingUndo);
  const [showProblems, setShowProblems] = useState(problems.length > 0);

  /** Every change goes through here: saved first, shown after, undoable once. */
  const commit = async (next: Profile, what: string, undoable = true) => {
    const r = await onSave(next, undoable ? what : null);
    if (!r.ok) {
      setErrors(r.errors.map(profileIssueText));
      setStatus(t('options.editor.notSaved'));
      return false;
    }
    if (undoable) setUndo({ previous: profile, what });
    setProfile(r.profile);
    setErrors([]);
    setStatus(t('options.editor.saved', { change: what }));
    setMode({ kind: 'list' });
    return true;
  };

  const replaceAt = (index: number, facility: Facility): Profile => {
    const facilities = [...profile.facilities];
    facilities[index] = facility;
    return { ...profile, facilities };
  };

  const revert = async () => {
    if (!undo) return;
    const { previous, what } = undo;
    if (await commit(previous, t('options.editor.undone', { change: what }), false)) setUndo(null);
  };

  return (
    <div class="profile-editor">
      {showProblems ? (
        <div class="problems" role="alert">
          <p>{t('options.editor.problems')}</p>
          <FieldErrors errors={problems} />
          <button type="button" onClick={() => setShowProblems(false)}>
            {t('options.editor.dismiss')}
          </button>
        </div>
      ) : null}
      <p class="status" aria-live="polite">
        {status}{' '}
        {undo ? (
          <button type="button" onClick={revert}>
            {t('options.editor.undo')}
          </button>
        ) : null}
      </p>
      {errors.length > 0 ? (
        <div class="error-summary" role="alert">
          <p>{t('options.editor.saveFailed')}</p>
          <FieldErrors errors={errors} />
        </div>
      ) : null}
      {mode.kind === 'list' ? (
        <>
          <FacilityList
            facilities={profile.facilities}
            onAdd={() => setMode({ kind: 'add' })}
            onEdit={(index) => setMode({ kind: 'edit', index })}
            onDelete={(index) =>
              commit(
                { ...profile, facilities: profile.facilities.filter((_, i) => i !== index) },
                t('options.editor.deleted', { name: profile.facilities[index]?.name ?? '' }),
              )
            }
          />
          <button
            type="button"
            onClick={() =>
              profile.facilities.length === 0
                ? commit(EXAMPLE_PROFILE, t('options.editor.example'))
                : commit(mergeProfiles(profile, EXAMPLE_PROFILE).profile, t('options.editor.exampleAdded'))
            }
          >
            {profile.facilities.length === 0
              ? t('options.editor.startExample')
              : t('options.editor.addExample')}
          </button>
          <ImportExport profile={profile} onImport={(next, summary) => commit(next, summary)} />
        </>
      ) : (
        <FacilityForm
          key={mode.kind === 'edit' ? `edit-${mode.index}` : 'add'}
          facility={mode.kind === 'edit' ? (profile.facilities[mode.index] ?? null) : null}
          profile={profile}
          index={mode.kind === 'edit' ? mode.index : profile.facilities.length}
          onCancel={() => setMode({ kind: 'list' })}
          onSubmit={(facility) =>
            mode.kind === 'edit'
              ? commit(
                  replaceAt(mode.index, facility),
                  t('options.editor.savedFacility', { name: facility.name }),
                )
              : commit(
                  { ...profile, facilities: [...profile.facilities, facility] },
                  t('options.editor.addedFacility', { name: facility.name }),
                )
          }
          lookupRor={lookupRor}
          lookupRrid={lookupRrid}
        />
      )}
    </div>
  );
}
