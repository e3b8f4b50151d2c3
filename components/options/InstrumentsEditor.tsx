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

const TEXT: Array<[TextKey, string, string | null]> = [
  ['name', 'Instrument name', null],
  ['id', 'Short ID', 'Left empty, it is made from the name.'],
  ['rrid', 'RRID of the instrument', null],
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
      <p class="hint">
        List an instrument when its funder (an NIH S10, a Wellcome or DFG instrument grant) requires its grant
        in every paper that used it. A paper is asked for the grant only when it names the instrument together
        with the facility.
      </p>
      {instruments.length === 0 ? <p>No instruments listed yet.</p> : null}
      {instruments.map((inst, k) => {
        const id = `${idPrefix}-instrument-${k}`;
        const who = inst.name.trim() || `instrument ${k + 1}`;
        const invalid = (key: string) =>
          errorsFor(errors, `instruments.${k}.${key}`).length > 0 ? ('true' as const) : undefined;
        return (
          <fieldset class="instrument" key={k}>
            <legend>{`Instrument ${k + 1}${inst.name.trim() ? `: ${inst.name.trim()}` : ''}`}</legend>
            <div class="row">
              {TEXT.map(([key, label, hint]) => (
                <div class="field" key={key}>
                  <label for={`${id}-${key}`}>{label}</label>
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
                      {hint}
                    </small>
                  ) : null}
                </div>
              ))}
            </div>
            <div class="field">
              <label for={`${id}-aliases`}>How papers write it (one per line)</label>
              <textarea
                id={`${id}-aliases`}
                rows={3}
                value={inst.aliases}
                aria-invalid={invalid('aliases')}
                aria-describedby={`${id}-aliases-hint`}
                onInput={(e) => update(k, { aliases: e.currentTarget.value })}
              />
              <small id={`${id}-aliases-hint`} class="hint">
                The model as papers name it: “LSM 980”, “Zeiss LSM980 Airyscan”, “CSU-W1 spinning disk”.
                Spacing, hyphens and the maker’s name do not matter; a number alone is not enough.
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
                Only this facility has this model
              </label>
              <small id={`${id}-unique-hint`} class="hint">
                Then a paper that names the model counts as having used it, even without naming the facility.
              </small>
            </div>
            <div class="field">
              <label for={`${id}-statement`}>Acknowledgement for this instrument (optional)</label>
              <textarea
                id={`${id}-statement`}
                rows={2}
                value={inst.statement}
                aria-describedby={`${id}-statement-hint`}
                onInput={(e) => update(k, { statement: e.currentTarget.value })}
              />
              <small id={`${id}-statement-hint`} class="hint">
                Placeholders: {'{instrument}'}, {'{facility}'}, {'{grants}'}, {'{rrid}'}.
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
              Remove {who}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...instruments, emptyInstrument()])}>
        Add an instrument
      </button>
    </div>
  );
}
