import { formatNumber, t } from '../../platform/i18n';
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
        {t('options.statements.placeholders', {
          list: '{facility}, {institution}, {rrid}, {grants}, {staff}',
        })}
      </p>
      {statements.map((s, i) => (
        <fieldset class="row" key={i}>
          <legend>{t('options.statements.legend', { position: formatNumber(i + 1) })}</legend>
          <label>
            {t('options.statements.language')}
            <input
              type="text"
              size={6}
              value={s.lang}
              onInput={(e) => update(i, { lang: e.currentTarget.value })}
            />
          </label>
          <label for={`${idPrefix}-statement-${i}`}>{t('options.statements.text')}</label>
          <textarea
            id={`${idPrefix}-statement-${i}`}
            rows={3}
            value={s.text}
            onInput={(e) => update(i, { text: e.currentTarget.value })}
          />
          <button type="button" onClick={() => onChange(statements.filter((_, j) => j !== i))}>
            {t('options.statements.remove', { position: formatNumber(i + 1) })}
          </button>
          <FieldErrors errors={errorsFor(errors, `statements.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...statements, { lang: '', text: '' }])}>
        {t('options.statements.add')}
      </button>
    </div>
  );
}
