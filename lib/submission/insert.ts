/**
 * Adding text to a form field the way typing does, so the form's own code sees it: rich-text editors
 * (CKEditor, TinyMCE) and frameworks (Vue in OJS, ASP.NET in Editorial Manager) keep their own copy of the
 * value and update it from input events; setting `.value` behind their back leaves the submitted field
 * empty. The text is added after what the author wrote, never in its place.
 */

/** Inserts `text` at the end of `control`; true when the field now ends with it. */
export function insertAtEnd(control: HTMLElement, text: string): boolean {
  const doc = control.ownerDocument;
  if (control.matches('input, textarea')) {
    const field = control as HTMLInputElement | HTMLTextAreaElement;
    const before = field.value;
    const glue =
      before.trim() === '' ? '' : /\s$/.test(before) ? '' : field.matches('textarea') ? '\n\n' : ' ';
    field.focus();
    field.setSelectionRange(before.length, before.length);
    // The editing command is what typing does: input events, the undo stack, the framework's model.
    if (!doc.execCommand('insertText', false, glue + text) || !field.value.endsWith(text)) {
      field.setRangeText(glue + text, before.length, before.length, 'end');
      field.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: glue + text }),
      );
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return field.value.endsWith(text);
  }
  // An editable element (an editor's body, often in an iframe of its own).
  control.focus();
  const selection = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(control);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
  const written = (control.textContent ?? '').trim();
  const glue = written === '' ? '' : ' ';
  if (!doc.execCommand('insertText', false, glue + text)) {
    const last = control.lastElementChild ?? control;
    last.append(doc.createTextNode(glue + text));
    control.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertText', data: glue + text }),
    );
  }
  return (control.textContent ?? '').replace(/\s+/g, ' ').trim().endsWith(text.replace(/\s+/g, ' ').trim());
}
