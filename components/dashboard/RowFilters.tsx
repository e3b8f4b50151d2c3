import type { FilterOptions, RowFilter } from '../../lib/dashboard/filter-rows';
import type { Profile } from '../../lib/profile/types';

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
      <legend>Filter the table</legend>
      <label>
        Facility{' '}
        <select
          id="filter-facility"
          value={filter.facilityId ?? ALL}
          onChange={(e) => onChange({ ...filter, facilityId: value(e) || null })}
        >
          <option value={ALL}>All</option>
          {options.facilityIds.map((id) => (
            <option key={id} value={id}>
              {name(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Year{' '}
        <select
          id="filter-year"
          value={filter.year === null ? ALL : String(filter.year)}
          onChange={(e) => {
            const v = value(e);
            onChange({ ...filter, year: v === ALL ? null : v === 'none' ? 'none' : Number(v) });
          }}
        >
          <option value={ALL}>All</option>
          {options.years.map((y) => (
            <option key={y} value={String(y)}>
              {y === 'none' ? 'No year' : y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Credit{' '}
        <select
          id="filter-credit"
          value={filter.credit ?? ALL}
          onChange={(e) => onChange({ ...filter, credit: (value(e) || null) as RowFilter['credit'] })}
        >
          <option value={ALL}>All</option>
          {options.credits.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Flag{' '}
        <select
          id="filter-flag"
          value={filter.flag ?? ALL}
          onChange={(e) => onChange({ ...filter, flag: (value(e) || null) as RowFilter['flag'] })}
        >
          <option value={ALL}>All</option>
          {options.flags.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
