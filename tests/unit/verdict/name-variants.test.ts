/**
 * Staff name variants in verdicts (docs/CLI.md): a misspelt or partial name counts as the staff
 * member only beside the facility's name or own RRID, always raises NAME_VARIANT with the words as
 * written, and never makes an author of the paper into someone else.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/verdict/check';
import type { Verdict } from '../../../lib/verdict/types';
import { article, author, facility, profile, staff } from './helpers';

const abif = facility({
  staff: [staff('Claire M. Brown'), staff('Daniel Lévesque'), staff('María López-García')],
});
const verdict = (parts: Parameters<typeof article>[0]): Verdict => {
  const v = check(article(parts), profile(abif))[0];
  if (!v) throw new Error('no verdict');
  return v;
};
const statusOf = (v: Verdict, name: string) => v.staff.find((s) => s.name === name)?.status;

describe('a variant beside the facility counts, flagged, with the words as written', () => {
  it.each([
    ['We thank Claire Brwon (ABIF) for training.', 'Claire M. Brown', 'Claire Brwon'],
    ['We thank Clarie Bronw and the ABIF (RRID:SCR_017697).', 'Claire M. Brown', 'Clarie Bronw'],
    ['Daniel Levasqeu ran the microscopes (RRID:SCR_017697).', 'Daniel Lévesque', 'Daniel Levasqeu'],
    ['We thank María López of the ABIF for training.', 'María López-García', 'María López'],
  ])('%j → %s acknowledged as %j', (ack, who, asWritten) => {
    const v = verdict({ ack });
    expect(statusOf(v, who)).toBe('acknowledged');
    expect(v.flags).toContain('NAME_VARIANT');
    expect(v.evidence.map((e) => e.text)).toContain(asWritten);
  });

  it.each([
    ['We thank Brown, Claire (ABIF) for training.', 'Claire M. Brown'],
    ['We thank C.M. Brown (ABIF) for training.', 'Claire M. Brown'],
    ['We thank Daniel Levesque (ABIF) for training.', 'Daniel Lévesque'],
    ['We thank M. Lopez-Garcia (ABIF) for training.', 'María López-García'],
  ])('exact forms raise no flag: %j', (ack, who) => {
    const v = verdict({ ack });
    expect(statusOf(v, who)).toBe('acknowledged');
    expect(v.flags).not.toContain('NAME_VARIANT');
  });
});

describe('a variant that is not taken', () => {
  it.each([
    [
      'without the facility in the sentence',
      { ack: 'We thank Claire Brwon for training. We thank the ABIF.' },
    ],
    ['beside another RRID', { ack: 'Claire Brwon used Fiji (RRID:SCR_002285). We thank the ABIF.' }],
    [
      'in the funding, far from the name',
      { ack: 'We thank the ABIF.', funding: 'Claire Brwon is funded by NSERC.' },
    ],
  ])('%s', (_why, parts) => {
    const v = verdict(parts);
    expect(statusOf(v, 'Claire M. Brown')).toBe('absent');
    expect(v.flags).not.toContain('NAME_VARIANT');
  });

  it.each([
    // Two letters off "Lévesque" in the text; the authors' rule (one letter) does not make him staff.
    ['Daniel Levasqeu', 'Daniel Levasqeu (ABIF) acquired the images.', 'Daniel Lévesque'],
    ['Clarie Brown', 'Clarie Brown (ABIF) acquired the images.', 'Claire M. Brown'],
    ['María López', 'We thank María López of the ABIF.', 'María López-García'],
  ])('an author named %s stays that author, not the staff member', (name, ack, who) => {
    const v = verdict({ ack, authors: [author(name)] });
    expect(statusOf(v, who)).toBe('absent');
    expect(v.flags).not.toContain('NAME_VARIANT');
  });

  it('fuzzy text matching does not change who is an author', () => {
    // "Brwon" is one letter off: the author rule already makes her the staff member (a variant).
    const v = verdict({
      ack: 'We thank the ABIF.',
      authors: [author('Claire Brwon'), author('Daniel Levasqeu')],
    });
    expect(statusOf(v, 'Claire M. Brown')).toBe('author');
    expect(statusOf(v, 'Daniel Lévesque')).toBe('absent');
  });
});
