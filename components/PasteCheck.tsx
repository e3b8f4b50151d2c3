import { useState } from 'preact/hooks';

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
      <label for="paste-text">Or paste acknowledgements, funding and contributions to check them:</label>
      <textarea
        id="paste-text"
        rows={5}
        value={text}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      <button type="submit" disabled={!text.trim()}>
        Check this text
      </button>
    </form>
  );
}
