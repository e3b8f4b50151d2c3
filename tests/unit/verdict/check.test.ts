import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../lib/match/compile';
import type { Grant } from '../../../lib/profile/types';
import type { Verdict } from '../../../lib/verdict/types';
import { article, author, checkWeighed, facility, profile, staff } from './helpers';

const s10: Grant = {
  number: 'S10 OD026899',
  funder: 'NIH',
  instrument: null,
  required: true,
  activeFrom: null,
  activeTo: null,
};
const abif = facility({ grants: [s10] });
const one = (a: ReturnType<typeof article>, f = abif): Verdict => {
  const v = checkWeighed(a, profile(f))[0];
  if (!v) throw new Error('no verdict');
  return v;
};

describe('credit levels and where', () => {
  it.each([
    [{ ack: 'We thank the ABIF (RRID:SCR_017697) for imaging.' }, 'named-with-pid', ['acknowledgements']],
    [{ ack: 'We thank the ABIF (RRID: SCR_017697) for imaging.' }, 'named-with-pid', ['acknowledgements']],
    [
      { ack: 'We thank the ABIF for imaging.', funding: 'Supported by RRID:SCR_017697.' },
      'named-with-pid',
      ['acknowledgements', 'funding'],
    ],
    [
      { ack: 'We thank the Advanced BioImaging Facility of McGill University.' },
      'named',
      ['acknowledgements'],
    ],
    [{ ack: 'We thank the imaging core for help.' }, 'generic', []],
    [{ ack: 'We thank the core facilities of the university.' }, 'generic', []],
    [{ ack: 'We thank our colleagues for discussions.' }, 'missing', []],
    [{ methods: ['Images were acquired at the ABIF on a Zeiss LSM 880.'] }, 'named', ['methods']],
    [{ contributions: 'CB (ABIF) acquired images.' }, 'named', ['contributions']],
    [{ ack: 'We thank the genomics core for sequencing.' }, 'missing', []],
  ])('%j → %s %j', (parts, credit, where) => {
    const v = one(article(parts));
    expect(v.credit).toBe(credit);
    expect(v.where).toEqual(where);
  });

  it('ROR counts as the PID only when the profile has no RRID', () => {
    const withRor = facility({ rrids: [], ror: '01pxwe438' });
    const a = article({ ack: 'We thank the ABIF (McGill University, https://ror.org/01pxwe438).' });
    expect(one(a, withRor).credit).toBe('named-with-pid');
    expect(one(a, facility({ ror: '01pxwe438' })).credit).toBe('named');
  });
});

