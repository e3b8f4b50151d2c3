import { useState } from 'preact/hooks';
import { parseStaffList } from '../../lib/profile/staff-list';
import { FieldErrors } from './Field';
import { emptyStaff, errorsFor, type StaffDraft } from './facility-draft';

interface StaffEditorProps {
  staff: StaffDraft[];
  onChange: (staff: StaffDraft[]) => void;
  /** Keyed by path inside the facility ("staff.1.orcid"). */
  errors: Record<string, string[]>;
}

const COLUMNS: Array<[keyof StaffDraft, string]> = [
  ['name', 'Name'],
  ['variants', 'Other spellings (separated by ;)'],
  ['orcid', 'ORCID iD'],
  ['role', 'Role'],
  ['start', 'Since'],
  ['end', 'Until'],
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
    setPasteNote(
      `Added ${fresh.length} staff member${fresh.length === 1 ? '' : 's'}` +
        (parsed.length > fresh.length ? ` (${parsed.length - fresh.length} already listed).` : '.'),
    );
    setPaste('');
  };
  return (
    <div class="staff-editor">
      {staff.length === 0 ? <p>No staff listed yet.</p> : null}
      {staff.map((s, i) => (
        <fieldset class="row" key={i}>
          <legend>{`Staff member ${i + 1}`}</legend>
          {COLUMNS.map(([key, label]) => (
            <label key={key}>
              {label}
              <input
                type="text"
                value={s[key]}
                aria-invalid={errorsFor(errors, `staff.${i}.${key}`).length > 0 ? 'true' : undefined}
                onInput={(e) => update(i, key, e.currentTarget.value)}
              />
            </label>
          ))}
          <button type="button" onClick={() => onChange(staff.filter((_, j) => j !== i))}>
            Remove {s.name || `staff member ${i + 1}`}
          </button>
          <FieldErrors errors={errorsFor(errors, `staff.${i}`)} />
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...staff, emptyStaff()])}>
        Add a staff member
      </button>
      <div class="field">
        <label for="staff-paste">
          Paste staff (one name per line, or CSV with a header: name,orcid,variants,role)
        </label>
        <textarea id="staff-paste" rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
        <button type="button" onClick={addPasted} disabled={!paste.trim()}>
          Add pasted staff
        </button>
        <p aria-live="polite">{pasteNote}</p>
      </div>
    </div>
  );
}
