// Credit that no heading announces, on pages written for these tests (tests/fixtures/unheaded), each
// modelled on a class of real page where the reader used to say "missing" (see the comment in each page).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { SectionKey } from '../../../lib/article';
import { extract } from '../../../lib/extract/index';

const dir = resolve(process.cwd(), 'tests/fixtures/unheaded');
const read = (name: string) =>
  extract(parseHTML(readFileSync(resolve(dir, name), 'utf8')).document as unknown as Document, null);

type Expect = Partial<Record<SectionKey, { heading: string | null; text: string } | null>>;

describe('credit without a heading', () => {
  it.each<[string, Expect, RegExp | null]>([
    [
      'footnote-after-conclusions.html',
      {
        acknowledgements: {
          heading: null,
          text: 'We thank Dana Whitfield of the Advanced BioImaging Facility (RRID:SCR_017697) for help with live imaging, and the Flow Cytometry Core for sorting. This work was supported by NIH grant R01 GM123456.',
        },
        funding: null,
      },
      /acknowledgements section was recognised by its wording \(“We thank”\) in the last paragraphs/,
    ],
    [
      'notes-section.html',
      {
        acknowledgements: {
          heading: null,
          text: 'This work was funded by the Japan Society for the Promotion of Science (KAKENHI 21H01234). We are grateful to the Plant Imaging Platform of Nagoya University for confocal time.',
        },
      },
      /in a footnote or note block/,
    ],
    [
      'author-note.html',
      {
        acknowledgements: {
          heading: null,
          text: 'We thank the staff of the MR Research Centre, especially Ole Nørgaard, for scanning support.',
        },
        funding: null,
      },
      /in a footnote or note block/,
    ],
    [
      'no-backmatter-headings.html',
      {
        acknowledgements: {
          heading: null,
          text: 'We thank Chiara Bellini and the Zebrafish Core Facility for fish husbandry. Funded in part by center grant P30 CA016086 from the National Cancer Institute.',
        },
        funding: null,
      },
      /in the last paragraphs of the article/,
    ],
    [
      'funding-side-panel.html',
      {
        acknowledgements: {
          heading: 'Acknowledgments',
          text: 'We thank the Proteomics Core Facility for mass spectrometry.',
        },
        funding: {
          heading: null,
          text: 'National Institute on Aging. Grant Number: R01 AG056789 Wellcome Trust. Grant Number: 219876/Z/19/Z',
        },
      },
      /funding section was recognised by its wording/,
    ],
    [
      'ack-runs-into-correspondence.html',
      {
        acknowledgements: {
          heading: 'Acknowledgments',
          text: 'We thank the Human Sleep Laboratory core for polysomnography.',
        },
      },
      null,
    ],
    [
      'jump-menu.html',
      {
        acknowledgements: {
          heading: 'Acknowledgments',
          text: 'We thank the NMR Core Facility of the Department of Chemistry for spectra.',
        },
      },
      null,
    ],
  ])('%s', (name, expected, warning) => {
    const record = read(name);
    for (const [key, value] of Object.entries(expected))
      expect(record.sections[key as SectionKey]).toEqual(value);
    if (warning) expect(record.warnings.some((w) => warning.test(w))).toBe(true);
    else expect(record.warnings.filter((w) => /recognised by its wording/.test(w))).toEqual([]);
  });

  it('does not take a "we thank" in the article body for the acknowledgements', () => {
    // The introduction of the footnote page says "We thank previous authors…": never credit by itself.
    const html = readFileSync(resolve(dir, 'footnote-after-conclusions.html'), 'utf8').replace(
      /<p class="small-print">[\s\S]*?<\/p>/,
      '',
    );
    const record = extract(parseHTML(html).document as unknown as Document, null);
    expect(record.sections.acknowledgements).toBeNull();
  });

  it('keeps the page text for the check, one line per block', () => {
    const record = read('no-backmatter-headings.html');
    expect(record.pageText?.split('\n')).toContain(
      'We thank Chiara Bellini and the Zebrafish Core Facility for fish husbandry.',
    );
  });
});
