import { describe, expect, it } from 'vitest';
import { authorshipCue } from '../../../lib/match/authorship';

/** The cue for the first occurrence of `name` in `text`, as the words it found. */
function cue(text: string, name: string): string | null {
  const start = text.indexOf(name);
  const c = authorshipCue(text, start, start + name.length, []);
  return c ? text.slice(c.start, c.end) : null;
}

describe('AUTHORSHIP_CANDIDATE: thanked for intellectual work', () => {
  it.each([
    ['We thank Jane Doe for analysing the imaging data.', 'analysing'],
    ['We thank Jane Doe for designing the experiments.', 'designing'],
    ['We are grateful to Jane Doe for interpreting the electron micrographs.', 'interpreting'],
    ['We thank Jane Doe for developing the segmentation pipeline.', 'developing'],
    ['We thank Jane Doe for writing the methods section.', 'writing'],
    ['We thank Jane Doe for statistical analysis of the flow data.', 'statistical'],
    ['Jane Doe designed the imaging experiments.', 'designed'],
    ['We thank Jane Doe and John Roe for the analysis of the EM data.', 'analysis'],
  ])('%j → %j', (text, expected) => expect(cue(text, 'Jane Doe')).toBe(expected));
});

describe('not for access, training or technical help (conservative)', () => {
  it.each([
    ['We thank Jane Doe for technical assistance with image analysis.'],
    ['We thank Jane Doe for help with data analysis.'],
    ['We thank Jane Doe for training on the confocal microscope.'],
    ['We thank Jane Doe for access to the cytometers.'],
    ['We thank Jane Doe for critical reading of the manuscript.'],
    ['We thank Jane Doe for helpful discussions on data analysis.'],
    ['We thank Jane Doe for sample preparation and John Roe for analysing the data.'],
    ['We thank Jane Doe for support. The data were analysed by the authors.'],
  ])('%j → none', (text) => expect(cue(text, 'Jane Doe')).toBeNull());
});
