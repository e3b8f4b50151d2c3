import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEuropePmc, idClause } from '../../../lib/sources/europepmc';
import { parseCoreResult, parseSearchPage } from '../../../lib/sources/europepmc-parse';
import type { PoliteFetch } from '../../../lib/sources/http';

const fixtures = resolve(process.cwd(), 'tests/fixtures/api');
const searchJson = JSON.parse(readFileSync(resolve(fixtures, 'epmc-search-core.json'), 'utf8'));

describe('parseSearchPage (core result shape)', () => {
  const page = parseSearchPage(searchJson, '*');
  it('reads every result, the hit count and the next cursor', () => {
    expect(page.hitCount).toBe(3);
    expect(page.results).toHaveLength(3);
    expect(page.nextCursorMark).toBe('AoIIP4ZawSg1MzEyODI1MA==');
  });
  it('reads identifiers, title, journal, year, open access, authors with ORCID and grants', () => {
    expect(page.results[0]).toMatchObject({
      pmid: '38000001',
      pmcid: 'PMC9000001',
      doi: '10.1234/cc.2023.0001',
      title: 'Live imaging of mitochondrial fission in cultured neurons',
      journal: 'Journal of Cell Imaging',
      year: 2023,
      isOpenAccess: true,
      inEPMC: true,
      grants: [{ agency: 'NIH HHS', grantId: 'S10 OD026899' }],
    });
    expect(page.results[0]?.authors[1]).toEqual({
      name: 'Brown CM',
      given: 'Claire M',
      family: 'Brown',
      orcid: '0000-0002-1825-0097',
    });
  });
  it('lower-cases DOIs and keeps grants without a number', () => {
    expect(page.results[1]?.doi).toBe('10.1234/cc.2023.0002');
    expect(page.results[1]?.grants).toEqual([
      { agency: 'NIH HHS', grantId: '1S10OD026899-01' },
      { agency: 'Cancer Institute', grantId: null },
    ]);
  });
  it('tolerates missing lists and identifiers', () => {
    expect(page.results[2]).toMatchObject({
      pmid: null,
      pmcid: null,
      authors: [],
      grants: [],
      year: 2024,
      journal: null,
    });
  });
  it.each([
    ['the cursor repeats (last page)', { nextCursorMark: 'abc', resultList: { result: [{}] } }, 'abc'],
    ['no results', { nextCursorMark: 'def', resultList: { result: [] } }, '*'],
    ['no cursor', { resultList: { result: [{}] } }, '*'],
  ])('ends paging when %s', (_n, json, cursor) => {
    expect(parseSearchPage(json, cursor).nextCursorMark).toBeNull();
  });
  it('reads a numeric pmcid as PMC + digits, and garbage as nothing', () => {
    expect(parseCoreResult({ pmcid: '6223039' }).pmcid).toBe('PMC6223039');
    expect(parseCoreResult(null)).toMatchObject({ pmid: null, authors: [] });
  });
});

function fakeFetch(handler: (url: URL) => Response) {
  const urls: URL[] = [];
  const fn: PoliteFetch = async (url) => {
    const u = new URL(url);
    urls.push(u);
    return handler(u);
  };
  return { fn, urls };
}

describe('Europe PMC client', () => {
  it('searches with the documented parameters', async () => {
    const { fn, urls } = fakeFetch(() => Response.json(searchJson));
    const epmc = createEuropePmc(fn, { baseUrl: 'http://fake/rest/' });
    const page = await epmc.search('ACK_FUND:"ABIF"', { pageSize: 25, cursorMark: '*' });
    expect(page.results).toHaveLength(3);
    const u = urls[0] as URL;
    expect(u.pathname).toBe('/rest/search');
    expect(u.search).toContain('query=ACK_FUND%3A%22ABIF%22&');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      query: 'ACK_FUND:"ABIF"',
      format: 'json',
      resultType: 'core',
      cursorMark: '*',
      pageSize: '25',
    });
  });

  it.each([
    [{ kind: 'pmid', value: '38000001' }, '(EXT_ID:38000001 AND SRC:MED)', 'PMC9000001'],
    [{ kind: 'pmcid', value: 'PMC9000001' }, 'PMCID:PMC9000001', 'PMC9000001'],
    [{ kind: 'doi', value: '10.1234/cc.2023.0002' }, 'DOI:"10.1234/cc.2023.0002"', null],
  ] as const)('resolves %j by %s', async (id, clause, pmcid) => {
    expect(idClause(id)).toBe(clause);
    const { fn, urls } = fakeFetch(() => Response.json(searchJson));
    const meta = await createEuropePmc(fn).resolve(id);
    expect(urls[0]?.searchParams.get('query')).toBe(clause);
    expect(meta?.pmcid ?? null).toBe(pmcid);
  });

  it('resolves many ids in one request and leaves unknown ones out', async () => {
    const { fn, urls } = fakeFetch(() => Response.json(searchJson));
    const found = await createEuropePmc(fn).resolveMany([
      { kind: 'pmid', value: '38000001' },
      { kind: 'doi', value: '10.1234/cc.2023.0002' },
      { kind: 'pmid', value: '1' },
    ]);
    expect(urls).toHaveLength(1);
    expect([...found.keys()]).toEqual(['pmid:38000001', 'doi:10.1234/cc.2023.0002']);
  });

  it('gets full text, null on 404, and a SourceError on other failures', async () => {
    const { fn, urls } = fakeFetch((u) =>
      u.pathname.includes('PMC1')
        ? new Response('<article/>')
        : new Response('gone', { status: u.pathname.includes('PMC2') ? 404 : 403 }),
    );
    const epmc = createEuropePmc(fn);
    expect(await epmc.fullText('PMC1')).toBe('<article/>');
    expect(urls[0]?.href).toBe('https://www.ebi.ac.uk/europepmc/webservices/rest/PMC1/fullTextXML');
    expect(await epmc.fullText('PMC2')).toBeNull();
    await expect(epmc.fullText('PMC3')).rejects.toThrow('Europe PMC answered HTTP 403 for the full text');
  });

  it('says when the JSON is truncated', async () => {
    const text = JSON.stringify(searchJson).slice(0, 300);
    const { fn } = fakeFetch(() => new Response(text));
    await expect(createEuropePmc(fn).search('x')).rejects.toThrow(
      'Europe PMC sent an incomplete answer (300 bytes of invalid JSON)',
    );
  });
});
