import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAudit } from '../../../lib/cli/audit';
import type { CliIo } from '../../../lib/cli/io';
import { type FakeServer, startFakeEpmcServer } from '../../support/fake-epmc-server';
import { doiOf, makePaper, pmcidOf, pmidOf } from '../../support/fake-papers';

const profilePath = resolve(process.cwd(), 'tests/fixtures/api/profile-abif.json');
let dir = '';
let server: FakeServer | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-audit-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), fetch };
  return { io: value, out, err };
}

const papers = () => [
  makePaper(1),
  makePaper(2, { unnamed: true, year: 2024 }),
  makePaper(3, { openAccess: false, grantsList: [{ grantId: 'S10 OD026899' }] }),
];

describe('corecredit audit', () => {
  it('audits an id list against Europe PMC (--api) and writes CSV, counting duplicates once', async () => {
    server = await startFakeEpmcServer({ papers: papers() });
    const ids = join(dir, 'ids.txt');
    writeFileSync(
      ids,
      `${pmidOf(1)}\nhttps://doi.org/${doiOf(1)}\n${pmcidOf(2)}; PMID: ${pmidOf(3)}\nnot-an-id\n${pmidOf(3)}\n`,
    );
    const out = join(dir, 'results.csv');
    const t = io();
    const code = await runAudit(
      [
        '--profile',
        profilePath,
        '--ids',
        ids,
        '--out',
        out,
        '--api',
        server.epmcBase,
        '--crossref-api',
        server.crossrefBase,
        '--rate',
        '200',
      ],
      t.io,
    );
    expect(t.err.join('')).toContain('1 entries are not DOIs, PMIDs or PMCIDs and were skipped: "not-an-id"');
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      `pmid:${pmidOf(1)},${pmidOf(1)}`,
      `pmid:${pmidOf(2)},${pmidOf(2)}`,
      `pmid:${pmidOf(3)},${pmidOf(3)}`,
    ]);
    expect(lines[3]).toContain('partial');
    const summary = JSON.parse(t.out.join(''));
    expect(summary).toMatchObject({ status: 'done', done: 4, total: 4, failed: 0 });
    expect(summary.metrics[0]).toMatchObject({ facilityId: 'abif', papers: 3, named: { count: 1, of: 2 } });
    expect(existsSync(`${out}.state.json`)).toBe(true);
  });

  it('builds the query from the profile and prints it for editing', async () => {
    const t = io();
    expect(
      await runAudit(
        ['--profile', profilePath, '--search', '--from', '2023-01-01', '--to', '2023-12-31', '--print-query'],
        t.io,
      ),
    ).toBe(0);
    expect(t.out.join('')).toMatch(
      /^\(ACK_FUND:\("Advanced BioImaging Facility" OR "ABIF".* AND FIRST_PDATE:\[2023-01-01 TO 2023-12-31\]\n$/,
    );
  });

  it('runs an edited query and writes JSON; the same command again fetches nothing', async () => {
    const many = Array.from({ length: 5 }, (_, i) => makePaper(i + 1));
    server = await startFakeEpmcServer({ papers: many });
    const out = join(dir, 'r.json');
    const args = [
      '--profile',
      profilePath,
      '--query',
      'ACK_FUND:"ABIF"',
      '--from',
      '2023-01-01',
      '--out',
      out,
      '--api',
      server.epmcBase,
      '--no-crossref',
      '--rate',
      '200',
    ];
    const t = io();
    expect(await runAudit(args, t.io)).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8'));
    expect(rows.map((r: { pmid: string }) => r.pmid)).toEqual(many.map((_, i) => pmidOf(i + 1)));
    expect(server.requests[0]?.path).toContain(
      'query=ACK_FUND:"ABIF" AND FIRST_PDATE:[2023-01-01 TO 2999-12-31]',
    );
    // Same command again: the saved run is done, nothing is fetched again.
    const before = server.requests.length;
    expect(await runAudit(args, io().io)).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(5);
  });

  it('audits a folder of JATS files offline', async () => {
    const jats = join(dir, 'jats');
    mkdirSync(jats);
    writeFileSync(join(jats, 'a.xml'), makePaper(1).fullText as string);
    writeFileSync(join(jats, 'b.xml'), '<html><body>not jats</body></html>');
    const out = join(dir, 'offline.json');
    const t = io();
    expect(await runAudit(['--profile', profilePath, '--jats-dir', jats, '--out', out], t.io)).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8'));
    expect(rows.map((r: { paperKey: string; status: string }) => [r.paperKey, r.status])).toEqual([
      [`doi:${doiOf(1)}`, 'checked'],
      ['file:b.xml', 'failed'],
    ]);
    expect(rows[0].verdict.credit).toBe('named-with-pid');
    expect(rows[1].reason).toBe('b.xml: not JATS XML');
  });

  it('reports instrument use and grant citation per instrument and year', async () => {
    const jats = join(dir, 'jats');
    mkdirSync(jats);
    writeFileSync(join(jats, 'a.xml'), makePaper(1).fullText as string);
    writeFileSync(join(jats, 'b.xml'), makePaper(2, { year: 2024 }).fullText as string);
    const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
    profile.facilities[0].instruments = [
      { id: 'lsm880', name: 'Zeiss LSM 880', grants: [{ number: 'S10 OD099999', funder: 'NIH' }] },
      { id: 'elyra', name: 'Zeiss Elyra 7', grants: ['S10 OD026899'] },
    ];
    const withInstruments = join(dir, 'profile.json');
    writeFileSync(withInstruments, JSON.stringify(profile));
    const out = join(dir, 'offline.csv');
    const t = io();
    expect(await runAudit(['--profile', withInstruments, '--jats-dir', jats, '--out', out], t.io)).toBe(0);
    const header = readFileSync(out, 'utf8').split('\r\n')[0];
    expect(header).toMatch(/,instruments_used,instrument_grants_cited,instrument_grants_missing$/);
    const rates = readFileSync(join(dir, 'offline.instruments.csv'), 'utf8').trim().split('\r\n');
    expect(rates).toContain('abif,lsm880,Zeiss LSM 880,2023,1,1,1,1,0,0');
    expect(rates).toContain('abif,lsm880,Zeiss LSM 880,all,2,2,1,2,0,0');
    expect(rates).toContain('abif,elyra,Zeiss Elyra 7,all,2,0,0,0,0,');
    const summary = JSON.parse(t.out.join(''));
    expect(summary.instruments).toContainEqual(
      expect.objectContaining({ instrumentId: 'lsm880', year: null, used: { count: 2, of: 2, rate: 1 } }),
    );
  });

  it.each([
    [[], 2, '--profile PROFILE.json is required'],
    [['--profile', 'p.json'], 2, 'give exactly one of'],
    [['--profile', 'p.json', '--ids', 'x', '--query', 'q', '--out', 'o.csv'], 2, 'give exactly one of'],
    [['--profile', 'p.json', '--ids', 'x', '--out', 'o.txt'], 2, '--out must end in .csv or .json'],
    [['--profile', 'p.json', '--ids', 'x', '--out', 'o.csv', '--from', '2023'], 2, '--from must be a date'],
    [['--profile', 'p.json', '--ids', 'x', '--out', 'o.csv', '--bogus'], 2, 'unknown argument --bogus'],
    [['--profile', '/nonexistent.json', '--ids', 'x', '--out', 'o.csv'], 1, 'cannot read the profile'],
  ])('%j exits %i', async (args, code, message) => {
    const t = io();
    expect(await runAudit(args, t.io)).toBe(code);
    expect(t.err.join('')).toContain(message);
  });

  it('prints its usage for --help', async () => {
    const t = io();
    expect(await runAudit(['--help'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/^usage: corecredit audit --profile/);
  });

  it('refuses an id file with no identifiers (exit 1)', async () => {
    const ids = join(dir, 'ids.txt');
    writeFileSync(ids, 'hello\nworld\n');
    const t = io();
    expect(await runAudit(['--profile', profilePath, '--ids', ids, '--out', join(dir, 'o.csv')], t.io)).toBe(
      1,
    );
    expect(t.err.join('')).toContain('no DOI, PMID or PMCID found');
  });
});
