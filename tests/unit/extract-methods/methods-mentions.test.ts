import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';
import { extractJats } from '../../../lib/extract/jats';
import { findMethodsMentions, MAX_MENTIONS } from '../../../lib/extract/methods-mentions';
import { splitSentences } from '../../../lib/extract/sentences';
import { extractText } from '../../../lib/extract/text';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['As shown by Poss et al. Hearts regrow. Next.', ['As shown by Poss et al. Hearts regrow.', 'Next.']],
    ['Use buffers, e.g. PBS. Then wash.', ['Use buffers, e.g. PBS.', 'Then wash.']],
    ['See Fig. 2B. Cells died.', ['See Fig. 2B.', 'Cells died.']],
    ['Provided by Dr. Smith. Thanks.', ['Provided by Dr. Smith.', 'Thanks.']],
    ['A gift from J. Smith. Thanks.', ['A gift from J. Smith.', 'Thanks.']],
    ['At 2.5 mM. And 37.5 °C.', ['At 2.5 mM.', 'And 37.5 °C.']],
    ['Imaged (Zeiss). Then (n = 3) counted.', ['Imaged (Zeiss).', 'Then (n = 3) counted.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('findMethodsMentions', () => {
  it.each([
    'Images were acquired on a Zeiss LSM 880 confocal microscope.',
    'Cells were sorted on a BD FACSAria Fusion.',
    'Libraries were sequenced on an Illumina NovaSeq 6000.',
    'Sequencing was done by the Genomics Core Facility of Example University.',
    'Mass spectrometry was performed at the Proteomics Platform.',
    'Samples were processed by the Flow Cytometry Shared Resource.',
    'Analysis used the core facility of the institute.',
    'Imaging was done in the microscopy core.',
    'The ABIF (RRID:SCR_017697) provided training.',
    'Data from SCR_003070 were used.',
    'Cells were imaged with a Nikon Eclipse Ti2 and an Andor Dragonfly.',
    'Flow data were acquired on a CytoFLEX S.',
    'We used the Cell Sciences Imaging Facility.',
    'Plasma samples were obtained from the Heart Institute Blood and Tissue Biobank.',
    'Purified PCRs were sequenced using BigDye chemistry and read on an ABI3730 at DBS Genomics (Durham, UK).',
    'Fragments were run by Source BioScience Sequencing.',
    'Imaging was obtained with a whole-body 3.0-T MRI scanner (GE Healthcare, Milwaukee, WI).',
    'Participants were scanned on a Siemens 3T Magnetom Prisma.',
    'Fragments were separated on an ABI PRISM 3100 Genetic Analyzer.',
    'Embryos were imaged on a W1 spinning disc.',
    'Cleared brains were imaged on a light-sheet microscope.',
    'Super-resolution images were taken with an Airyscan detector.',
    "Participants were studied at the Georgetown University Medical Center's General Clinical Research Center.",
  ])('mentions: %s', (sentence) => {
    expect(findMethodsMentions('Methods', sentence)).toEqual([{ heading: 'Methods', text: sentence }]);
  });

  it.each([
    'Cells were cultured in DMEM at 37 °C.',
    'Mice were housed at the Medical Center under standard conditions.',
    'Statistical analysis used R version 4.2.',
    'The core temperature of the animals was recorded.',
    'Antibodies were from Cell Signaling Technology.',
    'Data are shown as mean ± SEM.',
    'Reads were aligned as described by Smith and colleagues at Harvard Medical School.',
    'The T cells were stained at 4 °C.',
    'Participants were tested at 3 T0 and T1 visits.',
    'Patients were recruited at the Cancer Research Center of the university hospital.',
  ])('does not mention: %s', (sentence) => {
    expect(findMethodsMentions('Methods', sentence)).toEqual([]);
  });

  it('returns the sentence only, split where et al. and decimals do not end one', () => {
    const text =
      'Hearts were fixed as in Poss et al. 2002 at 4 °C for 2.5 h. Hearts were imaged on a Leica SP8 ' +
      '(Leica Microsystems). Counts were blinded.';
    expect(findMethodsMentions('Imaging', text).map((m) => m.text)).toEqual([
      'Hearts were imaged on a Leica SP8 (Leica Microsystems).',
    ]);
  });

  it('is bounded', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Sample ${i} was imaged on a Zeiss LSM 980.`).join(
      ' ',
    );
    expect(findMethodsMentions('Methods', text)).toHaveLength(MAX_MENTIONS);
  });
});

describe('methods mentions know their paragraph (an instrument and its facility in one paragraph)', () => {
  const first = 'Imaging was performed at the Advanced BioImaging Facility.';
  const second = 'Images were acquired on a Zeiss LSM 980.';
  const third = 'Cells were sorted on a BD FACSAria Fusion.';

  it.each([
    [
      'html',
      () =>
        extract(
          parseHTML(
            `<html><body><h2>Methods</h2><div><p>${first} Dishes were kept warm. ${second}</p></div><h3>Sorting</h3><p>${third}</p><h2>Acknowledgements</h2><p>We thank all.</p></body></html>`,
          ).document as unknown as Document,
          null,
        ),
    ],
    [
      'jats',
      () =>
        extractJats(
          new DOMParser().parseFromString(
            `<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front><body><sec sec-type="methods"><title>Methods</title><p>${first} Dishes were kept warm. ${second}</p><sec><title>Sorting</title><p>${third}</p></sec></sec></body></article>`,
            'text/xml',
          ) as unknown as Document,
        ),
    ],
    [
      'text',
      () =>
        extractText(
          `Methods\n\n${first} Dishes were kept warm. ${second}\n\n${third}\n\nAcknowledgements\n\nWe thank all.\n`,
        ),
    ],
  ])('%s', (_kind, read) => {
    const mentions = read().methodsMentions;
    expect(mentions.map((m) => m.text)).toEqual([first, second, third]);
    const [a, b, c] = mentions.map((m) => m.paragraph);
    expect(a).toBeTypeOf('number');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});
