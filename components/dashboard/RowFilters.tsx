import type { FilterOptions, RowFilter } from '../../lib/dashboard/filter-rows';
import type { Profile } from '../../lib/profile/types';
import { t } from '../../platform/i18n';
import { creditLabel, flagLabel } from './words';

export interface RowFiltersProps {
  options: FilterOptions;
  filter: RowFilter;
  profile: Profile;
  onChange: (f: RowFilter) => void;
}

const ALL = '';

export function RowFilters({ options, filter, profile, onChange }: RowFiltersProps) {
  const name = (id: string) => profile.facilities.find((f) => f.id === id)?.name ?? id;
  const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  return (
    <fieldset class="filters">
      <legend>{t('dashboard.filters.legend')}</legend>
      <label>
        {t('dashboard.filters.facility')}{' '}
        <select
          id="filter-facility"
          value={filter.facilityId ?? ALL}
          onChange={(e) => onChange({ ...filter, facilityId: value(e) || null })}
        >
          <option value={ALL}>{t('dashboard.filters.all')}</option>
          {options.facilityIds.map((id) => (
            <option key={id} value={id}>
              {name(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.year')}{' '}
        <select
          id="filter-year"
          value={filter.year === null ? ALL : String(filter.year)}
          onChange={(e) => {
            const v = value(e);
            onChange({ ...filter, year: v === ALL ? null : v === 'none' ? 'none' : Number(v) });
          }}
        >
          <option value={ALL}>{t('dashboard.filters.all')}</option>
          {options.years.map((y) => (
            <option key={y} value={String(y)}>
              {y === 'none' ? t('dashboard.filters.noYear') : y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.credit')}{' '}
        <select
          id="filter-credit"
          value={filter.credit ?? ALL}
          onChange={(e) => onChange({ ...filter, credit: (value(e) || null) as RowFilter['credit'] })}
        >
          <option value={ALL}>{t('dashboard.filters.all')}</option>
          {options.credits.map((c) => (
            <option key={c} value={c}>
              {creditLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.filters.flag')}{' '}
        <select
          id="filter-flag"
          value={filter.flag ?? ALL}
          onChange={(e) => onChange({ ...filter, flag: (value(e) || null) as RowFilter['flag'] })}
        >
          <option value={ALL}>{t('dashboard.filters.all')}</option>
          {options.flags.map((f) => (
            <option key={f} value={f}>
              {flagLabel(f)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
