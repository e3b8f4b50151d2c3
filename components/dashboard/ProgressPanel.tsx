import type { AuditProgress } from '../../lib/audit/types';
import { formatDuration } from '../../lib/dashboard/format';

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
        {running ? 'Checking papers…' : finished ? 'Audit finished' : 'Audit stopped'}
      </h2>
      <progress
        id="audit-progress"
        max={Math.max(total, 1)}
        value={done + failed}
        aria-label={`${done + failed} of ${total} papers processed`}
      />
      <p aria-live="polite" data-testid="progress-text">
        {done} of {total} done
        {partial > 0 && `, ${partial} partial (no full text)`}
        {failed > 0 && `, ${failed} failed`}
        {running && ` — time left: ${formatDuration(etaMs)}`}
      </p>
      {running && (
        <div class="row">
          <button type="button" onClick={onPause}>
            Pause
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
