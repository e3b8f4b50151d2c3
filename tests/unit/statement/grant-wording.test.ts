import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../lib/profile/types';
import { grantWording } from '../../../lib/statement/grant-wording';

function grant(number: string, funder: string | null, extra: Partial<Grant> = {}): Grant {
  return { number, funder, instrument: null, required: true, activeFrom: null, activeTo: null, ...extra };
}

const NIH_END =
  'The content is solely the responsibility of the authors and does not necessarily represent the official views of the National Institutes of Health.';

describe('NIH awards: the institute from the IC code, the number in NIH’s form, the disclaimer', () => {
  it.each([
    ['S10 OD026899', 'NIH', 'the Office of the Director of the National Institutes of Health', 'S10OD026899'],
    [
      'P30 CA16672',
      'NIH',
      'the National Cancer Institute of the National Institutes of Health',
      'P30CA016672',
    ],
    [
      '1R01GM123456-01A1',
      'National Institutes of Health',
      'the National Institute of General Medical Sciences of the National Institutes of Health',
      'R01GM123456',
    ],
    [
      'R01 MH-112345',
      null,
      'the National Institute of Mental Health of the National Institutes of Health',
      'R01MH112345',
    ],
    [
      'U54 NS098765',
      'NINDS',
      'the National Institute of Neurological Disorders and Stroke of the National Institutes of Health',
      'U54NS098765',
    ],
    [
      'R01HL140123',
      'NIH/NHLBI',
      'the National Heart, Lung, and Blood Institute of the National Institutes of Health',
      'R01HL140123',
    ],
    [
      'P30 AI117970',
      'NIH',
      'the National Institute of Allergy and Infectious Diseases of the National Institutes of Health',
      'P30AI117970',
    ],
    [
      'P30 DK020595',
      'NIH',
      'the National Institute of Diabetes and Digestive and Kidney Diseases of the National Institutes of Health',
      'P30DK020595',
    ],
    [
      'S10 RR025067',
      'NIH',
      'the National Center for Research Resources of the National Institutes of Health',
      'S10RR025067',
    ],
    ['R01 ZZ000001', 'NIH', 'the National Institutes of Health', 'R01ZZ000001'],
    ['HHSN261200800001E', 'NIH', 'the National Institutes of Health', 'HHSN261200800001E'],
  ])('%s (%s)', (number, funder, by, written) => {
    const w = grantWording(grant(number, funder));
    expect(w.source).toBe('nih');
    expect(w.text).toBe(
      `Research reported in this publication was supported by ${by} under award number ${written}. ${NIH_END}`,
    );
  });
});

describe('other funders', () => {
  it.each([
    [
      grant('DBI-1919832', 'NSF'),
      'nsf',
      'This material is based upon work supported by the National Science Foundation under Grant No. DBI-1919832. Any opinions, findings, and conclusions or recommendations expressed in this material are those of the author(s) and do not necessarily reflect the views of the National Science Foundation.',
    ],
    [
      grant('203151/Z/16/Z', 'Wellcome Trust'),
      'wellcome',
      'This work was supported by the Wellcome Trust [grant number 203151/Z/16/Z].',
    ],
    [
      grant('866411', 'European Research Council'),
      'erc',
      'This project has received funding from the European Research Council (ERC) under the European Union’s Horizon 2020 research and innovation programme (grant agreement No 866411).',
    ],
    [
      grant('101040123', 'ERC'),
      'erc',
      'This project has received funding from the European Research Council (ERC) under the European Union’s Horizon Europe research and innovation programme (grant agreement No 101040123).',
    ],
    [
      grant('101017116', 'ERC', { instrument: 'Horizon Europe' }),
      'erc',
      'This project has received funding from the European Research Council (ERC) under the European Union’s Horizon Europe research and innovation programme (grant agreement No 101017116).',
    ],
    [
      grant('812345', 'European Union', { instrument: 'Marie Skłodowska-Curie ITN' }),
      'eu',
      'This project has received funding from the European Union’s Horizon 2020 research and innovation programme under the Marie Skłodowska-Curie grant agreement No 812345.',
    ],
    [
      grant('CFI 38211', 'Canada Foundation for Innovation'),
      'generic',
      'This work was supported by Canada Foundation for Innovation (CFI 38211).',
    ],
    // An NIH-shaped number from a named funder that is not NIH stays that funder's.
    [
      grant('R01AB123456', 'Swiss National Science Foundation'),
      'generic',
      'This work was supported by Swiss National Science Foundation (R01AB123456).',
    ],
    [grant('NNF20OC0061234', null), 'generic', 'This work was supported by grant NNF20OC0061234.'],
  ])('%j', (g, source, text) => {
    expect(grantWording(g)).toEqual({ number: g.number, funder: g.funder, source, text });
  });
});
