import type { InstrumentYearMetrics } from '../../lib/audit/instrument-metrics';
import { formatRate } from '../../lib/dashboard/format';
import type { Facility } from '../../lib/profile/types';

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
      <caption>{facility.name}: instruments used, and their grants cited, by year</caption>
      <thead>
        <tr>
          <th scope="col">Instrument</th>
          <th scope="col">Year</th>
          <th scope="col">Papers that used it (of those read in full)</th>
          <th scope="col">Of those, citing its required grants</th>
        </tr>
      </thead>
      <tbody>
        {facility.instruments.flatMap((inst) =>
          [...mine(byYear, inst.id), ...mine(allYears, inst.id).map((m) => ({ ...m, all: true }))].map(
            (m) => {
              const year = 'all' in m ? 'All years' : m.year === null ? 'no year' : String(m.year);
              return (
                <tr key={`${inst.id}|${year}`} data-instrument={inst.id}>
                  <th scope="row">{inst.name}</th>
                  <td>{year}</td>
                  <td>{formatRate(m.used)}</td>
                  <td>{m.grantsCited ? formatRate(m.grantsCited) : 'no required grant'}</td>
                </tr>
              );
            },
          ),
        )}
      </tbody>
    </table>
  );
}
