import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/text';

describe('extractText', () => {
  it('reads headings on their own line, in several languages', () => {
    const record = extractText(
      'Agradecimientos\nAgradecemos al Servicio de Microscopía.\n\nFunding\nNIH grant S10 OD026899.\n\nAuthor contributions\nA.B. did everything.',
    );
    expect(record.kind).toBe('text');
    expect(record.sections.acknowledgements).toEqual({
      heading: 'Agradecimientos',
      text: 'Agradecemos al Servicio de Microscopía.',
    });
    expect(record.sections.funding?.text).toBe('NIH grant S10 OD026899.');
    expect(record.sections.contributions?.text).toBe('A.B. did everything.');
  });

  it('reads run-in labels', () => {
    const record = extractText('Acknowledgments: We thank the ABIF.\nFunding: CIHR.');
    expect(record.sections.acknowledgements).toEqual({
      heading: 'Acknowledgments',
      text: 'We thank the ABIF.',
    });
    expect(record.sections.funding).toEqual({ heading: 'Funding', text: 'CIHR.' });
  });

  it('joins lines broken inside a paragraph (text copied from a PDF)', () => {
    const record = extractText('Acknowledgements\nWe thank the Advanced\nBioImaging Facility for\ntraining.');
    expect(record.sections.acknowledgements?.text).toBe(
      'We thank the Advanced BioImaging Facility for training.',
    );
  });

  it('reads text without any heading as acknowledgements, and says so', () => {
    const record = extractText('  We thank   the imaging core\u00a0for help. ');
    expect(record.sections.acknowledgements).toEqual({
      heading: null,
      text: 'We thank the imaging core for help.',
    });
    expect(record.warnings).toHaveLength(1);
  });

  it('does not put methods or references into a credit section', () => {
    const record = extractText('Acknowledgements\nThanks to the core.\nReferences\n1. Smith J. Cell. 2020.');
    expect(record.sections.acknowledgements?.text).toBe('Thanks to the core.');
    expect(record.sections.funding).toBeNull();
  });

  it.each([[''], ['   \n\n  ']])('gives an empty record for empty input %j', (input) => {
    const record = extractText(input);
    expect(record.sections).toEqual({ acknowledgements: null, funding: null, contributions: null });
  });

  it('bounds the work on huge input and warns', () => {
    const record = extractText(`Acknowledgements\n${'We thank the core. '.repeat(80_000)}`);
    expect(record.warnings.some((w) => w.includes('only the start was read'))).toBe(true);
    expect(record.sections.acknowledgements?.text.length).toBeLessThanOrEqual(1_000_000);
  });
});
