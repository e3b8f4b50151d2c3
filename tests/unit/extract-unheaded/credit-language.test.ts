// What counts as credit by its wording alone: the openings of acknowledgement, funding and contribution
// statements as papers write them, in several languages, and prose that only resembles them.
import { describe, expect, it } from 'vitest';
import { creditWording, splitAtCreditOpenings } from '../../../lib/extract/credit-language';

describe('creditWording', () => {
  it.each([
    ['We thank the Advanced BioImaging Facility for training.', 'acknowledgements', 2],
    ['The authors would like to thank Dr. Jane Roe for help with imaging.', 'acknowledgements', 2],
    ['We are grateful to the staff of the Flow Cytometry Core.', 'acknowledgements', 2],
    ['We gratefully acknowledge the Genomics Platform of the Institut Curie.', 'acknowledgements', 2],
    ['Special thanks go to the animal facility staff.', 'acknowledgements', 2],
    ['The technical assistance of the ICGEB animal facility is deeply appreciated.', 'acknowledgements', 2],
    ['Agradecemos al Servicio de Microscopía de la Universidad de Granada.', 'acknowledgements', 2],
    ['Nous remercions la plateforme d’imagerie cellulaire pour son aide.', 'acknowledgements', 2],
    ['Wir danken der Core Facility Bioimaging für die Unterstützung.', 'acknowledgements', 2],
    ['感谢北京大学生命科学学院仪器平台的支持。', 'acknowledgements', 2],
    ['This work was supported by NIH grant R01 GM123456.', 'funding', 2],
    ['Funded in part by center grant P30 CA016086 from the National Cancer Institute.', 'funding', 2],
    ['CH and EJ were supported by the Netherlands Organization for Scientific Research.', 'funding', 2],
    ['The funders had no role in study design, data collection and analysis.', 'funding', 2],
    ['No funding was received for this work.', 'funding', 2],
    ['National Institute on Aging. Grant Number: R01 AG056789', 'funding', 1],
    ['A.B. and C.D. designed the study. A.B. wrote the manuscript.', 'contributions', 2],
    ['Conceptualization, Z.G., E.M.A.; Methodology, Z.G. and D.D.', 'contributions', 2],
    ['Jane Roe conceived the project and John Doe performed the experiments.', 'contributions', 2],
  ])('%s → %s (strength %i)', (text, kind, strength) => {
    expect(creditWording(text)).toMatchObject({ kind, strength });
  });

  it.each([
    // Prose that uses the same words, but not as a credit statement.
    'Funding of science is declining: a review.',
    'Divergent downstream biosynthetic pathways are supported by L-cysteine desulfurases.',
    'This article is a PNAS Direct Submission.',
    'Thank you for visiting nature.com.',
    'Mice were purchased from Jackson Laboratory and housed under standard conditions.',
    'MRI data were acquired on a 3 T scanner (TR 2 s, TE 30 ms) and analyzed with SPM12.',
    'Kistner J, Robbins F, Haskett M. Assessment and skill remediation of dyslexia. Ann Dyslexia. 1995;45:3-25.',
    'Correspondence should be addressed to Jane Roe, Department of Biology, jane@example.org.',
    'Rosa Delgado, Department of Psychology, University of Aarhus.',
    'The authors declare no competing interests.',
  ])('not credit: %s', (text) => {
    expect(creditWording(text)).toBeNull();
  });

  it('cuts a run-together text before each capitalised credit formula', () => {
    expect(
      splitAtCreditOpenings(
        'Supplementary Movie 1 (AVI) We thank Jane Roe for help. This work was supported by the NIH.',
      ),
    ).toEqual([
      'Supplementary Movie 1 (AVI)',
      'We thank Jane Roe for help.',
      'This work was supported by the NIH.',
    ]);
  });
});
