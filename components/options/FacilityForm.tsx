import { useMemo, useState } from 'preact/hooks';
import {
  applyProposal,
  type LookupProposal,
  type ProposedValue,
  proposeFromRor,
  proposeFromRrid,
  rorLooksLikeFacility,
} from '../../lib/profile/lookup-proposal';
import type { Facility, Profile } from '../../lib/profile/types';
import type { RorOrganization } from '../../lib/sources/ror';
import type { RridRecord } from '../../lib/sources/rrid';
import { formatNumber, t } from '../../platform/i18n';
import { Field, FieldErrors, Section } from './Field';
import {
  checkDraft,
  draftNames,
  emptyDraft,
  errorsFor,
  type FacilityDraft,
  facilityToDraft,
  withNames,
} from './facility-draft';
import { GrantsEditor } from './GrantsEditor';
import { InstrumentsEditor } from './InstrumentsEditor';
import { type LookupMode, LookupPreview } from './LookupPreview';
import { lookupErrorText } from './lookup-error-text';
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

/** A look-up's answer waiting in the preview; a ROR record can be read as the institution or the facility. */
type Pending = { kind: 'ror'; org: RorOrganization; asFacility: boolean } | { kind: 'rrid'; rec: RridRecord };

/** Add or edit one facility, validated as you go with the profile schema. */
export function FacilityForm(props: FacilityFormProps) {
  const { facility, profile, index, onSubmit, onCancel, lookupRor, lookupRrid } = props;
  const [draft, setDraft] = useState<FacilityDraft>(() =>
    facility ? facilityToDraft(facility) : emptyDraft(),
  );
  // Errors show once a field was left or a save was tried, not while typing the first character.
  const [touched, setTouched] = useState<Set<string>>(() => new Set(facility ? ['*'] : []));
  const [lookupNote, setLookupNote] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
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

  const runLookup = async (looking: string, service: string, fn: () => Promise<Pending>) => {
    setLookupNote(looking);
    setPending(null);
    try {
      setPending(await fn());
      setLookupNote(t('options.form.lookupDone'));
    } catch (err) {
      setLookupNote(lookupErrorText(err, service));
    }
  };

  const accept = (values: ProposedValue[]) => {
    setDraft((d) => withNames(d, applyProposal(draftNames(d), values)));
    setPending(null);
    setLookupNote(t('options.form.lookupAdded', values.length, { count: formatNumber(values.length) }));
  };

  const preview = (): { title: string; proposal: LookupProposal; modes?: LookupMode[] } | null => {
    if (!pending) return null;
    const names = draftNames(draft);
    if (pending.kind === 'rrid') {
      return {
        title: t('options.form.rridTitle', { name: pending.rec.name, rrid: pending.rec.rrid }),
        proposal: proposeFromRrid(pending.rec, names),
      };
    }
    const { org, asFacility } = pending;
    const mode = (label: string, value: boolean): LookupMode => ({
      label,
      selected: asFacility === value,
      onSelect: () => setPending({ kind: 'ror', org, asFacility: value }),
    });
    return {
      title: org.country
        ? t('options.form.rorTitleIn', { name: org.name, country: org.country })
        : t('options.form.rorTitle', { name: org.name }),
      proposal: proposeFromRor(org, names, asFacility),
      modes: [mode(t('options.form.asInstitution'), false), mode(t('options.form.asFacility'), true)],
    };
  };
  const shown = preview();

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
              runLookup(t('options.form.lookingUpRor'), t('options.rorService'), async () => {
                const org = await lookupRor(draft.ror);
                return { kind: 'ror', org, asFacility: rorLooksLikeFacility(org, draftNames(draft)) };
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
              runLookup(t('options.form.lookingUpRrid'), t('options.rridService'), async () => ({
                kind: 'rrid',
                rec: await lookupRrid(draft.rrids.trim().split('\n')[0] ?? ''),
              }))
            }
          >
            {t('options.form.lookupRrid')}
          </button>
        ) : null}
        <p aria-live="polite" class="lookup-status">
          {lookupNote}
        </p>
        {shown ? (
          <LookupPreview
            key={pending?.kind}
            title={shown.title}
            proposal={shown.proposal}
            modes={shown.modes}
            idPrefix={`${prefix}-lookup`}
            onAccept={accept}
            onCancel={() => {
              setPending(null);
              setLookupNote(t('options.form.lookupCancelled'));
            }}
          />
        ) : null}
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
