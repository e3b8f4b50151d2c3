/** `--format csv`: RFC 4180, a header row, one row per file × facility (check) or per file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CSV_COLUMNS, checkCsv, EXTRACT_CSV_COLUMNS } from '../../../lib/cli/csv-output';
import type { LoadedArticle } from '../../../lib/cli/load-article';
import type { Verdict } from '../../../lib/verdict/types';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '../../..');
const PROFILE = join(ROOT, 'examples/profile.json');
const EXAMPLE = join(ROOT, 'examples/article.html');
const FIXTURE = join(ROOT, 'tests/unit/cli/fixtures/article.html');

/** RFC 4180 read back: quoted cells may hold commas, CRLF and doubled quotes; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell + row.join(''), 'the last record ends with CRLF').toBe('');
  return rows;
}

const article = (over: Partial<LoadedArticle>): LoadedArticle => ({
  file: 'a.html',
  kind: 'html',
  site: 'generic',
  doi: null,
  title: null,
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
const verdict: Verdict = {
  id: 'abif',
  name: 'ABIF',
  credit: 'missing',
  where: [],
  rrid: 'absent',
  staff: [],
  grants: [],
  instruments: [],
  flags: ['NOT_MENTIONED'],
  evidence: [],
  suggestion: 'We thank the "ABIF", McGill.\nLine two.',
};

describe('corecredit check --format csv', () => {
  it('has a header row and one row per file and facility, read back as written', async () => {
    const r = await runCli(['check', '--format', 'csv', '--profile', PROFILE, EXAMPLE, FIXTURE]);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual([...CHECK_CSV_COLUMNS]);
    expect(rows.map((x) => [x[0], x[3], x[5]])).toEqual([
      [EXAMPLE, 'cicc', 'named'],
      [EXAMPLE, 'gsp', 'missing'],
      [FIXTURE, 'cicc', 'missing'],
      [FIXTURE, 'gsp', 'missing'],
    ]);
    const cicc = Object.fromEntries(CHECK_CSV_COLUMNS.map((c, i) => [c, rows[0]?.[i]]));
    expect(cicc).toMatchObject({
      doi: '10.5555/jcd.2025.0142',
      where: 'acknowledgements; methods; affiliations',
      grants_missing: 'S10 OD030281; CFI 38211',
      staff_authors: 'Priya Raman',
      staff_acknowledged: 'Marta Okafor; Daniel Lévesque',
    });
    expect(cicc.suggestion).toContain('RRID:SCR_022415');
  });

  it('quotes commas, quotes and line breaks (RFC 4180), and keeps a formula as text', () => {
    const csv = checkCsv([
      { article: article({ title: '=HYPERLINK("x"), a "title"' }), facilities: [verdict] },
    ]);
    expect(csv).toContain('"\'=HYPERLINK(""x""), a ""title"""');
    const [, row] = parseCsv(csv);
    expect(row?.[2]).toBe('\'=HYPERLINK("x"), a "title"');
    expect(row?.[16]).toBe('We thank the "ABIF", McGill.\nLine two.');
    expect(row).toHaveLength(CHECK_CSV_COLUMNS.length);
  });

  it('a file without facilities or results gives the header alone', () => {
    expect(checkCsv([])).toBe(`${CHECK_CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('corecredit extract --format csv', () => {
  it('has one row per file with its sections', async () => {
    const r = await runCli(['extract', '--format', 'csv', EXAMPLE, FIXTURE]);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual([...EXTRACT_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const first = Object.fromEntries(EXTRACT_CSV_COLUMNS.map((c, i) => [c, rows[0]?.[i]]));
    expect(first).toMatchObject({ kind: 'html', doi: '10.5555/jcd.2025.0142', credit_authors: '4' });
    expect(first.acknowledgements).toMatch(/^We thank the Cellular Imaging/);
  });
});
