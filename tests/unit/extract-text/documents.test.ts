// Whole documents as plain text, the way they reach the reader: a page saved as text (one line per block,
// menus and chrome included), the same page run into one line, a manuscript copied from a PDF (wrapped
// lines, an unheaded acknowledgement at the end), and text with no credit at all.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/extract/text';

const PAGE = [
  'Skip to main content',
  'Journal of Example Biology',
  'Spindle orientation in the developing cortex',
  'Main•',
  'Methods•',
  'References•',
  'Acknowledgements•',
  'Author information•',
  'Radial glia divide at the ventricle, and the orientation of their spindle decides the fate of the daughter cells.',
  'Methods',
  'Main•',
  'Methods•',
  'References•',
  'Acknowledgements•',
  'Author information•',
  'Brains were imaged on a Zeiss LSM 880 at the Advanced BioImaging Facility (RRID:SCR_017697).',
  'References',
  '1. Noctor SC, Martinez-Cerdeño V, Kriegstein AR. Nat Neurosci. 2004;7:136–144.',
  'Download references',
  'Acknowledgements',
  'Main•',
  'Methods•',
  'References•',
  'Acknowledgements•',
  'Author information•',
  'We thank Claire Brown and the Advanced BioImaging Facility for imaging support.',
  'Author information',
  'Contributions',
  'A.B. and C.D. designed the study. A.B. performed the experiments and wrote the paper.',
  'Top of page',
].join('\n');

describe('a page saved as text', () => {
  it('drops the menus that repeat at every section and reads the sections under their headings', () => {
    const r = extractText(PAGE);
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank Claire Brown and the Advanced BioImaging Facility for imaging support.',
    });
    expect(r.sections.contributions?.text).toBe(
      'A.B. and C.D. designed the study. A.B. performed the experiments and wrote the paper.',
    );
    expect(r.methodsMentions.map((m) => m.text)).toEqual([
      'Brains were imaged on a Zeiss LSM 880 at the Advanced BioImaging Facility (RRID:SCR_017697).',
    ]);
  });

  it('reads the same page run into one line (its blocks lost their breaks)', () => {
    const flat = PAGE.replace(/\n/g, ' ');
    const r = extractText(flat);
    expect(r.sections.acknowledgements?.text).toBe(
      'We thank Claire Brown and the Advanced BioImaging Facility for imaging support.',
    );
    expect(r.sections.contributions?.text).toMatch(/^A\.B\. and C\.D\. designed the study/);
  });
});

const MANUSCRIPT = `Title: Zebrafish fin regeneration needs osteoblast dedifferentiation
Running head: Fin regeneration

Introduction
Fin rays regenerate within two weeks after amputation, a process that has been studied for more than
a century and that still holds surprises for developmental biologists.

Results
Osteoblasts dedifferentiated at the wound margin and re-entered the cell cycle within two days of the
amputation, as shown by EdU incorporation.

Discussion
Taken together, these data place dedifferentiation before blastema formation. We thank previous work for
the framework, but none addressed the timing.

We thank Chiara Bellini and the Zebrafish Core Facility for fish hus-
bandry, and the Light Microscopy Core for confocal time.
This work was supported by the National Science Foundation (grant
IOS-1456789).

References
1. Knopf F, Hammond C, Chekuru A, et al. Dev Cell. 2011;20:713-724.
`;

describe('a manuscript copied from a PDF', () => {
  it('finds the unheaded acknowledgement at the end of the text, joining wrapped and hyphenated lines', () => {
    const r = extractText(MANUSCRIPT);
    expect(r.sections.acknowledgements).toEqual({
      heading: null,
      text: 'We thank Chiara Bellini and the Zebrafish Core Facility for fish husbandry, and the Light Microscopy Core for confocal time. This work was supported by the National Science Foundation (grant IOS-1456789).',
    });
    expect(r.warnings.join(' ')).toMatch(/recognised by its wording/);
  });

  it('does not read the discussion\'s "we thank" as the acknowledgements', () => {
    const r = extractText(MANUSCRIPT.replace(/\nWe thank Chiara[\s\S]*?IOS-1456789\)\.\n/, '\n'));
    expect(r.sections.acknowledgements).toBeNull();
    expect(r.sections.funding).toBeNull();
  });
});

describe('an author note (APA-style manuscripts)', () => {
  it('reads the thanks in the author note, not the addresses or the correspondence line', () => {
    const r = extractText(`Attention capture by reward history

Author Note
Rosa Delgado, Department of Psychology, University of Aarhus.
We thank the staff of the MR Research Centre for scanning support.
Correspondence concerning this article should be addressed to Rosa Delgado, rosa@example.org.

Abstract
Reward history biases attention even when it is costly to the observer and irrelevant to the task at hand.

Method
Participants searched for a shape target among distractors during an fMRI session.
`);
    expect(r.sections.acknowledgements).toEqual({
      heading: null,
      text: 'We thank the staff of the MR Research Centre for scanning support.',
    });
  });
});

describe('text with no credit', () => {
  it('finds no section in a long text that thanks no one', () => {
    const body = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i} reports results on spindle orientation in radial glia.`,
    ).join('\n\n');
    const r = extractText(`Introduction\n${body}\n\nReferences\n1. Smith J. Cell. 2020;1:1.`);
    expect(r.sections).toEqual({ acknowledgements: null, funding: null, contributions: null });
  });

  it('reads a short selection whole, by its wording', () => {
    expect(extractText('This work was supported by NIH grant S10 OD026899.').sections.funding?.text).toBe(
      'This work was supported by NIH grant S10 OD026899.',
    );
  });
});
