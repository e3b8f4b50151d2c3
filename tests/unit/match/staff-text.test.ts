import { describe, expect, it } from 'vitest';
import { compileProfile } from '../../../lib/match/compile';
import { scanText } from '../../../lib/match/scan';
import { facility, profile, staff } from '../verdict/helpers';

const cp = compileProfile(
  profile(
    facility({
      staff: [
        staff('Claire M. Brown'),
        staff('Ching-Yen Tsai'),
        staff('Hans van Zeeburg'),
        staff('Daniel Lévesque', { variants: ['Dan Levesque'] }),
        staff('Ashok Das'),
        staff('Jane de Tisi'),
      ],
    }),
  ),
);

const found = (text: string) =>
  scanText(cp, text).staff.map((h) => [
    text.slice(h.start, h.end),
    cp.facilities[0]?.staff[h.staff]?.member.name,
    h.variant,
  ]);

describe('staff names in acknowledgements', () => {
  it.each([
    ['We thank Claire M. Brown for training.', 'Claire M. Brown', false],
    ['We thank Claire Brown for training.', 'Claire Brown', false],
    ['We thank C. Brown for training.', 'C. Brown', false],
    ['We thank C.M. Brown for training.', 'C.M. Brown', false],
    ['We thank Dr. Brown for training.', 'Dr. Brown', false],
    ['We thank Prof Brown for training.', 'Prof Brown', false],
    ['We thank Brown CM for training.', 'Brown CM', false],
    ['We thank Brown (ABIF) for training.', 'Brown', false],
    ['We thank Ching-Yen Tsai for microinjection.', 'Ching-Yen Tsai', false],
    ['We thank Hans van Zeeburg for FACS.', 'Hans van Zeeburg', false],
    ['We thank Daniel Levesque for help.', 'Daniel Levesque', false],
    ['We thank DANIEL LÉVESQUE for help.', 'DANIEL LÉVESQUE', false],
    ['We thank Dan Levesque for help.', 'Dan Levesque', false],
    ['We thank Ashok Das for animal care.', 'Ashok Das', false],
    ['We thank Jane de Tisi for clinical data.', 'Jane de Tisi', false],
  ])('%j → %j', (text, match, variant) => {
    const hits = found(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.[0]).toBe(match);
    expect(hits[0]?.[2]).toBe(variant);
  });

  it.each([
    ['We thank Alice Brown for training.'],
    ['a brown precipitate formed'],
    ['We thank D. Brown for help.'],
    ['We thank C. Brwon for help.'],
    // A misspelling counts only beside the facility's name (staff-forms.test.ts).
    ['We thank Claire Brwon for help.'],
    // Another given name before the family name is another person, whatever follows.
    ['We thank Alice Brown (ABIF) for training.'],
    ['We thank R. Brown, Claire Dupont and the ABIF.'],
    ['Brown adipose tissue was dissected.'],
    ['Das Zentrum für Bildgebung'],
  ])('%j → nobody', (text) => expect(found(text)).toEqual([]));
});
