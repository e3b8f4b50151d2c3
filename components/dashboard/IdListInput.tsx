import { useMemo, useState } from 'preact/hooks';
import { type PaperId, parseIdList } from '../../lib/audit/ids';
import { formatNumber, t } from '../../platform/i18n';

export interface IdListInputProps {
  disabled: boolean;
  onStart: (ids: PaperId[]) => void;
}

/** A pasted or uploaded list of DOIs/PMIDs/PMCIDs, counted as the user types, before anything runs. */
export function IdListInput({ disabled, onStart }: IdListInputProps) {
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseIdList(text), [text]);

  const upload = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) setText(await file.text());
  };

  return (
    <form
      class="panel id-list"
      onSubmit={(e) => {
        e.preventDefault();
        if (parsed.ids.length > 0) onStart(parsed.ids);
      }}
    >
      <h2>{t('dashboard.ids.title')}</h2>
      <label for="id-list-text">{t('dashboard.ids.label')}</label>
      <textarea
        id="id-list-text"
        rows={6}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for="id-list-file">{t('dashboard.ids.upload')}</label>
      <input id="id-list-file" type="file" accept=".txt,.csv,.tsv,text/plain,text/csv" onChange={upload} />
      <p class="id-list__counts" aria-live="polite" data-testid="id-counts">
        <span data-valid={parsed.ids.length}>
          {t('dashboard.ids.valid', { count: formatNumber(parsed.ids.length) })}
        </span>
        {', '}
        <span data-invalid={parsed.invalid.length}>
          {t('dashboard.ids.invalid', { count: formatNumber(parsed.invalid.length) })}
        </span>
        {', '}
        <span data-duplicates={parsed.duplicates}>
          {t('dashboard.ids.duplicates', { count: formatNumber(parsed.duplicates) })}
        </span>
      </p>
      {parsed.invalid.length > 0 && (
        <details>
          <summary>{t('dashboard.ids.unrecognised', { count: formatNumber(parsed.invalid.length) })}</summary>
          <ul class="id-list__invalid">
            {parsed.invalid.slice(0, 50).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="submit" disabled={disabled || parsed.ids.length === 0}>
        {t('dashboard.ids.start', parsed.ids.length, { count: formatNumber(parsed.ids.length) })}
      </button>
    </form>
  );
}
