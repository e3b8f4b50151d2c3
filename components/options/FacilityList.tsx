import { useState } from 'preact/hooks';
import { type Facility, PROFILE_VERSION } from '../../lib/profile/types';

interface FacilityListProps {
  facilities: Facility[];
  onEdit: (index: number) => void;
  onDelete: (index: number) => void;
  onAdd: () => void;
}

/**
 * One facility as a profile file of its own, for the facility's website: authors import it on the
 * manuscript page (from the file or its link) to check their drafts.
 */
function facilityFileHref(f: Facility): string {
  const profile = { version: PROFILE_VERSION, facilities: [f] };
  return `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(profile, null, 2))}`;
}

/** The facilities with edit and delete; delete asks for a second click instead of a modal dialog. */
export function FacilityList({ facilities, onEdit, onDelete, onAdd }: FacilityListProps) {
  const [confirming, setConfirming] = useState<number | null>(null);
  return (
    <section class="facility-list" aria-labelledby="facility-list-title">
      <h2 id="facility-list-title">Your facilities</h2>
      {facilities.length === 0 ? (
        <p>No facility yet. Add one, import a profile file, or start from the example.</p>
      ) : null}
      <ul>
        {facilities.map((f, i) => (
          <li key={f.id}>
            <span class="facility-name">{f.name}</span>{' '}
            <span class="facility-meta">
              {[
                f.acronyms[0],
                f.rrids[0] ? `RRID:${f.rrids[0]}` : 'no RRID',
                `${f.staff.length} staff`,
                f.instruments.length > 0
                  ? `${f.instruments.length} instrument${f.instruments.length === 1 ? '' : 's'}`
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>{' '}
            <button type="button" onClick={() => onEdit(i)}>
              Edit <span class="visually-hidden">{f.name}</span>
            </button>{' '}
            <a href={facilityFileHref(f)} download={`${f.id}-corecredit-profile.json`}>
              Export for your website <span class="visually-hidden">({f.name})</span>
            </a>{' '}
            {confirming === i ? (
              <>
                <button
                  type="button"
                  onClick={() => {
                    setConfirming(null);
                    onDelete(i);
                  }}
                >
                  Yes, delete {f.name}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(i)}>
                Delete <span class="visually-hidden">{f.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onAdd}>
        Add a facility
      </button>
    </section>
  );
}
