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

/** The form's look-up strings, in one place (for the translation of the options page). */
const LOOKUP_TEXT = {
  rorButton: 'Look up on ROR',
  rridButton: 'Look up the first RRID',
  looking: (what: string) => `Looking up ${what}…`,
  rorWhat: 'the ROR ID',
  rridWhat: 'the RRID',
  rorTitle: (org: RorOrganization) => `From ROR: ${org.name}${org.country ? ` (${org.country})` : ''}`,
  rridTitle: (rec: RridRecord) => `From the RRID resolver: ${rec.name} (RRID:${rec.rrid})`,
  asInstitution: 'This is the facility’s institution',
  asFacility: 'This is the facility itself',
  found: 'Look-up done: choose what to add below.',
  added: (n: number) => (n === 1 ? 'Added 1 value from the look-up.' : `Added ${n} values from the look-up.`),
  cancelled: 'Nothing was added from the look-up.',
};

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

  const runLookup = async (what: string, fn: () => Promise<Pending>) => {
    setLookupNote(LOOKUP_TEXT.looking(what));
    setPending(null);
    try {
      setPending(await fn());
      setLookupNote(LOOKUP_TEXT.found);
    } catch (err) {
      setLookupNote(err instanceof Error ? err.message : String(err));
    }
  };

  const accept = (values: ProposedValue[]) => {
    setDraft((d) => withNames(d, applyProposal(draftNames(d), values)));
    setPending(null);
    setLookupNote(LOOKUP_TEXT.added(values.length));
  };

  const preview = (): { title: string; proposal: LookupProposal; modes?: LookupMode[] } | null => {
    if (!pending) return null;
    const names = draftNames(draft);
    if (pending.kind === 'rrid') {
      return { title: LOOKUP_TEXT.rridTitle(pending.rec), proposal: proposeFromRrid(pending.rec, names) };
    }
    const { org, asFacility } = pending;
    const mode = (label: string, value: boolean): LookupMode => ({
      label,
      selected: asFacility === value,
      onSelect: () => setPending({ kind: 'ror', org, asFacility: value }),
    });
    return {
      title: LOOKUP_TEXT.rorTitle(org),
      proposal: proposeFromRor(org, names, asFacility),
      modes: [mode(LOOKUP_TEXT.asInstitution, false), mode(LOOKUP_TEXT.asFacility, true)],
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
              runLookup(LOOKUP_TEXT.rorWhat, async () => {
                const org = await lookupRor(draft.ror);
                return { kind: 'ror', org, asFacility: rorLooksLikeFacility(org, draftNames(draft)) };
              })
            }
          >
            {LOOKUP_TEXT.rorButton}
          </button>
        ) : null}
        {text('rrids', 'RRIDs (one per line)', { multiline: true, hint: 'For example RRID:SCR_017697' })}
        {lookupRrid && draft.rrids.trim() ? (
          <button
            type="button"
            onClick={() =>
              runLookup(LOOKUP_TEXT.rridWhat, async () => ({
                kind: 'rrid',
                rec: await lookupRrid(draft.rrids.trim().split('\n')[0] ?? ''),
              }))
            }
          >
            {LOOKUP_TEXT.rridButton}
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
              setLookupNote(LOOKUP_TEXT.cancelled);
            }}
          />
        ) : null}
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
