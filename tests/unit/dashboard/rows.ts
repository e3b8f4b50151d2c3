/** Small AuditRow and Verdict builders for the dashboard's unit tests. */
import type { AuditRow } from '../../../lib/audit/types';
import type { InstrumentVerdict, Verdict } from '../../../lib/verdict/types';

export function verdict(over: Partial<Verdict> = {}): Verdict {
  return {
    id: 'abif',
    name: 'Advanced BioImaging Facility',
    credit: 'named',
    where: ['acknowledgements'],
    rrid: 'absent',
    staff: [],
    grants: [],
    instruments: [],
    flags: [],
    evidence: [],
    suggestion: null,
    ...over,
  };
}

export function row(over: Partial<AuditRow> = {}): AuditRow {
  return {
    paperKey: 'pmid:1',
    doi: '10.1/x',
    pmcid: 'PMC1',
    pmid: '1',
    title: 'A paper',
    journal: 'J',
    year: 2023,
    facilityId: 'abif',
    status: 'checked',
    verdict: verdict(),
    partial: false,
    reason: null,
    grants: [],
    staffAuthor: false,
    ...over,
  };
}

/** A full-text row whose verdict says whether the LSM 980 (see lsm980()) was used and its S10 cited. */
export function instrumentPaper(n: number, year: number, used: boolean, cited: boolean): AuditRow {
  const instruments: InstrumentVerdict[] = [
    {
      id: 'lsm980',
      name: 'Zeiss LSM 980',
      used,
      evidence: [],
      grants: [{ number: 'S10 OD026899', status: cited ? 'cited' : 'missing' }],
      suggestion: null,
    },
    { id: 'elyra', name: 'Zeiss Elyra 7', used: false, evidence: [], grants: [], suggestion: null },
  ];
  return row({ paperKey: `pmid:${n}`, year, verdict: verdict({ instruments }) });
}