describe('flags', () => {
  it.each([
    [{ ack: 'Nothing relevant here.' }, ['NOT_MENTIONED']],
    [{ ack: 'We thank the imaging core.' }, ['GENERIC_ONLY', 'MISSING_GRANT']],
    [{ ack: 'We thank the ABIF.', funding: 'NIH S10 OD026899.' }, ['MISSING_RRID']],
    [{ ack: 'We thank the ABIF (RRID:SCR_017697); NIH grant 1S10OD026899-01.' }, []],
    [{ ack: 'We thank the ABIF (RRID:SCR_012345); S10 OD026899.' }, ['WRONG_RRID']],
    [{ methods: ['Imaged at the ABIF (RRID:SCR_017697).'], funding: 'S10OD026899' }, ['METHODS_ONLY']],
    [{ ack: 'We thank the ABIF (RRID:SCR_017697).' }, ['MISSING_GRANT']],
    // Fiji's RRID far from the name is not the facility's wrong RRID.
    [
      { ack: 'We thank the ABIF. Images were analysed in Fiji (RRID:SCR_002285). S10 OD026899.' },
      ['MISSING_RRID'],
    ],
  ])('%j → %j', (parts, flags) => {
    expect(one(article(parts)).flags.sort()).toEqual([...flags].sort());
  });

  it('affiliations alone are not credit', () => {
    const a = article({
      authors: [author('Claire Brown', { affiliations: ['ABIF, McGill University, Montréal'] })],
    });
    const v = one(a);
    expect(v.credit).toBe('missing');
    expect(v.where).toEqual(['affiliations']);
    expect(v.flags).toEqual(['AFFILIATION_ONLY']);
    expect(v.evidence[0]).toMatchObject({ section: 'affiliations', text: 'ABIF', index: 0 });
  });

  it.each([
    ['We thank the ABIF (RRID:SCR_017697), funded by NIH grant 1S10OD026899-01.', 'S10 OD026899', 'cited'],
    ['We thank the ABIF (RRID:SCR_017697), funded by OD026899.', 'S10 OD026899', 'cited'],
    ['We thank the ABIF (RRID:SCR_017697), funded by S10 OD026898.', 'S10 OD026899', 'missing'],
    // A funder format the grant finder does not know is still found as the profile writes it.
    [
      'Supported by MEYS CZ.02.1.01/0.0/0.0/18_046/0016045 (ABIF).',
      'CZ.02.1.01/0.0/0.0/18_046/0016045',
      'cited',
    ],
  ])('grant in %j: %s is %s', (ack, number, status) => {
    const f = facility({ grants: [{ ...s10, number }] });
    expect(one(article({ ack }), f).grants).toEqual([{ number, status }]);
  });

  it('a grant that ended years before the paper is not owed', () => {
    const old = facility({ grants: [{ ...s10, activeTo: '2012' }] });
    const a = article({ ack: 'We thank the ABIF (RRID:SCR_017697).' });
    a.published = '2020-05-01';
    expect(one(a, old).flags).toEqual([]);
    expect(one(a, old).grants).toEqual([{ number: 'S10 OD026899', status: 'missing' }]);
  });
});

describe('staff', () => {
  const people = facility({
    staff: [
      staff('Claire M. Brown', { orcid: '0000-0002-1825-0097' }),
      staff('Jane Doe'),
      staff('Joel Ryan'),
    ],
  });

  it.each([
    ['Claire Brown', null, 'author'],
    ['C. M. Brown', null, 'author'],
    ['Claire Brown', '0000-0002-1825-0097', 'author'],
    ['Claire Brown', '0000-0001-5109-3700', 'absent'],
  ])('author %s (ORCID %s) → %s', (name, orcid, status) => {
    const a = article({ authors: [author(name, { orcid })] });
    expect(one(a, people).staff[0]?.status).toBe(status);
  });

  it('"Family, Given" author names, accents and roles', () => {
    const a = article({ authors: [{ ...author('x'), name: 'Doe, Jane', given: null, family: null }] });
    a.credit = [{ author: 'Doe, Jane', roles: ['Formal analysis'] }];
    expect(one(a, people).staff[1]).toEqual({
      name: 'Jane Doe',
      status: 'author',
      roles: ['Formal analysis'],
    });
  });

  it('a misspelt author name counts and raises NAME_VARIANT', () => {
    const v = one(article({ ack: 'ABIF (RRID:SCR_017697)', authors: [author('Claire Brwon')] }), people);
    expect(v.staff[0]?.status).toBe('author');
    expect(v.flags).toContain('NAME_VARIANT');
  });

  it('staff thanked by a Latin name glued to Chinese or Japanese text', () => {
    for (const ack of [
      '感谢ABIF (RRID:SCR_017697) 和Jane Doe的帮助。',
      'ABIF（RRID:SCR_017697）のJane Doeさんに感謝する。',
    ]) {
      expect(one(article({ ack }), people).staff[1]?.status).toBe('acknowledged');
    }
  });

  it('acknowledged staff, and AUTHORSHIP_CANDIDATE only for intellectual work by a non-author', () => {
    const ack =
      'We thank the ABIF (RRID:SCR_017697) and Jane Doe for training. We thank Joel Ryan for analysing the data.';
    const v = one(article({ ack }), people);
    expect(v.staff.map((s) => s.status)).toEqual(['absent', 'acknowledged', 'acknowledged']);
    expect(v.flags).toContain('AUTHORSHIP_CANDIDATE');
    const asAuthor = one(article({ ack, authors: [author('Joel Ryan')] }), people);
    expect(asAuthor.flags).not.toContain('AUTHORSHIP_CANDIDATE');
  });

  it('initials of an author in the acknowledgements are evidence for that staff member', () => {
    const v = one(
      article({
        ack: 'CMB is a member of the ABIF (RRID:SCR_017697).',
        authors: [author('Claire M. Brown'), author('Carl Bo')],
      }),
      people,
    );
    expect(v.evidence.map((e) => e.text)).toContain('CMB');
  });

  it.each([
    ['We thank the ABIF (RRID:SCR_017697).', null, true],
    ['We thank the ABIF (RRID:SCR_017697) and Jane Doe.', null, false],
    ['We thank the imaging core.', null, false],
    // Everyone left long before the paper: no one could have been thanked by name.
    ['We thank the ABIF (RRID:SCR_017697).', '2005', false],
  ])('STAFF_NOT_NAMED for %j (staff left %s) → %s', (ack, end, raised) => {
    const f = facility({ staff: [staff('Jane Doe', { end })] });
    const a = article({ ack });
    a.published = '2024-01-01';
    expect(one(a, f).flags.includes('STAFF_NOT_NAMED')).toBe(raised);
  });
});

