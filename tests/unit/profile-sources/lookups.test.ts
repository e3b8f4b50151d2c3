import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FetchLike, LookupError } from '../../../lib/sources/lookup-json';
import { fetchRorOrganization, mapRorRecord, searchRor } from '../../../lib/sources/ror';
import { fetchRridRecord } from '../../../lib/sources/rrid';
import { SourceError } from '../../../lib/sources/source-error';

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/api', name), 'utf8')) as unknown;

function replay(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): FetchLike & { urls: string[] } {
  const urls: string[] = [];
  const f = async (url: string) => {
    urls.push(url);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return Object.assign(f, { urls });
}

/** A fetch that never answers until aborted, like a stalled network. */
const hanging: FetchLike = (_url, init) =>
  new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));

const offline: FetchLike = async () => {
  throw new TypeError('fetch failed');
};

describe('ROR', () => {
  it('maps a v2 record: display name, labels by language, acronyms, aliases, relationships', async () => {
    const f = replay(fixture('ror-organization-facility.json'));
    const org = await fetchRorOrganization('https://ror.org/05d78xc36', { fetch: f });
    expect(f.urls).toEqual(['https://api.ror.org/v2/organizations/05d78xc36']);
    expect(org).toEqual({
      ror: '05d78xc36',
      name: 'Northbridge Imaging Centre',
      lang: 'en',
      labels: [{ lang: 'de', name: 'Nordbrücke Bildgebungszentrum' }],
      acronyms: ['NBIC'],
      aliases: ['Northbridge BioImaging Core'],
      types: ['facility'],
      status: 'active',
      country: 'Germany',
      relationships: [
        { type: 'parent', label: 'Northbridge University', ror: '04cdgtt98' },
        { type: 'child', label: 'Northbridge Cryo-EM Unit', ror: '018mejw64' },
      ],
    });
  });

  it('asks the base it is given (the e2e build points it at a local fake)', async () => {
    const f = replay(fixture('ror-organization-facility.json'));
    await fetchRorOrganization('05d78xc36', { fetch: f, base: 'http://127.0.0.1:9/ror/v2/organizations' });
    expect(f.urls).toEqual(['http://127.0.0.1:9/ror/v2/organizations/05d78xc36']);
  });

  it('searches, keeping a non-English display name and skipping malformed items', async () => {
    const f = replay(fixture('ror-search.json'));
    const orgs = await searchRor(' Nordbrücke ', { fetch: f });
    expect(f.urls).toEqual(['https://api.ror.org/v2/organizations?query=Nordbr%C3%BCcke']);
    expect(orgs.map((o) => [o.ror, o.name, o.lang])).toEqual([
      ['018mejw64', 'Universität Nordbrücke', 'de'],
      ['04cdgtt98', 'Northbridge University Hospital', 'en'],
    ]);
    expect(orgs[0]).toMatchObject({
      labels: [{ lang: 'en', name: 'University of Northbridge' }],
      aliases: ['Uni Nordbrücke'],
    });
  });

  it.each([
    [{}],
    [{ id: 'https://ror.org/05d78xc36', names: [] }],
    [{ id: 'x', names: [{ value: 'A', types: ['ror_display'] }] }],
  ])('mapRorRecord refuses %j', (raw) => {
    expect(mapRorRecord(raw)).toBeNull();
  });
});

