import { useMemo, useState } from 'preact/hooks';
import type { Facility, Profile } from '../../lib/profile/types';
import type { RorOrganization } from '../../lib/sources/ror';
import type { RridRecord } from '../../lib/sources/rrid';
import { formatNumber, t } from '../../platform/i18n';
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

  const runLookup = async (pending: string, fn: () => Promise<string>) => {
    setLookupNote(pending);
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
      <h2 id={`${prefix}-title`}>
        {facility ? t('options.form.edit', { name: facility.name }) : t('options.form.add')}
      </h2>
      {touched.has('*') && allErrors.length > 0 ? (
        <div class="error-summary" role="alert">
          <p>{t('options.form.fix', allErrors.length, { count: formatNumber(allErrors.length) })}</p>
          <FieldErrors errors={allErrors} />
        </div>
      ) : null}
      <Section title={t('options.form.names')}>
        {text('name', t('options.form.name'), { required: true, autoFocus: !facility })}
        {text('id', t('options.form.id'), { required: true, hint: t('options.form.idHint') })}
        {text('acronyms', t('options.form.acronyms'), { multiline: true })}
        {text('aliases', t('options.form.aliases'), { multiline: true })}
        {text('formerNames', t('options.form.formerNames'), { multiline: true })}
        {text('translations', t('options.form.translations'), { multiline: true })}
      </Section>
      <Section title={t('options.form.identifiers')}>
        {text('institution', t('options.form.institution'))}
        {text('ror', t('options.form.ror'), { hint: t('options.form.rorHint') })}
        {lookupRor && draft.ror.trim() ? (
          <button
            type="button"
            onClick={() =>
              runLookup(t('options.form.lookingUpRor'), async () => {
                const org = await lookupRor(draft.ror);
                set({ institution: draft.institution.trim() ? draft.institution : org.name });
                return org.country
                  ? t('options.form.rorFoundIn', { name: org.name, country: org.country })
                  : t('options.form.rorFound', { name: org.name });
              })
            }
          >
            {t('options.form.lookupRor')}
          </button>
        ) : null}
        {text('rrids', t('options.form.rrids'), { multiline: true, hint: t('options.form.rridHint') })}
        {lookupRrid && draft.rrids.trim() ? (
          <button
            type="button"
            onClick={() =>
              runLookup(t('options.form.lookingUpRrid'), async () => {
                const rec = await lookupRrid(draft.rrids.split('\n')[0] ?? '');
                if (!draft.name.trim()) set({ name: rec.name });
                return rec.citation
                  ? t('options.form.rridFoundCite', { name: rec.name, citation: rec.citation })
                  : t('options.form.rridFound', { name: rec.name });
              })
            }
          >
            {t('options.form.lookupRrid')}
          </button>
        ) : null}
        <p aria-live="polite">{lookupNote}</p>
      </Section>
      <Section title={t('options.form.staff')}>
        <StaffEditor staff={draft.staff} onChange={(staff) => set({ staff })} errors={visible} />
      </Section>
      <Section title={t('options.form.grants')}>
        <GrantsEditor grants={draft.grants} onChange={(grants) => set({ grants })} errors={visible} />
      </Section>
      <Section title={t('options.form.instruments')}>
        <InstrumentsEditor
          instruments={draft.instruments}
          onChange={(instruments) => set({ instruments })}
          errors={visible}
          idPrefix={prefix}
        />
      </Section>
      <Section title={t('options.form.statements')}>
        <StatementsEditor
          statements={draft.statements}
          onChange={(statements) => set({ statements })}
          errors={visible}
          idPrefix={prefix}
        />
      </Section>
      {text('notes', t('options.form.notes'), { multiline: true })}
      <FieldErrors errors={visible[''] ?? []} />
      <div class="actions">
        <button type="submit">{facility ? t('options.form.save') : t('options.form.create')}</button>
        <button type="button" onClick={onCancel}>
          {t('options.form.cancel')}
        </button>
      </div>
    </form>
  );
}
