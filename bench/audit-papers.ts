/**
 * The papers of the audit benchmark: 60% open access naming the facility, 10% open access not naming it,
 * 30% without full text (grants from Europe PMC's grantsList and from Crossref).
 */
import { type FakePaper, makePaper } from '../tests/support/fake-papers';

export function benchPapers(n: number): FakePaper[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const slot = i % 10;
    if (slot < 6) return makePaper(i, { year: 2022 + (i % 3) });
    if (slot === 6) return makePaper(i, { unnamed: true, year: 2022 + (i % 3) });
    return makePaper(i, {
      openAccess: false,
      grantsList: [{ grantId: 'S10 OD026899', agency: 'NIH HHS' }],
      crossrefAwards: ['S10 OD026899'],
    });
  });
}