describe('RRID resolver', () => {
  it('maps the (modelled) resolver record', async () => {
    const f = replay(fixture('scicrunch-resolver-scr-017697.json'));
    const rec = await fetchRridRecord('RRID: SCR_017697', { fetch: f });
    expect(f.urls).toEqual(['https://scicrunch.org/resolver/RRID:SCR_017697.json']);
    expect(rec).toEqual({
      rrid: 'SCR_017697',
      name: 'Northbridge Light Microscopy Imaging Centre',
      aliases: ['LMIC Imaging Core', 'Confocal Microscopy Unit'],
      acronyms: ['LMIC'],
      description: 'Core facility providing confocal, light-sheet and super-resolution microscopy.',
      citation: '(Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697)',
      url: 'https://imaging.example.org',
    });
  });

  it('an empty hit list is "not found"', async () => {
    const err = await fetchRridRecord('SCR_999999', {
      fetch: replay({ hits: { total: 0, hits: [] } }),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(LookupError);
    expect(err).toMatchObject({
      kind: 'not-found',
      message: 'The RRID resolver (SciCrunch) has no record for RRID:SCR_999999.',
      lookupProblem: { code: 'RRID_NOT_FOUND', values: { id: 'RRID:SCR_999999' } },
    });
  });
});

describe('look-up errors say what happened', () => {
  it.each([
    [
      'offline',
      offline,
      'Could not reach the RRID resolver (SciCrunch) — check your internet connection and try again.',
    ],
    [
      'not-found',
      replay('Not found', 404),
      'The RRID resolver (SciCrunch) has no record for RRID:SCR_017697.',
    ],
    [
      'unexpected',
      replay('{"hits": {"hits": [{"_source": {"item": {}}}]}}'),
      'The RRID resolver (SciCrunch) sent a response CoreCredit could not read.',
    ],
    [
      'unexpected',
      replay('{"hits": '),
      'The RRID resolver (SciCrunch) sent a response CoreCredit could not read.',
    ],
  ])('RRID resolver: %s', async (kind, f, message) => {
    const err = await fetchRridRecord('SCR_017697', { fetch: f as FetchLike }).catch((e) => e);
    expect(err).toMatchObject({ kind, message });
  });

  it.each([
    ['offline', offline, 'Could not reach ROR — check your internet connection and try again.'],
    ['not-found', replay('{"errors":["ROR ID not found"]}', 404), 'ROR has no record for the ID 05d78xc36.'],
    ['unexpected', replay('oops', 500), 'ROR answered with an error (HTTP 500) — try again later.'],
    [
      'rate-limited',
      replay('{"errors":["Rate limit exceeded"]}', 429, { 'retry-after': '30' }),
      'ROR is receiving too many requests — try again in 30 s.',
    ],
    ['rate-limited', replay('', 429), 'ROR is receiving too many requests — try again in a minute.'],
    ['unexpected', replay('<html>maintenance</html>'), 'ROR sent a response CoreCredit could not read.'],
    ['unexpected', replay({ id: 'x' }), 'ROR sent a response CoreCredit could not read.'],
    ['timeout', hanging, 'ROR did not answer within 20 ms — try again later.'],
  ])('%s', async (kind, f, message) => {
    const err = await fetchRorOrganization('05d78xc36', { fetch: f as FetchLike, timeoutMs: 20 }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ kind, message });
  });

  it('calls fetch detached, as a browser requires of window.fetch', async () => {
    let receiver: unknown = 'unset';
    const body = JSON.stringify(fixture('ror-organization-facility.json'));
    const strict = function (this: unknown) {
      receiver = this;
      return Promise.resolve(new Response(body));
    };
    await fetchRorOrganization('05d78xc36', { fetch: strict });
    expect(receiver).toBeUndefined();
  });

  it('an invalid ID is refused before any request', async () => {
    const f = replay({});
    const err = await fetchRorOrganization('05d78xc37', { fetch: f }).catch((e) => e);
    expect(err.message).toBe(
      '“05d78xc37” is not a valid ROR ID — it should look like https://ror.org/05d78xc36.',
    );
    expect(f.urls).toEqual([]);
  });

  it("the caller's abort is passed through, not reported as offline", async () => {
    const controller = new AbortController();
    const p = fetchRorOrganization('05d78xc36', { fetch: hanging, signal: controller.signal }).catch(
      (e) => e,
    );
    controller.abort();
    expect(await p).not.toBeInstanceOf(LookupError);
  });
});
