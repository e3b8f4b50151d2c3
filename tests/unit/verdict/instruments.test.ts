import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../lib/article';
import { newInstrument } from '../../../lib/profile/defaults';
import { check } from '../../../lib/verdict/check';
import type { Verdict } from '../../../lib/verdict/types';
import { article, facility, grant, profile } from './helpers';

const abif = facility({
  instruments: [
    newInstrument({
      id: 'lsm980',
      name: 'Zeiss LSM 980',
      aliases: ['LSM 980 Airyscan 2'],
      grants: [grant('S10 OD026899')],
    }),
    newInstrument({
      id: 'lls7',
      name: 'Zeiss Lattice Lightsheet 7',
      aliases: ['LLS7'],
      grants: [grant('S10 OD032193')],
      uniqueToFacility: true,
    }),
    newInstrument({ id: 'krios', name: 'Titan Krios', grants: [grant('S10 OD030281')] }),
  ],
});
const flow = facility({ id: 'flow', name: 'Flow Cytometry Core', aliases: ['Flow Core'], rrids: [] });

function verdictOf(a: ArticleRecord): Verdict {
  const v = check(a, profile(abif, flow))[0];
  if (!v) throw new Error('no verdict');
  return v;
}

/** Methods mentions with their paragraph numbers. */
function inParagraphs(...mentions: Array<[string, number]>): ArticleRecord {
  const a = article();
  a.methodsMentions = mentions.map(([text, paragraph]) => ({ heading: 'Methods', text, paragraph }));
  return a;
}

type Used = Record<string, 'cited' | 'missing' | 'unused'>;

function usedOf(v: Verdict): Used {
  const out: Used = {};
  for (const i of v.instruments) {
    if (i.used) out[i.id] = i.grants.every((g) => g.status === 'cited') ? 'cited' : 'missing';
  }
  return out;
}

describe('which instruments a paper used', () => {
  it.each<[string, ArticleRecord, Used]>([
    [
      'named with the facility in one sentence',
      article({ methods: ['Images were acquired on a Zeiss LSM980 at the ABIF.'] }),
      { lsm980: 'missing' },
    ],
    [
      'without the maker, spaced differently',
      article({ methods: ['Images were acquired on an LSM-980 (Zeiss) in the ABIF.'] }),
      { lsm980: 'missing' },
    ],
    [
      'and its grant cited in the funding',
      article({
        methods: ['Images were acquired on an LSM 980 at the ABIF.'],
        funding: 'NIH grant 1S10OD026899-01.',
      }),
      { lsm980: 'cited' },
    ],
    [
      'in the acknowledgements with its grant',
      article({ ack: 'We thank the ABIF for the LSM 980 Airyscan 2, funded by S10 OD026899.' }),
      { lsm980: 'cited' },
    ],
    [
      'the model alone, facility thanked elsewhere',
      article({ methods: ['Images were acquired on an LSM 980 (Zeiss).'], ack: 'We thank the ABIF.' }),
      {},
    ],
    [
      'the same methods paragraph',
      inParagraphs(['Imaging was done at the ABIF.', 2], ['We used an LSM 980.', 2]),
      { lsm980: 'missing' },
    ],
    [
      'another methods paragraph',
      inParagraphs(['Imaging was done at the ABIF.', 1], ['We used an LSM 980.', 2]),
      {},
    ],
    ['a bare model number', article({ methods: ['Images were acquired on a 980 at the ABIF.'] }), {}],
    ['a longer model number', article({ methods: ['Images were acquired on an LSM 9800 at the ABIF.'] }), {}],
    ['another model', article({ methods: ['Images were acquired on an LSM 880 at the ABIF.'] }), {}],
    [
      'with another facility',
      article({ methods: ['Images were acquired on an LSM 980 at the Flow Core.'] }),
      {},
    ],
    [
      'a model only this facility has, alone',
      article({ methods: ['Cells were imaged on the Lattice Lightsheet 7.'] }),
      { lls7: 'missing' },
    ],
    [
      'beside its own grant, facility not named',
      article({ methods: ['Grids were imaged on the Titan Krios bought with NIH grant S10OD030281.'] }),
      { krios: 'cited' },
    ],
    [
      'its grant cited but the instrument not named',
      article({ ack: 'We thank the ABIF. NIH S10OD030281.' }),
      {},
    ],
  ])('%s', (_what, a, expected) => {
    expect(usedOf(verdictOf(a))).toEqual(expected);
  });
});

