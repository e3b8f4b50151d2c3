/**
 * Generic mentions belong to an institution: "the imaging core" is generic credit
 * for a profile facility only when no institution is named for it, or the named one is the facility's.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/verdict/check';
import { article, facility, profile } from './helpers';

const mcgill = facility(); // Advanced BioImaging Facility, McGill University
const exeter = facility({
  id: 'lmf',
  name: 'Light Microscopy Facility',
  aliases: ['LMF'],
  institution: 'University of Exeter',
  rrids: [],
});
const noInstitution = facility({ id: 'x', institution: null });
const credit = (ack: string) =>
  check(article({ ack }), profile(mcgill, exeter, noInstitution)).map((v) => v.credit);

describe('generic credit and the institution named with it', () => {
  it.each([
    // [acknowledgement, McGill facility, Exeter facility, facility without an institution]
    ['We thank the imaging core for help.', 'generic', 'generic', 'generic'],
    ['We thank our imaging core for help.', 'generic', 'generic', 'generic'],
    ['We thank the core facilities of the university.', 'generic', 'generic', 'generic'],
    ['We thank a core facility at Stanford University for access.', 'missing', 'missing', 'generic'],
    ['We thank the imaging core of McGill University.', 'generic', 'missing', 'generic'],
    ['We thank the imaging core at Université McGill.', 'generic', 'missing', 'generic'],
    ["We thank McGill's imaging core.", 'generic', 'missing', 'generic'],
    ['We thank the imaging core at the Univ. of Exeter.', 'missing', 'generic', 'generic'],
    ['We thank the imaging core of the Department of Pathology.', 'generic', 'generic', 'generic'],
    [
      'We thank the imaging core at Stanford University and the core facilities of the university.',
      'generic',
      'generic',
      'generic',
    ],
  ])('%j → %s / %s / %s', (ack, a, b, c) => {
    expect(credit(ack)).toEqual([a, b, c]);
  });

  it('a generic facility name at another institution is not this facility, even vaguely', () => {
    const ack = 'We thank the Light Microscopy Facility at Harvard Medical School.';
    const [, lmf] = check(article({ ack }), profile(mcgill, exeter));
    expect(lmf?.credit).toBe('missing');
    expect(lmf?.flags).toEqual(['NOT_MENTIONED']);
  });

  it('the same name at the own institution stays as before', () => {
    const ack = 'We thank the Light Microscopy Facility at the University of Exeter.';
    expect(check(article({ ack }), profile(exeter))[0]?.credit).toBe('named');
  });
});
