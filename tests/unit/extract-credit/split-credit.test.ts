import { describe, expect, it } from 'vitest';
import { splitCredit } from '../../../lib/article';

describe('splitCredit', () => {
  it('files CRediT roles and other contributions apart, one entry per author, nothing dropped', () => {
    expect(
      splitCredit([
        { author: 'Ana Ruiz', roles: ['Investigation'] },
        { author: 'Bo Li', roles: [], otherRoles: ['performed imaging'] },
        // A second reader (pop-ups after the contributions text) adds to the same author.
        { author: 'Ana Ruiz', roles: ['Investigation', 'Methodology'], otherRoles: ['built the rig'] },
      ]),
    ).toEqual({
      credit: [{ author: 'Ana Ruiz', roles: ['Investigation', 'Methodology'] }],
      otherContributions: [
        { author: 'Ana Ruiz', contributions: ['built the rig'] },
        { author: 'Bo Li', contributions: ['performed imaging'] },
      ],
    });
  });
});
