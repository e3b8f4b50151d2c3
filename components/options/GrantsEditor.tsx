import { formatNumber, t } from '../../platform/i18n';
import { FieldErrors } from './Field';
import { emptyGrant, errorsFor, type GrantDraft } from './facility-draft';

interface GrantsEditorProps {
  grants: GrantDraft[];
  onChange: (grants: GrantDraft[]) => void;
  errors: Record<string, string[]>;
  /** Where the grants are in the facility, for their errors: "grants", "instruments.0.grants". */
  path?: string;
  /** Whose grants they are, when the page has several lists ("Zeiss LSM 980"): names the buttons. */
  owner?: string;
  /** A new row (an instrument's grant starts as one papers must cite). */
  newGrant?: () => GrantDraft;
}

type TextKey = Exclude<keyof GrantDraft, 'required'>;

const TEXT_COLUMNS: Array<[TextKey, () => string]> = [
  ['number', () => t('options.grants.number')],
  ['funder', () => t('options.grants.funder')],
  ['instrument', () => t('options.grants.instrument')],
  ['activeFrom', () => t('options.grants.from')],
  ['activeTo', () => t('options.grants.until')],
];

export function GrantsEditor(props: GrantsEditorProps) {
  const { grants, onChange, errors, path = 'grants', owner, newGrant = emptyGrant } = props;
  const update = (i: number, patch: Partial<GrantDraft>) =>
    onChange(grants.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  // An instrument's grant is that instrument's: its own "Instrument" column would say it twice.
  const columns = owner ? TEXT_COLUMNS.filter(([key]) => key !== 'instrument') : TEXT_COLUMNS;
  return (
    <div class="grants-editor">
      {grants.length === 0 ? <p>{t('options.grants.empty')}</p> : null}
      {grants.map((g, i) => (
        <fieldset class="row" key={i}>
          <legend>{t('options.grants.grant', { position: formatNumber(i + 1) })}</legend>
          {columns.map(([key, label]) => (
            <label key={key}>
              {label()}
              <input
                type="text"
                value={g[key]}
                aria-invalid={errorsFor(errors, `${path}.${i}.${key}`).length > 0 ? 'true' : undefined}
                onInput={(e) => update(i, { [key]: e.currentTarget.value })}
              />
            </label>
          ))}
          <label>
            <input
              type="checkbox"
              checked={g.required}
              onChange={(e) => update(i, { required: e.currentTarget.checked })}
            />
            {owner ? t('options.grants.mustCiteUsed') : t('options.grants.mustCite')}
          </label>
          <button type="button" onClick={() => onChange(grants.filter((_, j) => j !== i))}>
            {owner
              ? t('options.grants.removeOf', { grant: g.number || formatNumber(i + 1), owner })
              : t('options.grants.remove', { grant: g.number || formatNumber(i + 1) })}
          </button>
          <FieldErrors errors={errorsFor(errors, `${path}.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...grants, newGrant()])}>
        {owner ? t('options.grants.addTo', { owner }) : t('options.grants.add')}
      </button>
    </div>
  );
}
