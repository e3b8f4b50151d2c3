import { useState } from 'preact/hooks';
import { parseStaffList } from '../../lib/profile/staff-list';
import { formatNumber, t } from '../../platform/i18n';
import { FieldErrors } from './Field';
import { emptyStaff, errorsFor, type StaffDraft } from './facility-draft';

interface StaffEditorProps {
  staff: StaffDraft[];
  onChange: (staff: StaffDraft[]) => void;
  /** Keyed by path inside the facility ("staff.1.orcid"). */
  errors: Record<string, string[]>;
}

const COLUMNS: Array<[keyof StaffDraft, () => string]> = [
  ['name', () => t('options.staff.name')],
  ['variants', () => t('options.staff.variants')],
  ['orcid', () => t('options.staff.orcid')],
  ['role', () => t('options.staff.role')],
  ['start', () => t('options.staff.start')],
  ['end', () => t('options.staff.end')],
];

/** Staff as an editable table, plus a paste box for a list or CSV from a spreadsheet. */
export function StaffEditor({ staff, onChange, errors }: StaffEditorProps) {
  const [paste, setPaste] = useState('');
  const [pasteNote, setPasteNote] = useState('');
  const update = (i: number, key: keyof StaffDraft, value: string) =>
    onChange(staff.map((s, j) => (j === i ? { ...s, [key]: value } : s)));
  const addPasted = () => {
    const parsed = parseStaffList(paste);
    const known = new Set(staff.map((s) => s.name.trim().toLowerCase()));
    const fresh = parsed.filter((p) => !known.has(p.name.toLowerCase()));
    onChange([
      ...staff,
      ...fresh.map((p) => ({
        name: p.name,
        variants: p.variants.join('; '),
        orcid: p.orcid ?? '',
        role: p.role ?? '',
        start: p.start ?? '',
        end: p.end ?? '',
      })),
    ]);
    const already = parsed.length - fresh.length;
    setPasteNote(
      already > 0
        ? t('options.staff.addedKnown', fresh.length, {
            count: formatNumber(fresh.length),
            known: formatNumber(already),
          })
        : t('options.staff.added', fresh.length, { count: formatNumber(fresh.length) }),
    );
    setPaste('');
  };
  return (
    <div class="staff-editor">
      {staff.length === 0 ? <p>{t('options.staff.empty')}</p> : null}
      {staff.map((s, i) => (
        <fieldset class="row" key={i}>
          <legend>{t('options.staff.member', { position: formatNumber(i + 1) })}</legend>
          {COLUMNS.map(([key, label]) => (
            <label key={key}>
              {label()}
              <input
                type="text"
                value={s[key]}
                aria-invalid={errorsFor(errors, `staff.${i}.${key}`).length > 0 ? 'true' : undefined}
                onInput={(e) => update(i, key, e.currentTarget.value)}
              />
            </label>
          ))}
          <button type="button" onClick={() => onChange(staff.filter((_, j) => j !== i))}>
            {s.name
              ? t('options.staff.remove', { name: s.name })
              : t('options.staff.removeNth', { position: formatNumber(i + 1) })}
          </button>
          <FieldErrors errors={errorsFor(errors, `staff.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...staff, emptyStaff()])}>
        {t('options.staff.add')}
      </button>
      <div class="field">
        <label for="staff-paste">{t('options.staff.paste')}</label>
        <textarea id="staff-paste" rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
        <button type="button" onClick={addPasted} disabled={!paste.trim()}>
          {t('options.staff.addPasted')}
        </button>
        <p aria-live="polite">{pasteNote}</p>
      </div>
    </div>
  );
}
