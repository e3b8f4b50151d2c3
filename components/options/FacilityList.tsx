import { useState } from 'preact/hooks';
import { type Facility, PROFILE_VERSION } from '../../lib/profile/types';
import { formatNumber, t } from '../../platform/i18n';

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
      <h2 id="facility-list-title">{t('options.list.title')}</h2>
      {facilities.length === 0 ? <p>{t('options.list.empty')}</p> : null}
      <ul>
        {facilities.map((f, i) => (
          <li key={f.id}>
            <span class="facility-name">{f.name}</span>{' '}
            <span class="facility-meta">
              {[
                f.acronyms[0],
                f.rrids[0] ? `RRID:${f.rrids[0]}` : t('options.list.noRrid'),
                t('options.list.staff', f.staff.length, { count: formatNumber(f.staff.length) }),
                f.instruments.length > 0
                  ? t('options.list.instruments', f.instruments.length, {
                      count: formatNumber(f.instruments.length),
                    })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>{' '}
            <button type="button" onClick={() => onEdit(i)}>
              {t('options.list.edit')} <span class="visually-hidden">{f.name}</span>
            </button>{' '}
            <a href={facilityFileHref(f)} download={`${f.id}-corecredit-profile.json`}>
              {t('options.list.export')} <span class="visually-hidden">({f.name})</span>
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
                  {t('options.list.confirmDelete', { name: f.name })}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('options.list.keep')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(i)}>
                {t('options.list.delete')} <span class="visually-hidden">{f.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onAdd}>
        {t('options.list.add')}
      </button>
    </section>
  );
}