describe('evidence and suggestion', () => {
  const texts = {
    ack: 'We thank the Advanced Bio-Imaging Facility (ABIF) of McGill University and Dr. Brown.',
    funding: 'Supported by NIH S10 OD026899 and RRID:SCR_017697.',
    methods: ['Imaging was done at the ABIF.'],
  };

  it('evidence offsets index into the section text', () => {
    const a = article(texts);
    const v = one(a, facility({ grants: [s10], staff: [staff('Claire Brown')] }));
    expect(v.evidence.length).toBeGreaterThan(4);
    for (const e of v.evidence) {
      const text =
        e.section === 'methods'
          ? a.methodsMentions[e.index ?? -1]?.text
          : a.sections[e.section as 'funding']?.text;
      expect(text?.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('is null when the credit is complete', () => {
    expect(one(article(texts)).suggestion).toBeNull();
  });

  it('uses the facility template', () => {
    const f = facility({
      grants: [s10],
      statements: [
        { lang: 'en', text: 'We thank the {facility} ({institution}; {rrid}), supported by {grants}.' },
      ],
    });
    expect(one(article({ ack: 'We thank the ABIF.' }), f).suggestion).toBe(
      'We thank the Advanced BioImaging Facility (McGill University; RRID:SCR_017697), supported by NIH S10 OD026899.',
    );
  });

  it('falls back to a default statement', () => {
    expect(one(article({ ack: 'Nothing.' })).suggestion).toBe(
      'We thank the Advanced BioImaging Facility (ABIF, McGill University; RRID:SCR_017697) for its support and ' +
        'assistance in this work. The ABIF is supported by NIH S10 OD026899.',
    );
  });
});

describe('profiles', () => {
  it('a compiled profile gives the same verdicts as the plain one', () => {
    const a = article({ ack: 'We thank the ABIF and the imaging core.' });
    const p = profile(abif, facility({ id: 'x', name: 'Zebrafish Husbandry Unit', aliases: [], rrids: [] }));
    expect(checkWeighed(a, compileProfile(p))).toEqual(checkWeighed(a, p));
  });

  it('a facility of another field is not credited by a generic mention', () => {
    const p = profile(
      abif,
      facility({ id: 'seq', name: 'Genome Sequencing Platform', aliases: [], rrids: [] }),
    );
    const [img, seq] = checkWeighed(article({ ack: 'We thank the microscopy facility.' }), p);
    expect(img?.credit).toBe('generic');
    expect(seq?.credit).toBe('missing');
  });
});
