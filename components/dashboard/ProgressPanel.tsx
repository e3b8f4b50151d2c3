import type { AuditProgress } from '../../lib/audit/types';
import { formatNumber, t } from '../../platform/i18n';
import { formatDuration } from './words';

export interface ProgressPanelProps {
  progress: AuditProgress;
  running: boolean;
  onPause: () => void;
  onCancel: () => void;
}

export function ProgressPanel({ progress, running, onPause, onCancel }: ProgressPanelProps) {
  const { done, total, failed, partial, etaMs } = progress;
  const finished = total > 0 && done + failed >= total;
  return (
    <section class="panel progress" aria-labelledby="progress-title">
      <h2 id="progress-title">
        {running
          ? t('dashboard.progress.running')
          : finished
            ? t('dashboard.progress.finished')
            : t('dashboard.progress.stopped')}
      </h2>
      <progress
        id="audit-progress"
        max={Math.max(total, 1)}
        value={done + failed}
        aria-label={t('dashboard.progress.processed', {
          done: formatNumber(done + failed),
          total: formatNumber(total),
        })}
      />
      <p aria-live="polite" data-testid="progress-text">
        {t('dashboard.progress.done', { done: formatNumber(done), total: formatNumber(total) })}
        {partial > 0 && t('dashboard.progress.partial', { count: formatNumber(partial) })}
        {failed > 0 && t('dashboard.progress.failed', { count: formatNumber(failed) })}
        {running && t('dashboard.progress.timeLeft', { time: formatDuration(etaMs) })}
      </p>
      {running && (
        <div class="row">
          <button type="button" onClick={onPause}>
            {t('dashboard.progress.pause')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('dashboard.progress.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
