import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';

/** Copies `text` to the clipboard and says so (to screen readers too). */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <button type="button" onClick={copy} aria-live="polite">
      {state === 'copied'
        ? t('common.copied')
        : state === 'failed'
          ? t('common.copyFailed')
          : (label ?? t('common.copy'))}
    </button>
  );
}
