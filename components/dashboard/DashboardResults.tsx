import { useMemo, useState } from 'preact/hooks';
import type { AuditRow, AuditRun } from '../../lib/audit/types';
import { filterOptions, filterRows, NO_FILTER, type RowFilter } from '../../lib/dashboard/filter-rows';
import type { Profile } from '../../lib/profile/types';
import { formatNumber, t } from '../../platform/i18n';
import { ExportButtons } from './ExportButtons';
import { RateCharts } from './RateCharts';
import { ResultsTable } from './ResultsTable';
import { RowFilters } from './RowFilters';
import { runStatus } from './words';

export interface DashboardResultsProps {
  rows: AuditRow[];
  profile: Profile;
  run: AuditRun;
  running: boolean;
  onRecheck: () => void;
}

/** The results of one run: charts, filters, export of the shown rows, and the table. */
export function DashboardResults({ rows, profile, run, running, onRecheck }: DashboardResultsProps) {
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  return (
    <section class="results-panel" aria-labelledby="results-title">
      <div class="row row--spread">
        <h2 id="results-title">
          {run.input.kind === 'reading'
            ? t('dashboard.results.readingTitle', rows.length, { count: formatNumber(rows.length) })
            : t('dashboard.results.runTitle', { run: run.id, status: runStatus(run.status) })}
        </h2>
        <button type="button" onClick={onRecheck} disabled={running}>
          {t('dashboard.results.recheck')}
        </button>
      </div>
      <RateCharts rows={rows} profile={profile} runId={run.id} />
      <RowFilters options={options} filter={filter} profile={profile} onChange={setFilter} />
      <ExportButtons rows={shown} name={`corecredit-${run.id}`} profile={profile} />
      <ResultsTable rows={shown} profile={profile} />
    </section>
  );
}
