/**
 * The institution named with an unnamed facility mention, and whether it is the
 * facility's own.
 */
import { describe, expect, it } from 'vitest';
import { findGenericMentions } from '../../../lib/match/generic-mentions';
import { institutionSig, sameInstitution } from '../../../lib/match/institution-match';
import { streamOf } from '../../../lib/match/tokens';

const mentions = (text: string) => findGenericMentions(streamOf(text), text);
const institutionIn = (text: string) => {
  const inst = mentions(text)[0]?.institution;
  return inst ? text.slice(inst.start, inst.end) : null;
};

describe('the institution named with a generic mention', () => {
  it.each([
    ['We thank the imaging core at the University of Toronto.', 'University of Toronto'],
    ['We thank a core facility at Stanford University for access.', 'Stanford University'],
    ['We thank the flow cytometry core facility of Institut Curie.', 'Institut Curie'],
    ['Cells were sorted in the flow cytometry core from Tarrowby University.', 'Tarrowby University'],
    ['We thank the imaging core, Harvard Medical School, for training.', 'Harvard Medical School'],
    ['We thank the imaging core (Karolinska Institutet).', 'Karolinska Institutet'],
    ["We thank McGill University's imaging core.", 'McGill University'],
    ['We thank Harvard’s flow cytometry core.', 'Harvard'],
    ['We thank the microscopy core at Stanford for training.', 'Stanford'],
    ['We thank the imaging core at UCSF.', 'UCSF'],
    ['We thank the imaging core at Univ. of Exeter.', 'Univ. of Exeter'],
    ['We thank the imaging core at The Rockefeller University.', 'The Rockefeller University'],
    [
      'We thank the imaging core of the Department of Pathology, University of Exeter.',
      'University of Exeter',
    ],
    ['We thank the flow core of the Cancer Center at Johns Hopkins.', 'Cancer Center at Johns Hopkins'],
    ['We thank the imaging facility of the Malaria group, ICGEB.', 'ICGEB'],
  ])('%j → %j', (text, institution) => {
    expect(institutionIn(text)).toBe(institution);
  });

  it.each([
    ['We thank the imaging core for help.'],
    ['We thank our imaging core for help.'],
    ['We thank the imaging core of the institute.'],
    ['We thank the core facilities of the University.'],
    ['We thank the imaging core at our university.'],
    ['We thank the imaging core of the Department of Pathology.'],
    ['We thank the imaging core of the School of Medicine.'],
    ['We thank the imaging core, Claire Brown and Joel Ryan.'],
    ['We thank the imaging core (ICF) for help.'],
    ['We thank the imaging core of Dr. Smith.'],
    ['We thank the imaging core at the University. Stanford provided mice.'],
    ['We thank The Stanford imaging core.'],
    ['Our imaging core was used.'],
  ])('%j → none', (text) => {
    expect(mentions(text)).toHaveLength(1);
    expect(institutionIn(text)).toBeNull();
  });
});

describe('is it the facility’s own institution?', () => {
  const same = (own: string, text: string) => {
    const sig = institutionSig(own);
    const named = mentions(`We thank the imaging core at ${text}.`)[0]?.institution;
    if (!sig || !named) throw new Error(`nothing to compare for ${own} / ${text}`);
    return sameInstitution(sig, named);
  };

  it.each([
    ['McGill University', 'McGill', true],
    ['McGill University', 'Université McGill', true],
    ['McGill University', 'MCGILL UNIVERSITY', true],
    ['University of Exeter (UoE)', 'UoE', true],
    ['University of Exeter', 'Univ. of Exeter', true],
    ['University of Exeter', 'the University of Exeter', true],
    ['University of California, San Francisco', 'UCSF', true],
    ['Massachusetts Institute of Technology', 'MIT', true],
    ['Institut Curie', 'the Curie Institute', true],
    ['Karolinska Institutet', 'Karolinska Institute', true],
    ['Harvard University', 'Harvard Medical School', true],
    ['Faculty of Medicine, McGill University, Montréal', 'McGill University', true],
    ['McGill University', 'Stanford University', false],
    ['University of Toronto', 'University of Ottawa', false],
    ['Stanford University', 'Stanford Health Care', true],
    ['Faculty of Medicine, McGill University, Montréal', 'Université de Montréal', false],
    ['McGill University', 'UCSF', false],
  ])('%s vs %s → %s', (own, text, expected) => {
    expect(same(own, text)).toBe(expected);
  });
});
