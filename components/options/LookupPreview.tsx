import { useState } from 'preact/hooks';
import {
  type LookupProposal,
  type ProposalField,
  type ProposedValue,
  preselected,
} from '../../lib/profile/lookup-proposal';
import { t } from '../../platform/i18n';

const FIELD_ORDER: ProposalField[] = [
  'name',
  'institution',
  'ror',
  'rrids',
  'acronyms',
  'aliases',
  'translations',
  'statement',
];

export interface LookupMode {
  label: string;
  selected: boolean;
  onSelect: () => void;
}

export interface LookupPreviewProps {
  /** "From ROR: Northbridge Imaging Centre (Germany)". */
  title: string;
  proposal: LookupProposal;
  /** Ways to read the record (a ROR record as the institution or as the facility), shown as radios. */
  modes?: LookupMode[];
  idPrefix: string;
  onAccept: (accepted: ProposedValue[]) => void;
  onCancel: () => void;
}

const keyOf = (v: ProposedValue) => `${v.field}|${v.lang ?? ''}|${v.value}`;

/**
 * A look-up's values, field by field, each with a checkbox: new values ticked, values that would replace
 * what the user typed unticked, values the facility already has shown as such. Accepting hands the
 * ticked ones to the form; nothing is written before.
 */
export function LookupPreview({ title, proposal, modes, idPrefix, onAccept, onCancel }: LookupPreviewProps) {
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const isTicked = (v: ProposedValue) => ticked[keyOf(v)] ?? preselected(v);
  const fresh = proposal.values.filter((v) => !v.present);
  const groups = FIELD_ORDER.map((field) => ({
    field,
    values: proposal.values.filter((v) => v.field === field),
  })).filter((g) => g.values.length > 0);

  return (
    // A region of its own inside the facility form: Escape closes the preview, not the whole form.
    <section
      class="lookup-preview"
      aria-labelledby={`${idPrefix}-title`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <h3 id={`${idPrefix}-title`}>{title}</h3>
      {modes && modes.length > 1 ? (
        <fieldset class="lookup-modes">
          {modes.map((m, i) => (
            <label key={m.label}>
              <input
                type="radio"
                name={`${idPrefix}-mode`}
                id={`${idPrefix}-mode-${i}`}
                checked={m.selected}
                onChange={m.onSelect}
              />{' '}
              {m.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p>{fresh.length > 0 ? t('options.form.preview.intro') : t('options.form.preview.nothingNew')}</p>
      {groups.map((g) => (
        <fieldset key={g.field} class="lookup-field">
          <legend>{t(`options.form.preview.fields.${g.field}`)}</legend>
          <ul>
            {g.values.map((v) => {
              const key = keyOf(v);
              return (
                <li key={key} class={v.present ? 'lookup-present' : undefined}>
                  <label>
                    <input
                      type="checkbox"
                      checked={v.present || isTicked(v)}
                      disabled={v.present}
                      onChange={(e) => setTicked((was) => ({ ...was, [key]: e.currentTarget.checked }))}
                    />{' '}
                    {v.lang ? <span class="lookup-lang">{v.lang}: </span> : null}
                    <span class="lookup-value">{v.value}</span>
                    {v.present ? (
                      <span class="lookup-note"> ({t('options.form.preview.present')})</span>
                    ) : null}
                    {v.replaces ? (
                      <span class="lookup-note">
                        {' '}
                        ({t('options.form.preview.replaces', { old: v.replaces })})
                      </span>
                    ) : null}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          disabled={!fresh.some(isTicked)}
          onClick={() => onAccept(fresh.filter(isTicked))}
        >
          {t('options.form.preview.accept')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options.form.preview.cancel')}
        </button>
      </div>
    </section>
  );
}
