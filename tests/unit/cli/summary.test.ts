/** The terminal summaries of `check` and `extract`: what a person reads, coloured or not. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedArticle } from '../../../lib/cli/load-article';
import { unpaint } from '../../../lib/cli/paint';
import { type CheckResult, checkSummary, verdictLines } from '../../../lib/cli/summary-check';
import { extractSummary } from '../../../lib/cli/summary-extract';
import type { Verdict } from '../../../lib/verdict/types';
import { runCli, tty } from './run-cli';

const ROOT = join(__dirname, '../../..');
const PROFILE = join(ROOT, 'examples/profile.json');
const EXAMPLE = join(ROOT, 'examples/article.html');
const ESC = '\u001b[';

const article = (over: Partial<LoadedArticle> = {}): LoadedArticle => ({
  file: 'paper.html',
  kind: 'html',
  site: 'generic',
  doi: '10.1/x',
  title: 'A paper',
  journal: null,
  published: null,
  authors: [],
  sections: { acknowledgements: null, funding: null, contributions: null },
  credit: [],
  otherContributions: [],
  methodsMentions: [],
  warnings: [],
  ...over,
});

const verdict = (over: Partial<Verdict> = {}): Verdict => ({
  id: 'abif',
  name: 'Advanced BioImaging Facility',
  credit: 'named',
  where: ['acknowledgements'],
  rrid: 'absent',
  staff: [],
  grants: [],
  instruments: [],
  flags: [],
  evidence: [],
  suggestion: null,
  ...over,
});

const plain = { colour: false, width: 80 };
const coloured = { colour: true, width: 80 };

describe('corecredit check on a terminal', () => {
  it('says per file its title and DOI, per facility the level in words, what is missing and the statement', async () => {
    const r = await runCli(['check', '--profile', PROFILE, EXAMPLE], '', tty({ NO_COLOR: '1' }));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain(`${EXAMPLE}\n  Title: Mitochondrial fission paces`);
    expect(r.stdout).toContain('  DOI: 10.5555/jcd.2025.0142');
    expect(r.stdout).toContain('Cellular Imaging and Cytometry Core (cicc): Named');
    expect(r.stdout).toContain('Genome Sequencing Platform (gsp): Not credited');
    expect(r.stdout).toContain('The facility’s RRID is not cited.');
    expect(r.stdout).toMatch(
      /A grant that funders require papers to cite is missing: S10 OD030281,\s+CFI 38211\./,
    );
    expect(r.stdout).toMatch(/Suggested statement:\n {6}We thank the Cellular Imaging/);
  });

  it('colours the levels on a terminal, and not with NO_COLOR', async () => {
    const on = await runCli(['check', '--profile', PROFILE, EXAMPLE], '', tty());
    const off = await runCli(['check', '--profile', PROFILE, EXAMPLE], '', tty({ NO_COLOR: '1' }));
    expect(on.stdout).toContain(`${ESC}31m${ESC}1mNot credited`);
    expect(on.stdout).toContain(`${ESC}36m${ESC}1mNamed`);
    expect(unpaint(on.stdout)).toBe(off.stdout);
  });

  it('--format text prints the summary into a pipe too, uncoloured unless FORCE_COLOR', async () => {
    const r = await runCli(['check', '--format', 'text', '--profile', PROFILE, EXAMPLE]);
    expect(r.stdout).toContain('(cicc): Named');
    expect(r.stdout).not.toContain(ESC);
  });

  it('wraps at the terminal’s width', async () => {
    const r = await runCli(['check', '--profile', PROFILE, EXAMPLE], '', tty({}, 50));
    // Counted as seen: without the colour codes.
    for (const line of unpaint(r.stdout).split('\n')) {
      if (line.trim().includes(' ')) expect(line, line).toHaveLength(Math.min(line.length, 50));
    }
  });
});

describe('checkSummary', () => {
  it.each([
    ['missing', 'Not credited', '31'],
    ['generic', 'Vague credit', '33'],
    ['named', 'Named', '36'],
    ['named-with-pid', 'Fully credited', '32'],
  ] as const)('%s is “%s” in colour %s', (credit, words, code) => {
    const [head] = verdictLines(verdict({ credit }), coloured);
    expect(head).toContain(`${ESC}${code}m${ESC}1m${words}`);
    expect(unpaint(head ?? '')).toBe(`  Advanced BioImaging Facility (abif): ${words}`);
  });

  it('names the grants not cited, and the instruments’ grants, apart from what is only to check', () => {
    const text = verdictLines(
      verdict({
        grants: [
          { number: 'S10 OD026899', status: 'missing' },
          { number: 'P30 CA1', status: 'cited' },
        ],
        instruments: [
          {
            id: 'lsm',
            name: 'Zeiss LSM 980',
            used: true,
            evidence: [],
            grants: [{ number: 'S10 OD030281', status: 'missing' }],
            suggestion: null,
          },
        ],
        flags: ['MISSING_GRANT', 'MISSING_INSTRUMENT_GRANT', 'NAME_VARIANT'],
      }),
      { colour: false, width: 200 },
    ).join('\n');
    expect(text).toContain(
      '    Missing:\n      - A grant that funders require papers to cite is missing: S10 OD026899.',
    );
    expect(text).not.toContain('P30 CA1');
    expect(text).toContain(
      '      - The paper used the Zeiss LSM 980 but does not cite its grant: S10 OD030281.',
    );
    expect(text).toContain('    To check:\n      - A staff name matched only as a likely misspelling');
  });

  it('counts the levels over several files', () => {
    const results: CheckResult[] = [
      { article: article({ file: 'a.html' }), facilities: [verdict({ credit: 'missing' }), verdict()] },
      {
        article: article({ file: 'b.html', title: null, doi: null }),
        facilities: [verdict({ credit: 'missing' })],
      },
    ];
    const text = checkSummary(results, plain);
    expect(text).toContain('b.html\n  Title: (no title found)\n  DOI: none');
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 files, 3 verdicts: 2 Not credited, 1 Named');
  });

  it('prints nothing when no file could be read', () => {
    expect(checkSummary([], plain)).toBe('');
  });
});

describe('extractSummary', () => {
  it('says what each section begins with, what is missing, and the warnings', () => {
    const text = extractSummary(
      [
        article({
          kind: 'jats',
          site: 'jats',
          journal: 'eLife',
          published: '2024-01-02',
          authors: [
            { name: 'Ann Lee', given: 'Ann', family: 'Lee', orcid: null, affiliations: [], kind: 'person' },
          ],
          sections: {
            acknowledgements: { heading: 'Acknowledgements', text: 'We thank the imaging core.' },
            funding: { heading: null, text: 'Funded by NIH.' },
            contributions: null,
          },
          warnings: ['The file is a part of a JATS article.'],
        }),
      ],
      plain,
    );
    expect(text).toContain('  Read as: jats · eLife · 2024-01-02');
    expect(text).toContain('  Authors: Ann Lee');
    expect(text).toContain('    Acknowledgements: “We thank the imaging core.”');
    expect(text).toContain('    Funding (no heading): “Funded by NIH.”');
    expect(text).toContain('    Author contributions: not found');
    expect(text).toContain('  Warnings:\n    - The file is a part of a JATS article.');
  });

  it('shows only the beginning of a long section', () => {
    const long = `${'word '.repeat(40)}end`;
    const text = extractSummary(
      [
        article({
          sections: { acknowledgements: { heading: 'A', text: long }, funding: null, contributions: null },
        }),
      ],
      { colour: false, width: 200 },
    );
    expect(text).toMatch(/Acknowledgements: “(word ){15}word …”/);
  });

  it('on a terminal, `corecredit extract` prints it', async () => {
    const r = await runCli(['extract', EXAMPLE], '', tty({ NO_COLOR: '1' }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  DOI: 10.5555/jcd.2025.0142');
    expect(r.stdout).toContain('  Authors: Sofia Lindqvist, Priya Raman, Kenji Aoyama, Hélène Dubois');
  });
});
