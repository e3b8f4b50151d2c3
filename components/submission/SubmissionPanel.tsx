/**
 * The panel beside a submission form's credit fields: the facilities the author used (ticked), what each
 * still needs, and the text for it — inserted into the right field only when the author clicks, added
 * after what is there, never replacing it. On systems whose forms we do not write to, copy buttons only.
 */
import { useState } from 'preact/hooks';
import type { FixTarget, FormFinding } from '../../lib/submission/form-check';
import { t } from '../../platform/i18n';
import { CopyButton } from '../CopyButton';

export interface PanelProps {
  /** The system's name, or null on a site the user named whose forms are not a system we know. */
  system: string | null;
  writes: boolean;
  facilities: Array<{ id: string; name: string }>;
  chosen: string[];
  findings: FormFinding[] | null;
  /** The form's fields each fix can go into (labels as the form shows them). */
  targets: Partial<Record<FixTarget, string>>;
  error: string | null;
  onChoose(chosen: string[]): void;
  /** Inserts `text` into the field for `target`; resolves to false when the field refused it. */
  onInsert(target: FixTarget, text: string): Promise<boolean>;
}

const NO_FIELD: Record<FixTarget, () => string> = {
  acknowledgements: () => t('submission.noField.acknowledgements'),
  funding: () => t('submission.noField.funding'),
};

export function SubmissionPanel(props: PanelProps) {
  const { facilities, chosen, findings, targets, writes } = props;
  const [open, setOpen] = useState(true);
  // Said once the text is in: the fix itself leaves the list when the re-check finds it done.
  const [status, setStatus] = useState('');
  const insert = async (target: FixTarget, text: string) => {
    const ok = await props.onInsert(target, text);
    setStatus(ok ? t('submission.added', { field: targets[target] ?? '' }) : '');
    return ok;
  };
  const toggle = (id: string, on: boolean) =>
    props.onChoose(on ? [...chosen, id] : chosen.filter((c) => c !== id));

  return (
    <section class="cc-panel" aria-labelledby="cc-title">
      <header class="cc-head">
        <h2 id="cc-title">{t('submission.title')}</h2>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('submission.hide') : t('submission.show')}
        </button>
      </header>
      {open && (
        <div class="cc-body">
          {facilities.length === 0 ? (
            <p>{t('submission.noFacility')}</p>
          ) : (
            <fieldset>
              <legend>{t('submission.legend')}</legend>
              {facilities.map((f) => (
                <label key={f.id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(f.id)}
                    onChange={(e) => toggle(f.id, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {f.name}
                </label>
              ))}
            </fieldset>
          )}
          {props.error && (
            <p class="cc-error" role="alert">
              {props.error}
            </p>
          )}
          <p class="cc-status" role="status">
            {status}
          </p>
          <div aria-live="polite">
            {findings?.map((finding) => (
              <Finding
                key={finding.id}
                finding={finding}
                targets={targets}
                writes={writes}
                onInsert={insert}
              />
            ))}
          </div>
          {!writes && (
            <p class="cc-note">
              {props.system ? t('submission.noWrite', { system: props.system }) : t('submission.noWriteHere')}
            </p>
          )}
          <p class="cc-note">{t('submission.local')}</p>
        </div>
      )}
    </section>
  );
}

function Finding({
  finding,
  targets,
  writes,
  onInsert,
}: {
  finding: FormFinding;
  targets: PanelProps['targets'];
  writes: boolean;
  onInsert: PanelProps['onInsert'];
}) {
  return (
    <article class="cc-finding" data-facility={finding.id} data-level={finding.credit}>
      <h3>
        {finding.name}: <span class={`cc-level cc-level--${finding.credit}`}>{finding.label}</span>
      </h3>
      {finding.fixes.length === 0 ? (
        <p>{t('submission.nothing')}</p>
      ) : (
        <ul>
          {finding.fixes.map((fix) => (
            <li key={fix.kind + fix.text}>
              <p class="cc-what">{fix.what}</p>
              <blockquote>{fix.text}</blockquote>
              {fix.target === null ? null : (
                <FixActions
                  target={fix.target}
                  text={fix.text}
                  targets={targets}
                  writes={writes}
                  onInsert={onInsert}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function FixActions({
  target,
  text,
  targets,
  writes,
  onInsert,
}: {
  target: FixTarget;
  text: string;
  targets: PanelProps['targets'];
  writes: boolean;
  onInsert: PanelProps['onInsert'];
}) {
  const [state, setState] = useState<'idle' | 'inserted' | 'refused'>('idle');
  const field = targets[target];
  return (
    <div class="cc-actions">
      {writes && field && (
        <button
          type="button"
          onClick={async () => setState((await onInsert(target, text)) ? 'inserted' : 'refused')}
          disabled={state === 'inserted'}
        >
          {state === 'inserted' ? t('submission.inserted', { field }) : t('submission.insert', { field })}
        </button>
      )}
      <CopyButton text={text} />
      {!field && <span class="cc-note">{NO_FIELD[target]()}</span>}
      {state === 'refused' && (
        <span class="cc-error" role="alert">
          {t('submission.refused')}
        </span>
      )}
    </div>
  );
}
