import type { InstrumentYearMetrics } from '../../lib/audit/instrument-metrics';
import type { Facility } from '../../lib/profile/types';
import { t } from '../../platform/i18n';
import { formatRate, yearLabel } from './words';

export interface InstrumentRatesProps {
  facility: Facility;
  byYear: InstrumentYearMetrics[];
  allYears: InstrumentYearMetrics[];
}

/**
 * Per instrument and year: the papers that used it (of those read in full text) and, of those, the ones
 * citing its required grants — what a facility reports to an instrument's funder.
 */
export function InstrumentRates({ facility, byYear, allYears }: InstrumentRatesProps) {
  if (facility.instruments.length === 0) return null;
  const mine = (list: InstrumentYearMetrics[], id: string) =>
    list.filter((m) => m.facilityId === facility.id && m.instrumentId === id);
  return (
    <table class="instrument-rates" data-facility={facility.id}>
      <caption>{t('dashboard.instruments.caption', { facility: facility.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.instruments.instrument')}</th>
          <th scope="col">{t('dashboard.instruments.year')}</th>
          <th scope="col">{t('dashboard.instruments.used')}</th>
          <th scope="col">{t('dashboard.instruments.cited')}</th>
        </tr>
      </thead>
      <tbody>
        {facility.instruments.flatMap((inst) =>
          [...mine(byYear, inst.id), ...mine(allYears, inst.id).map((m) => ({ ...m, all: true }))].map(
            (m) => {
              const year = 'all' in m ? t('dashboard.instruments.allYears') : yearLabel(m.year);
              return (
                <tr key={`${inst.id}|${year}`} data-instrument={inst.id}>
                  <th scope="row">{inst.name}</th>
                  <td>{year}</td>
                  <td>{formatRate(m.used)}</td>
                  <td>
                    {m.grantsCited ? formatRate(m.grantsCited) : t('dashboard.instruments.noRequiredGrant')}
                  </td>
                </tr>
              );
            },
          ),
        )}
      </tbody>
    </table>
  );
}
