// No silent "missing": a facility that the page names outside every section read is flagged
// MENTIONED_ELSEWHERE, with the mention (and its line) as evidence; one named nowhere stays NOT_MENTIONED;
// one named only in the authors' affiliations stays AFFILIATION_ONLY.
import { describe, expect, it } from 'vitest';
import { check } from '../../../lib/verdict/check';
import { evidenceSource } from '../../../lib/verdict/evidence-source';
import { article, author, profile } from './helpers';

const PAGE = [
  'Spindle orientation in the developing cortex',
  'Jane Roe, Department of Biology, McGill University',
  'Results',
  'Radial glia divide at the ventricle.',
  'Figure 2. Time lapse acquired at the Advanced BioImaging Facility with a spinning-disk microscope.',
  'References',
  '1. Noctor SC. Nat Neurosci. 2004;7:136.',
].join('\n');

describe('MENTIONED_ELSEWHERE', () => {
  it('flags a facility named outside the sections, with the line it stands in', () => {
    const a = { ...article({ ack: 'We thank our colleagues for discussions.' }), pageText: PAGE };
    const [v] = check(a, profile());
    expect(v?.credit).toBe('missing');
    expect(v?.flags).toContain('MENTIONED_ELSEWHERE');
    expect(v?.flags).not.toContain('NOT_MENTIONED');
    const e = v?.evidence.find((x) => x.section === 'elsewhere');
    expect(e?.text).toBe('Advanced BioImaging Facility');
    expect(e?.context).toBe(
      'Figure 2. Time lapse acquired at the Advanced BioImaging Facility with a spinning-disk microscope.',
    );
    // The popup finds the text the evidence indexes into, to show and highlight it.
    expect(e && evidenceSource(a, e)).toBe(e?.context);
  });

  it('finds the facility by its RRID alone', () => {
    const a = { ...article(), pageText: 'Imaging\nConfocal stacks were taken (RRID: SCR_017697).' };
    const [v] = check(a, profile());
    expect(v?.flags).toContain('MENTIONED_ELSEWHERE');
    expect(v?.evidence.map((x) => x.text)).toEqual(['RRID: SCR_017697']);
  });

  it('keeps NOT_MENTIONED when the page never names the facility', () => {
    const a = {
      ...article({ ack: 'We thank our colleagues.' }),
      pageText: 'Results\nNothing about imaging here.',
    };
    const [v] = check(a, profile());
    expect(v?.flags).toEqual(['NOT_MENTIONED']);
    expect(v?.evidence).toEqual([]);
  });

  it('keeps AFFILIATION_ONLY when the page names it only in an affiliation', () => {
    const aff = 'Advanced BioImaging Facility, McGill University, Montreal, Canada';
    const a = {
      ...article({ authors: [author('Jane Roe', { affiliations: [aff] })] }),
      pageText: `Spindle orientation\nJane Roe\n${aff}\nResults\nRadial glia divide.`,
    };
    const [v] = check(a, profile());
    expect(v?.flags).toEqual(['AFFILIATION_ONLY']);
  });

  it('leaves a credited facility alone', () => {
    const a = {
      ...article({ ack: 'We thank the Advanced BioImaging Facility (ABIF) at McGill University.' }),
      pageText: PAGE,
    };
    const [v] = check(a, profile());
    expect(v?.credit).toBe('named');
    expect(v?.flags).not.toContain('MENTIONED_ELSEWHERE');
  });
});
