import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, instrumentRatesCsv, toCsv } from '../../../lib/audit/export';
import { metrics } from '../../../lib/audit/metrics';
import { newInstrument } from '../../../lib/profile/defaults';
import { instrumentPaper, row } from '../dashboard/rows';
import { facility, lsm980, profile } from '../verdict/helpers';

const abif = facility({
  instruments: [lsm980({ activeFrom: '2020' }), newInstrument({ id: 'elyra', name: 'Zeiss Elyra 7' })],
});
const p = profile(abif);

const paper = instrumentPaper;

describe('instrument metrics per instrument and year', () => {
  const rows = [
    paper(1, 2021, true, true),
    paper(2, 2021, true, false),
    paper(3, 2021, false, false),
    paper(4, 2022, true, true),
    // The S10 dates from 2020: a 2019 paper that used the microscope owed no grant.
    paper(5, 2019, true, false),
    row({ paperKey: 'pmid:6', year: 2022, status: 'partial', verdict: null }),
  ];
  const m = metrics(rows, p).instruments;

  it.each([
    [2019, { count: 1, of: 1 }, { count: 0, of: 0 }],
    [2021, { count: 2, of: 3 }, { count: 1, of: 2 }],
    [2022, { count: 1, of: 1 }, { count: 1, of: 1 }],
    [null, { count: 4, of: 5 }, { count: 2, of: 3 }],
  ])('LSM 980 in %s: used %j, grants cited %j', (year, used, cited) => {
    const list = year === null ? m.allYears : m.byYear;
    const x = list.find((i) => i.instrumentId === 'lsm980' && i.year === year);
    expect(x?.used).toMatchObject(used);
    expect(x?.grantsCited).toMatchObject(cited);
  });

  it('an instrument without required grants has no grant rate; facilities without instruments none at all', () => {
    expect(m.allYears.find((i) => i.instrumentId === 'elyra')).toMatchObject({
      used: { count: 0, of: 5, rate: 0 },
      grantsCited: null,
    });
    expect(metrics(rows, profile(facility())).instruments).toEqual({ byYear: [], allYears: [] });
  });

  it('exports the rates, and the rows name the instruments used and their grants', () => {
    const csv = instrumentRatesCsv(m).split('\r\n');
    expect(csv[0]).toBe(
      'facility,instrument,instrument_name,year,papers_checked,papers_used,used_rate,papers_owing_grants,papers_citing_grants,grants_cited_rate',
    );
    expect(csv).toContain('abif,lsm980,Zeiss LSM 980,2021,3,2,0.667,2,1,0.5');
    expect(csv).toContain('abif,lsm980,Zeiss LSM 980,all,5,4,0.8,3,2,0.667');
    const cells = toCsv([paper(2, 2021, true, false)])
      .split('\r\n')[1]!
      .split(',');
    const at = (c: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(c)];
    expect([at('instruments_used'), at('instrument_grants_cited'), at('instrument_grants_missing')]).toEqual([
      'lsm980',
      '',
      'lsm980: S10 OD026899',
    ]);
  });
});
