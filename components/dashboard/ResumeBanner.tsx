import type { AuditRun } from '../../lib/audit/types';
import { describeInput } from '../../lib/dashboard/resume';

export interface ResumeBannerProps {
  run: AuditRun;
  done: number;
  total: number;
  disabled: boolean;
  onResume: () => void;
  onDiscard: () => void;
}

/** Shown when the page opens on an audit that was paused or interrupted (page or browser closed). */
export function ResumeBanner({ run, done, total, disabled, onResume, onDiscard }: ResumeBannerProps) {
  return (
    <section class="panel notice" aria-labelledby="resume-title" data-testid="resume-banner">
      <h2 id="resume-title">Unfinished audit</h2>
      <p>
        Started {new Date(run.createdAt).toLocaleString()} on {describeInput(run)}: {done} of {total} papers
        done{run.input.kind === 'query' && !run.listed ? ' (the search was still being listed)' : ''}.
      </p>
      <div class="row">
        <button type="button" onClick={onResume} disabled={disabled}>
          Resume
        </button>
        <button type="button" onClick={onDiscard} disabled={disabled}>
          Don’t resume
        </button>
      </div>
    </section>
  );
}
