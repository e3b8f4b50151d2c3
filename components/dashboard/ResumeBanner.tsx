import type { AuditRun } from '../../lib/audit/types';
import { formatDate, formatNumber, t } from '../../platform/i18n';
import { describeInput } from './words';

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
      <h2 id="resume-title">{t('dashboard.resume.title')}</h2>
      <p>
        {t(
          run.input.kind === 'query' && !run.listed
            ? 'dashboard.resume.startedListing'
            : 'dashboard.resume.started',
          {
            date: formatDate(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
            what: describeInput(run),
            done: formatNumber(done),
            total: formatNumber(total),
          },
        )}
      </p>
      <div class="row">
        <button type="button" onClick={onResume} disabled={disabled}>
          {t('dashboard.resume.resume')}
        </button>
        <button type="button" onClick={onDiscard} disabled={disabled}>
          {t('dashboard.resume.discard')}
        </button>
      </div>
    </section>
  );
}
