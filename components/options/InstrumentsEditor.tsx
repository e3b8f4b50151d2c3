import { formatNumber, t } from '../../platform/i18n';
import { FieldErrors } from './Field';
import { emptyInstrument, emptyInstrumentGrant, errorsFor, type InstrumentDraft } from './facility-draft';
import { GrantsEditor } from './GrantsEditor';

interface InstrumentsEditorProps {
  instruments: InstrumentDraft[];
  onChange: (instruments: InstrumentDraft[]) => void;
  /** Keyed by path inside the facility ("instruments.0.aliases.1"). */
  errors: Record<string, string[]>;
  idPrefix: string;
}

type TextKey = 'name' | 'id' | 'rrid';

const TEXT: Array<[TextKey, () => string, (() => string) | null]> = [
  ['name', () => t('options.instruments.name'), null],
  ['id', () => t('options.instruments.id'), () => t('options.instruments.idHint')],
  ['rrid', () => t('options.instruments.rrid'), null],
];

/**
 * The facility's shared instruments, each with the grants that bought it: those grants are
 * asked of a paper only when it used the instrument. Edited like the staff and grants.
 */
export function InstrumentsEditor({ instruments, onChange, errors, idPrefix }: InstrumentsEditorProps) {
  const update = (k: number, patch: Partial<InstrumentDraft>) =>
    onChange(instruments.map((inst, j) => (j === k ? { ...inst, ...patch } : inst)));
  return (
    <div class="instruments-editor">
      <p class="hint">{t('options.instruments.hint')}</p>
      {instruments.length === 0 ? <p>{t('options.instruments.empty')}</p> : null}
      {instruments.map((inst, k) => {
        const id = `${idPrefix}-instrument-${k}`;
        const who = inst.name.trim() || t('options.instruments.nth', { position: formatNumber(k + 1) });
        const invalid = (key: string) =>
          errorsFor(errors, `instruments.${k}.${key}`).length > 0 ? ('true' as const) : undefined;
        return (
          <fieldset class="instrument" key={k}>
            <legend>
              {inst.name.trim()
                ? t('options.instruments.legendNamed', {
                    position: formatNumber(k + 1),
                    name: inst.name.trim(),
                  })
                : t('options.instruments.legend', { position: formatNumber(k + 1) })}
            </legend>
            <div class="row">
              {TEXT.map(([key, label, hint]) => (
                <div class="field" key={key}>
                  <label for={`${id}-${key}`}>{label()}</label>
                  <input
                    id={`${id}-${key}`}
                    type="text"
                    value={inst[key]}
                    aria-invalid={invalid(key)}
                    aria-describedby={hint ? `${id}-${key}-hint` : undefined}
                    onInput={(e) => update(k, { [key]: e.currentTarget.value })}
                  />
                  {hint ? (
                    <small id={`${id}-${key}-hint`} class="hint">
                      {hint()}
                    </small>
                  ) : null}
                </div>
              ))}
            </div>
            <div class="field">
              <label for={`${id}-aliases`}>{t('options.instruments.aliases')}</label>
              <textarea
                id={`${id}-aliases`}
                rows={3}
                value={inst.aliases}
                aria-invalid={invalid('aliases')}
                aria-describedby={`${id}-aliases-hint`}
                onInput={(e) => update(k, { aliases: e.currentTarget.value })}
              />
              <small id={`${id}-aliases-hint`} class="hint">
                {t('options.instruments.aliasesHint')}
              </small>
            </div>
            <div class="field">
              <label>
                <input
                  type="checkbox"
                  checked={inst.uniqueToFacility}
                  aria-describedby={`${id}-unique-hint`}
                  onChange={(e) => update(k, { uniqueToFacility: e.currentTarget.checked })}
                />
                {t('options.instruments.unique')}
              </label>
              <small id={`${id}-unique-hint`} class="hint">
                {t('options.instruments.uniqueHint')}
              </small>
            </div>
            <div class="field">
              <label for={`${id}-statement`}>{t('options.instruments.statement')}</label>
              <textarea
                id={`${id}-statement`}
                rows={2}
                value={inst.statement}
                aria-describedby={`${id}-statement-hint`}
                onInput={(e) => update(k, { statement: e.currentTarget.value })}
              />
              <small id={`${id}-statement-hint`} class="hint">
                {t('options.instruments.placeholders', {
                  list: '{instrument}, {facility}, {grants}, {rrid}',
                })}
              </small>
            </div>
            <GrantsEditor
              grants={inst.grants}
              onChange={(grants) => update(k, { grants })}
              errors={errors}
              path={`instruments.${k}.grants`}
              owner={who}
              newGrant={emptyInstrumentGrant}
            />
            <FieldErrors
              errors={Object.entries(errors)
                .filter(
                  ([key]) =>
                    key === `instruments.${k}` ||
                    (key.startsWith(`instruments.${k}.`) && !key.startsWith(`instruments.${k}.grants.`)),
                )
                .flatMap(([, v]) => v)}
            />
            <button type="button" onClick={() => onChange(instruments.filter((_, j) => j !== k))}>
              {t('options.instruments.remove', { name: who })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...instruments, emptyInstrument()])}>
        {t('options.instruments.add')}
      </button>
    </div>
  );
}
