/**
 * Staff names as people write them (docs/CLI.md): accents, initials, double family names, family
 * name first, and misspellings, which count only beside the facility's name and never when another
 * person fits as well.
 */
import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../lib/match/compile';
import { scanText } from '../../../lib/match/scan';
import { facility, profile, staff } from '../verdict/helpers';

const cp = compileProfile(
  profile(
    facility({
      staff: [
        staff('Claire M. Brown'),
        staff('José Muñoz'),
        staff('María López-García'),
        staff('Hiroshi Tanaka'),
        staff('Daniel Lévesque'),
        staff('Anna Berg'),
        staff('Alice Browne'),
        staff('Hans van Zeeburg'),
      ],
    }),
    facility({
      id: 'flow',
      name: 'Flow Cytometry Platform',
      aliases: ['FCP'],
      rrids: [],
      staff: [staff('Peter Hansen'), staff('Peter Hanson'), staff('Claire Brown')],
    }),
  ),
);

/** [as written, staff name, variant, facility id] of each staff hit. */
const found = (text: string) =>
  scanText(cp, text).staff.map((h) => [
    text.slice(h.start, h.end),
    cp.facilities[h.facility]?.staff[h.staff]?.member.name,
    h.variant,
    cp.facilities[h.facility]?.facility.id,
  ]);

describe('exact forms count anywhere', () => {
  it.each([
    ['We thank Jose Muñoz for help.', 'Jose Muñoz', 'José Muñoz'],
    ['We thank José Munoz for help.', 'José Munoz', 'José Muñoz'],
    ['We thank J. Munoz for help.', 'J. Munoz', 'José Muñoz'],
    ['We thank J.M. Muñoz for help.', 'J.M. Muñoz', 'José Muñoz'],
    ['We thank Muñoz J for help.', 'Muñoz J', 'José Muñoz'],
    ['We thank Muñoz, José for help.', 'Muñoz, José', 'José Muñoz'],
    ['We thank Tanaka Hiroshi for help.', 'Tanaka Hiroshi', 'Hiroshi Tanaka'],
    ['We thank María López García for help.', 'María López García', 'María López-García'],
    ['We thank M. López-García for help.', 'M. López-García', 'María López-García'],
    ['We thank Lopez-Garcia M for help.', 'Lopez-Garcia M', 'María López-García'],
    ['We thank MARÍA LÓPEZ-GARCÍA for help.', 'MARÍA LÓPEZ-GARCÍA', 'María López-García'],
    ['We thank Daniel Levesque for help.', 'Daniel Levesque', 'Daniel Lévesque'],
  ])('%j → %j', (text, asWritten, who) => {
    expect(found(text)).toEqual([[asWritten, who, false, 'abif']]);
  });
});

describe('a profile that knows only initials', () => {
  const initialsOnly = compileProfile(profile(facility({ staff: [staff('K. Sato')] })));
  it.each([
    ['We thank Kenji Sato for help.', ['Kenji Sato']],
    ['We thank K. Sato for help.', ['K. Sato']],
    ['We thank Hiroshi Sato for help.', []],
  ])('%j → %j', (text, expected) => {
    expect(scanText(initialsOnly, text).staff.map((h) => text.slice(h.start, h.end))).toEqual(expected);
  });
});

describe('variants count beside the facility, flagged', () => {
  it.each([
    ['We thank Claire Brwon (ABIF) for training.', 'Claire Brwon', 'Claire M. Brown'],
    ['We thank Clarie Bronw of the ABIF for training.', 'Clarie Bronw', 'Claire M. Brown'],
    ['We thank Clarie Brown (ABIF) for training.', 'Clarie Brown', 'Claire M. Brown'],
    ['We thank Brwon, Claire (ABIF) for training.', 'Brwon, Claire', 'Claire M. Brown'],
    ['Daniel Levasqeu at the Advanced BioImaging Facility helped.', 'Daniel Levasqeu', 'Daniel Lévesque'],
    ['We thank Hans van Zeebrug (ABIF).', 'Hans van Zeebrug', 'Hans van Zeeburg'],
    ['We thank María López (ABIF) for help.', 'María López', 'María López-García'],
    ['We thank Jose Munos (ABIF) for help.', 'Jose Munos', 'José Muñoz'],
    ['We thank Peter Hansem (FCP) for sorting.', 'Peter Hansem', 'Peter Hansen', 'flow'],
  ])('%j → %j', (text, asWritten, who, id = 'abif') => {
    expect(found(text)).toEqual([[asWritten, who, true, id]]);
  });

  it("an RRID in the sentence anchors it too (the verdict checks that it is the facility's own)", () => {
    expect(found('Claire Brwon ran the microscopes (RRID:SCR_017697).')).toContainEqual([
      'Claire Brwon',
      'Claire M. Brown',
      true,
      'abif',
    ]);
  });

  it('the hit records the name as written, folded, to compare with the authors', () => {
    const [hit] = scanText(cp, 'We thank Clarie Bronw (ABIF).').staff;
    expect(hit?.written).toEqual({ given: 'clarie', family: 'bronw' });
  });

  it('one person in two facilities is found for both', () => {
    expect(found('We thank Claire Brwon (ABIF) and the Flow Cytometry Platform.')).toEqual([
      ['Claire Brwon', 'Claire M. Brown', true, 'abif'],
      ['Claire Brwon', 'Claire Brown', true, 'flow'],
    ]);
  });
});

describe('near misses that are not the staff member', () => {
  it.each([
    ['no facility in the sentence', 'We thank Claire Brwon for help.'],
    ['the facility in another sentence', 'We thank the ABIF. Claire Brwon helped with imaging.'],
    ['initials are too weak for a misspelling', 'We thank C. Brwon (ABIF).'],
    ['two letters off a five-letter name', 'We thank Claire Braun (ABIF).'],
    ['a first letter changed', 'We thank Claire Trown (ABIF).'],
    ['four letters or fewer: exact only', 'We thank Anna Bergh (ABIF).'],
    ['a similar name that is another person', 'We thank Anne Berger (ABIF).'],
    ['another given name', 'We thank Mario López (ABIF).'],
    ['given names that differ in their last letter are other people', 'We thank Mario López-García (ABIF).'],
    ['a given name that loses a letter at its end', 'We thank Clair Bronw (ABIF).'],
    ['a family name of the profile is that person, not a typo', 'We thank Claire Browne (ABIF).'],
    ['two staff members equally close: neither', 'We thank Peter Hanssn (FCP).'],
  ])('%s: %j', (_why, text) => {
    expect(found(text)).toEqual([]);
  });
});
