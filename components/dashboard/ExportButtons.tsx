import { instrumentRatesCsv, toCsv, toJson } from '../../lib/audit/export';
import { instrumentMetrics } from '../../lib/audit/instrument-metrics';
import type { AuditRow } from '../../lib/audit/types';
import type { Profile } from '../../lib/profile/types';
import { t } from '../../platform/i18n';

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

interface ExportButtonsProps {
  rows: AuditRow[];
  name: string;
  /** With instruments in it, their rates per year can be exported too. */
  profile?: Profile;
}

export function ExportButtons({ rows, name, profile }: ExportButtonsProps) {
  const instruments = profile?.facilities.some((f) => f.instruments.length > 0) ?? false;
  return (
    <fieldset class="row">
      <legend>{t('dashboard.export.legend')}</legend>
      <button type="button" onClick={() => download(toCsv(rows), 'text/csv;charset=utf-8', `${name}.csv`)}>
        {t('dashboard.export.csv')}
      </button>
      <button type="button" onClick={() => download(toJson(rows), 'application/json', `${name}.json`)}>
        {t('dashboard.export.json')}
      </button>
      {instruments && profile && (
        <button
          type="button"
          onClick={() =>
            download(
              instrumentRatesCsv(instrumentMetrics(rows, profile)),
              'text/csv;charset=utf-8',
              `${name}-instruments.csv`,
            )
          }
        >
          {t('dashboard.export.instruments')}
        </button>
      )}
    </fieldset>
  );
}
