import { toCsv, toJson } from '../../lib/audit/export';
import type { AuditRow } from '../../lib/audit/types';

function download(text: string, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started reading the Blob by the next task; revoking later frees its memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportButtons({ rows, name }: { rows: AuditRow[]; name: string }) {
  return (
    <fieldset class="row">
      <legend>Export the rows shown in the table</legend>
      <button type="button" onClick={() => download(toCsv(rows), 'text/csv;charset=utf-8', `${name}.csv`)}>
        Export CSV
      </button>
      <button type="button" onClick={() => download(toJson(rows), 'application/json', `${name}.json`)}>
        Export JSON
      </button>
    </fieldset>
  );
}
