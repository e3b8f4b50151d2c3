import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

/** The file types the manuscript check reads (by extension; the reader decides by content). */
const DRAFT_ACCEPT = '.docx,.pdf,.tex,.zip,.txt,.md,.markdown,text/plain,application/pdf';

interface Props {
  /** A file chosen or dropped. */
  onFile: (file: File) => void;
  /** Text pasted by the author. */
  onText: (text: string) => void;
  busy: boolean;
}

/** Drop a draft, choose it, or paste its text: all three feed the same check. */
export function DraftInput({ onFile, onText, busy }: Props) {
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  return (
    <section class="draft-input" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('manuscript.draft.title')}</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the file input inside is the keyboard's way to the same thing. */}
      <div
        class={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer?.files[0];
          if (file) onFile(file);
        }}
      >
        <label for="draft-file">{t('manuscript.draft.file')}</label>
        <input
          id="draft-file"
          type="file"
          accept={DRAFT_ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            // Choosing the same file again (after editing it) must read it again.
            input.value = '';
          }}
        />
        <p class="hint">{t('manuscript.draft.local')}</p>
      </div>
      <div class="field">
        <label for="draft-paste">{t('manuscript.draft.paste')}</label>
        <textarea
          id="draft-paste"
          rows={6}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="button" disabled={busy || !pasted.trim()} onClick={() => onText(pasted)}>
          {t('manuscript.draft.check')}
        </button>
      </div>
    </section>
  );
}
