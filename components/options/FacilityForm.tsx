import { useMemo, useState } from 'preact/hooks';
import type { Facility, Profile } from '../../lib/profile/types';
import type { RorOrganization } from '../../lib/sources/ror';
import type { RridRecord } from '../../lib/sources/rrid';
import { Field, FieldErrors, Section } from './Field';
import { checkDraft, emptyDraft, errorsFor, type FacilityDraft, facilityToDraft } from './facility-draft';
import { GrantsEditor } from './GrantsEditor';
import { InstrumentsEditor } from './InstrumentsEditor';
import { StaffEditor } from './StaffEditor';
import { StatementsEditor } from './StatementsEditor';

export interface FacilityFormProps {
  /** The facility being edited, or null for a new one. */
  facility: Facility | null;
  profile: Profile;
  /** Position in `profile.facilities` (its length for a new facility). */
  index: number;
  onSubmit: (facility: Facility) => void;
  onCancel: () => void;
  /** Optional look-ups (the caller injects fetch); errors are shown as their message. */
  lookupRor?: (id: string) => Promise<RorOrganization>;
  lookupRrid?: (rrid: string) => Promise<RridRecord>;
}

type TextKey =
  | 'id'
  | 'name'
  | 'institution'
  | 'ror'
  | 'rrids'
  | 'aliases'
  | 'acronyms'
  | 'formerNames'
  | 'translations'
  | 'notes';

/** Add or edit one facility, validated as you go with the profile schema. */
export function FacilityForm(props: FacilityFormProps) {
  const { facility, profile, index, onSubmit, onCancel, lookupRor, lookupRrid } = props;
  const [draft, setDraft] = useState<FacilityDraft>(() =>
    facility ? facilityToDraft(facility) : emptyDraft(),
  );
  // Errors show once a field was left or a save was tried, not while typing the first character.
  const [touched, setTouched] = useState<Set<string>>(() => new Set(facility ? ['*'] : []));
  const [lookupNote, setLookupNote] = useState('');
  const check = useMemo(() => checkDraft(draft, profile, index), [draft, profile, index]);
  const visible = touched.has('*')
    ? check.errors
    : Object.fromEntries(Object.entries(check.errors).filter(([k]) => touched.has(k.split('.')[0]!)));
  const touch = (key: string) => setTouched((t) => new Set([...t, key]));
  const set = (patch: Partial<FacilityDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const prefix = `facility-${index}`;

  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      id={`${prefix}-${key}`}
      label={label}
      value={draft[key]}
      onInput={(v) => set({ [key]: v })}
      onBlur={() => touch(key)}
      errors={errorsFor(visible, key)}
      {...extra}
    />
  );

  const submit = (e: Event) => {
    e.preventDefault();
    touch('*');
    if (check.ok) onSubmit(check.facility);
  };

  const runLookup = async (what: string, fn: () => Promise<string>) => {
    setLookupNote(`Looking up ${what}…`);
    try {
      setLookupNote(await fn());
    } catch (err) {
      setLookupNote(err instanceof Error ? err.message : String(err));
    }
  };

  const allErrors = Object.values(visible).flat();
  return (
    <form
      class="facility-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id={`${prefix}-title`}>{facility ? `Edit “${facility.name}”` : 'Add a facility'}</h2>
      {touched.has('*') && allErrors.length > 0 ? (
        <div class="error-summary" role="alert">
          <p>
            Please fix {allErrors.length === 1 ? 'this problem' : `these ${allErrors.length} problems`} before
            saving:
          </p>
          <FieldErrors errors={allErrors} />
        </div>
      ) : null}
      <Section title="Names">
        {text('name', 'Facility name', { required: true, autoFocus: !facility })}
        {text('id', 'Short ID', {
          required: true,
          hint: 'Used in reports and the command line, e.g. “abif”. Letters, digits and dashes.',
        })}
        {text('acronyms', 'Acronyms (one per line)', { multiline: true })}
        {text('aliases', 'Other names used in papers (one per line)', { multiline: true })}
        {text('formerNames', 'Former names (one per line)', { multiline: true })}
        {text('translations', 'Names in other languages (one per line, “fr: Plateforme d’imagerie”)', {
          multiline: true,
        })}
      </Section>
      <Section title="Identifiers">
        {text('institution', 'Institution')}
        {text('ror', 'Institution’s ROR ID', { hint: 'For example https://ror.org/05d78xc36' })}
        {lookupRor && draft.ror.trim() ? (
          <button
            type="button"
            onClick={() =>
              runLookup('the ROR ID', async () => {
                const org = await lookupRor(draft.ror);
                set({ institution: draft.institution.trim() ? draft.institution : org.name });
                return `ROR: ${org.name}${org.country ? ` (${org.country})` : ''}.`;
              })
            }
          >
            Look up on ROR
          </button>
        ) : null}
        {text('rrids', 'RRIDs (one per line)', { multiline: true, hint: 'For example RRID:SCR_017697' })}
        {lookupRrid && draft.rrids.trim() ? (
          <button
            type="button"
            onClick={() =>
              runLookup('the RRID', async () => {
                const rec = await lookupRrid(draft.rrids.split('\n')[0] ?? '');
                if (!draft.name.trim()) set({ name: rec.name });
                return `RRID resolver: ${rec.name}${rec.citation ? ` — cite as ${rec.citation}` : ''}.`;
              })
            }
          >
            Look up the first RRID
          </button>
        ) : null}
        <p aria-live="polite">{lookupNote}</p>
      </Section>
      <Section title="Staff">
        <StaffEditor staff={draft.staff} onChange={(staff) => set({ staff })} errors={visible} />
      </Section>
      <Section title="Grants">
        <GrantsEditor grants={draft.grants} onChange={(grants) => set({ grants })} errors={visible} />
      </Section>
      <Section title="Instruments">
        <InstrumentsEditor
          instruments={draft.instruments}
          onChange={(instruments) => set({ instruments })}
          errors={visible}
          idPrefix={prefix}
        />
      </Section>
      <Section title="Recommended acknowledgement">
        <StatementsEditor
          statements={draft.statements}
          onChange={(statements) => set({ statements })}
          errors={visible}
          idPrefix={prefix}
        />
      </Section>
      {text('notes', 'Notes', { multiline: true })}
      <FieldErrors errors={visible[''] ?? []} />
      <div class="actions">
        <button type="submit">{facility ? 'Save changes' : 'Add facility'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