describe('MISSING_INSTRUMENT_GRANT', () => {
  it('flags a used instrument’s missing grant and suggests it in NIH’s wording', () => {
    const v = verdictOf(
      article({
        methods: ['Images were acquired on a Zeiss LSM 980 at the ABIF (RRID:SCR_017697).'],
        ack: 'We thank the ABIF (RRID:SCR_017697).',
      }),
    );
    expect(v.credit).toBe('named-with-pid');
    expect(v.flags).toEqual(['MISSING_INSTRUMENT_GRANT']);
    expect(v.instruments.find((i) => i.id === 'lsm980')).toEqual({
      id: 'lsm980',
      name: 'Zeiss LSM 980',
      used: true,
      evidence: [{ section: 'methods', index: 0, text: 'Zeiss LSM 980', start: 26, end: 39 }],
      grants: [{ number: 'S10 OD026899', status: 'missing' }],
      suggestion: v.suggestion,
    });
    // The facility is fully credited: only the instrument's grant is suggested, not the acknowledgement.
    expect(v.suggestion).toBe(
      'Research reported in this publication was supported by the Office of the Director of the National Institutes of Health under award number S10OD026899. The content is solely the responsibility of the authors and does not necessarily represent the official views of the National Institutes of Health.',
    );
  });

  it('never asks for the grant of an instrument the paper did not use', () => {
    const v = verdictOf(article({ ack: 'We thank the ABIF (RRID:SCR_017697).' }));
    expect(v.flags).toEqual([]);
    expect(v.suggestion).toBeNull();
    expect(v.instruments.map((i) => i.suggestion)).toEqual([null, null, null]);
    expect(v.instruments.map((i) => [i.id, i.used, i.grants[0]?.status])).toEqual([
      ['lsm980', false, 'missing'],
      ['lls7', false, 'missing'],
      ['krios', false, 'missing'],
    ]);
  });

  it('is raised where the facility is not named, with the acknowledgement and the instrument’s statement', () => {
    const withStatement = facility({
      instruments: [
        newInstrument({
          id: 'lls7',
          name: 'Zeiss Lattice Lightsheet 7',
          grants: [grant('S10 OD032193'), grant('S10 OD026899')],
          statement: 'Lattice light-sheet imaging used the {instrument} of the {facility} ({grants}).',
          uniqueToFacility: true,
        }),
      ],
    });
    const v = check(
      article({ methods: ['Cells were imaged on a Zeiss Lattice Lightsheet 7.'] }),
      profile(withStatement),
    )[0]!;
    expect(v.credit).toBe('missing');
    expect(v.flags).toEqual(['NOT_MENTIONED', 'MISSING_INSTRUMENT_GRANT']);
    expect(v.suggestion).toContain('We thank the Advanced BioImaging Facility');
    expect(v.suggestion).toContain(
      'Lattice light-sheet imaging used the Zeiss Lattice Lightsheet 7 of the Advanced BioImaging Facility (NIH S10 OD032193, NIH S10 OD026899).',
    );
    expect(v.suggestion).toContain('award number S10OD032193.');
    expect(v.suggestion).toContain('award number S10OD026899.');
    // NIH's disclaimer once, not once per grant.
    expect(v.suggestion?.match(/solely the responsibility/g)).toHaveLength(1);
  });

  it('does not ask for an instrument grant that is not required, or ended long before the paper', () => {
    const lenient = facility({
      instruments: [
        newInstrument({
          id: 'lsm980',
          name: 'LSM 980',
          grants: [grant('CFI 38211', { required: false }), grant('S10 OD026899', { activeTo: '2015' })],
        }),
      ],
    });
    const a = article({ methods: ['Images were acquired on an LSM 980 at the ABIF.'] });
    a.published = '2024-05-01';
    const v = check(a, profile(lenient))[0]!;
    expect(v.instruments[0]?.used).toBe(true);
    expect(v.flags).not.toContain('MISSING_INSTRUMENT_GRANT');
  });

  it('a facility without instruments has none in its verdict', () => {
    const v = check(article({ ack: 'We thank the ABIF.' }), profile(facility()))[0]!;
    expect(v.instruments).toEqual([]);
  });
});
