import { FieldErrors } from './Field';
import { errorsFor } from './facility-draft';

interface StatementsEditorProps {
  statements: Array<{ lang: string; text: string }>;
  onChange: (statements: Array<{ lang: string; text: string }>) => void;
  errors: Record<string, string[]>;
  idPrefix: string;
}

export function StatementsEditor({ statements, onChange, errors, idPrefix }: StatementsEditorProps) {
  const update = (i: number, patch: Partial<{ lang: string; text: string }>) =>
    onChange(statements.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <div class="statements-editor">
      <p class="hint">
        Placeholders: {'{facility}'}, {'{institution}'}, {'{rrid}'}, {'{grants}'}, {'{staff}'}.
      </p>
      {statements.map((s, i) => (
        <fieldset class="row" key={i}>
          <legend>{`Statement ${i + 1}`}</legend>
          <label>
            Language
            <input
              type="text"
              size={6}
              value={s.lang}
              onInput={(e) => update(i, { lang: e.currentTarget.value })}
            />
          </label>
          <label for={`${idPrefix}-statement-${i}`}>Text</label>
          <textarea
            id={`${idPrefix}-statement-${i}`}
            rows={3}
            value={s.text}
            onInput={(e) => update(i, { text: e.currentTarget.value })}
          />
          <button type="button" onClick={() => onChange(statements.filter((_, j) => j !== i))}>
            Remove statement {i + 1}
          </button>
          <FieldErrors errors={errorsFor(errors, `statements.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...statements, { lang: '', text: '' }])}>
        Add a statement in another language
      </button>
    </div>
  );
}
