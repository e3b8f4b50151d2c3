import { describe, expect, it } from 'vitest';
import { grantsFromMeta, staffAuthorFromMeta } from '../../../lib/audit/rows';
import { emptyMeta, type MetaAuthor } from '../../../lib/sources/paper-meta';
import { abifProfile } from '../../support/audit-profile';

const abif = abifProfile().facilities[0];
const author = (
  name: string,
  given: string | null,
  family: string | null,
  orcid: string | null = null,
): MetaAuthor => ({ name, given, family, orcid });

describe('partial checks from metadata', () => {
  it.each<[string, MetaAuthor[], boolean | null]>([
    ['by ORCID, whatever the name', [author('Smith J', 'J', 'Smith', '0000-0002-1825-0097')], true],
    ['by exact name', [author('Ryan J', 'Joel', 'Ryan')], true],
    ['by a variant', [author('Brown C', 'Claire', 'Brown')], true],
    ['not by another person of the same family', [author('Ryan P', 'Paul', 'Ryan')], false],
    ['unknown without an author list', [], null],
  ])('staff co-author %s', (_n, authors, expected) => {
    if (!abif) throw new Error('no facility');
    expect(staffAuthorFromMeta(abif, { ...emptyMeta(), authors })).toBe(expected);
  });

  it.each([
    [['1S10OD026899-01'], 'cited'],
    [['S10-OD-026899'], 'cited'],
    [['R01 GM123456'], 'missing'],
  ])('grants %j → %s', (ids, status) => {
    if (!abif) throw new Error('no facility');
    const meta = { ...emptyMeta(), grants: ids.map((grantId) => ({ agency: 'NIH', grantId })) };
    expect(grantsFromMeta(abif, meta)).toEqual([{ number: 'S10 OD026899', status }]);
  });
});
