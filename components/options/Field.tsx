import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/i18n';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  errors?: string[];
  hint?: string;
  /** Several lines (one item per line). */
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
}

/** A labelled input whose problems are announced and tied to it (aria-describedby). */
export function Field(props: FieldProps) {
  const {
    id,
    label,
    value,
    onInput,
    onBlur,
    errors = [],
    hint,
    multiline,
    required,
    autoFocus,
    placeholder,
  } = props;
  // The autofocus attribute works once per document: opening the form a second time (after adding a
  // facility) left keyboard users on <body>. Focus on mount instead.
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    ref,
    id,
    value,
    required,
    placeholder,
    'aria-invalid': errors.length > 0 ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
    onBlur,
  };
  return (
    <div class={`field${errors.length > 0 ? ' field-invalid' : ''}`}>
      <label for={id}>
        {label}
        {required ? t('options.form.required') : ''}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint ? (
        <small id={hintId} class="hint">
          {hint}
        </small>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    // The alert role goes on a wrapper: on the <ul> itself it replaces the list role, and its items are
    // then list items outside any list (axe "listitem", found with an instrument's errors shown).
    <div id={id} role="alert">
      <ul class="field-errors">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <fieldset class="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
