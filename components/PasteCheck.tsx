import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';

/** For pages CoreCredit cannot read: paste the acknowledgements (or a draft) and check them. */
export function PasteCheck({ onCheck }: { onCheck: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      class="paste-check"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onCheck(text);
      }}
    >
      <label for="paste-text">{t('popup.pasteLabel')}</label>
      <textarea
        id="paste-text"
        rows={5}
        value={text}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      <button type="submit" disabled={!text.trim()}>
        {t('popup.checkText')}
      </button>
    </form>
  );
}
