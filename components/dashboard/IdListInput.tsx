import { useMemo, useState } from 'preact/hooks';
import { type PaperId, parseIdList } from '../../lib/audit/ids';

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
      <h2>Check a list of papers</h2>
      <label for="id-list-text">DOIs, PMIDs or PMCIDs (one per line, or a CSV with a DOI/PMID column)</label>
      <textarea
        id="id-list-text"
        rows={6}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <label for="id-list-file">…or upload a text or CSV file</label>
      <input id="id-list-file" type="file" accept=".txt,.csv,.tsv,text/plain,text/csv" onChange={upload} />
      <p class="id-list__counts" aria-live="polite" data-testid="id-counts">
        <span data-valid={parsed.ids.length}>{parsed.ids.length} valid</span>,{' '}
        <span data-invalid={parsed.invalid.length}>{parsed.invalid.length} invalid</span>,{' '}
        <span data-duplicates={parsed.duplicates}>{parsed.duplicates} duplicates</span>
      </p>
      {parsed.invalid.length > 0 && (
        <details>
          <summary>Not recognised ({parsed.invalid.length})</summary>
          <ul class="id-list__invalid">
            {parsed.invalid.slice(0, 50).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="submit" disabled={disabled || parsed.ids.length === 0}>
        Start checking {parsed.ids.length} papers
      </button>
    </form>
  );
}
