import { FieldErrors } from './Field';
import { emptyGrant, errorsFor, type GrantDraft } from './facility-draft';

interface GrantsEditorProps {
  grants: GrantDraft[];
  onChange: (grants: GrantDraft[]) => void;
  errors: Record<string, string[]>;
}

const TEXT_COLUMNS: Array<[Exclude<keyof GrantDraft, 'required'>, string]> = [
  ['number', 'Grant number'],
  ['funder', 'Funder'],
  ['instrument', 'Instrument'],
  ['activeFrom', 'From'],
  ['activeTo', 'Until'],
];

export function GrantsEditor({ grants, onChange, errors }: GrantsEditorProps) {
  const update = (i: number, patch: Partial<GrantDraft>) =>
    onChange(grants.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <div class="grants-editor">
      {grants.length === 0 ? <p>No grants listed yet.</p> : null}
      {grants.map((g, i) => (
        <fieldset class="row" key={i}>
          <legend>{`Grant ${i + 1}`}</legend>
          {TEXT_COLUMNS.map(([key, label]) => (
            <label key={key}>
              {label}
              <input
                type="text"
                value={g[key]}
                aria-invalid={errorsFor(errors, `grants.${i}.${key}`).length > 0 ? 'true' : undefined}
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
            Papers must cite it (e.g. NIH S10, P30)
          </label>
          <button type="button" onClick={() => onChange(grants.filter((_, j) => j !== i))}>
            Remove grant {g.number || i + 1}
          </button>
          <FieldErrors errors={errorsFor(errors, `grants.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...grants, emptyGrant()])}>
        Add a grant
      </button>
    </div>
  );
}
