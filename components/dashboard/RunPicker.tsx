import type { AuditRun } from '../../lib/audit/types';
import { formatDate, t } from '../../platform/i18n';
import { describeInput } from './words';

interface Props {
  runs: AuditRun[];
  current: string | null;
  disabled: boolean;
  onPick: (runId: string) => void;
}

/** Which stored audit the results below show: any earlier run, or the papers checked while reading. */
export function RunPicker({ runs, current, disabled, onPick }: Props) {
  if (runs.length < 2) return null;
  return (
    <p class="row">
      <label>
        {t('dashboard.runs.show')}{' '}
        <select
          value={current ?? ''}
          disabled={disabled}
          onChange={(e) => onPick((e.target as HTMLSelectElement).value)}
        >
          {runs.map((r) => (
            <option key={r.id} value={r.id}>
              {r.input.kind === 'reading'
                ? t('dashboard.runs.reading')
                : `${formatDate(r.createdAt, { dateStyle: 'short', timeStyle: 'short' })}: ${describeInput(r)}`}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
