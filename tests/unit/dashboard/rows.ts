/** Small AuditRow and Verdict builders for the dashboard's unit tests. */
import type { AuditRow } from '../../../lib/audit/types';
import type { Verdict } from '../../../lib/verdict/types';

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
