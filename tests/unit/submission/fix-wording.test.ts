// The manuscript page and the submission panel word each fix from its facts (components/manuscript/
// fix-what.ts); in English that must say exactly what lib/statement/fixes.ts says, for every kind.
import { describe, expect, it } from 'vitest';
import { fixWhat } from '../../../components/manuscript/fix-what';
import { newInstrument } from '../../../lib/profile/defaults';
import type { Grant } from '../../../lib/profile/types';
import { fixesFor } from '../../../lib/statement/fixes';
import type { Flag } from '../../../lib/verdict/types';
import { useLocale } from '../../support/i18n';
import { verdict } from '../dashboard/rows';
import { facility, staff } from '../verdict/helpers';

const grant = (number: string, funder: string | null): Grant => ({
  number,
  funder,
  instrument: null,
  required: true,
  activeFrom: null,
  activeTo: null,
});

const lsm = {
  ...newInstrument({ id: 'lsm', name: 'Zeiss LSM 980' }),
  grants: [grant('S10 OD026899', 'NIH')],
};
const abif = facility({
  id: 'abif',
  rrids: ['RRID:SCR_017697'],
  staff: [staff('Ana Ruiz')],
  grants: [grant('P30 CA016672', 'NIH'), grant('CFI 38211', null)],
  instruments: [{ ...lsm, statement: 'The {instrument} was funded by {grants}.' }],
});
const missing = (g: Grant) => ({ number: g.number, status: 'missing' as const });

const cases: Flag[][] = [
  ['NOT_MENTIONED'],
  ['GENERIC_ONLY'],
  ['AFFILIATION_ONLY'],
  ['METHODS_ONLY'],
  ['MISSING_RRID', 'STAFF_NOT_NAMED', 'MISSING_GRANT', 'AUTHORSHIP_CANDIDATE', 'MISSING_INSTRUMENT_GRANT'],
  ['WRONG_RRID'],
];

const allFixes = cases.flatMap(
  (flags) =>
    fixesFor(
      verdict({
        flags,
        grants: abif.grants.map(missing),
        staff: [{ name: 'Ana Ruiz', status: 'acknowledged' }] as never,
        instruments: [
          { id: 'lsm', name: 'Zeiss LSM 980', used: true, evidence: [], grants: lsm.grants.map(missing) },
        ] as never,
      }),
      abif,
    ).fixes,
);

describe('fix wording', () => {
  it('covers every kind of fix', () => {
    expect(new Set(allFixes.map((f) => f.kind))).toEqual(
      new Set(['acknowledgement', 'rrid', 'staff', 'grant', 'instrument', 'authorship']),
    );
  });
  it.each(allFixes.map((f) => [f.what, f]))('English: %s', (what, fix) => {
    expect(fixWhat(fix)).toBe(what);
  });
  it('speaks the UI language, with the grant and instrument in it', async () => {
    await useLocale('de');
    const owed = allFixes.find((f) => f.kind === 'grant' && f.instrument);
    expect(owed && fixWhat(owed)).toBe(
      'Artikel, die das Gerät Zeiss LSM 980 genutzt haben, müssen das Förderkennzeichen S10 OD026899 (NIH) zitieren.',
    );
  });
});
