import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCrossref, fundersAsGrants, parseWork } from '../../../lib/sources/crossref';
import type { PoliteFetch } from '../../../lib/sources/http';

const work = JSON.parse(
  readFileSync(resolve(process.cwd(), 'tests/fixtures/api/crossref-work.json'), 'utf8'),
);

describe('Crossref works', () => {
  it('reads title, journal, year and funders (with and without a Funder DOI)', () => {
    expect(parseWork(work, 'x')).toEqual({
      doi: '10.5555/cc.2022.0042',
      title: 'Quantitative phase imaging of dividing cells',
      journal: 'Imaging Methods',
      year: 2022,
      funders: [
        {
          name: 'National Institutes of Health',
          doi: '10.13039/100000002',
          award: ['S10 OD026899', 'R01 GM123456'],
        },
        { name: 'Imaging Core Trust', doi: null, award: [] },
      ],
    });
  });

  it('turns funders into one grant per award, keeping award-less funders', () => {
    expect(fundersAsGrants(parseWork(work, 'x').funders)).toEqual([
      { agency: 'National Institutes of Health', grantId: 'S10 OD026899' },
      { agency: 'National Institutes of Health', grantId: 'R01 GM123456' },
      { agency: 'Imaging Core Trust', grantId: null },
    ]);
  });

  it('tolerates a message without funders or dates', () => {
    expect(parseWork({ message: { DOI: '10.1/AB' } }, 'x')).toEqual({
      doi: '10.1/ab',
      title: null,
      journal: null,
      year: null,
      funders: [],
    });
  });

  it.each([
    [200, 'ok'],
    [404, 'null'],
    [500, 'error'],
  ])('answers HTTP %i with %s', async (status, outcome) => {
    const urls: string[] = [];
    const fn: PoliteFetch = async (url) => {
      urls.push(url);
      return status === 200 ? Response.json(work) : new Response('', { status });
    };
    const p = createCrossref(fn, { mailto: 'a@b.org' }).works('10.5555/cc.2022.0042');
    if (outcome === 'error') await expect(p).rejects.toThrow('Crossref answered HTTP 500');
    else if (outcome === 'null') expect(await p).toBeNull();
    else expect((await p)?.year).toBe(2022);
    expect(urls[0]).toBe('https://api.crossref.org/works/10.5555%2Fcc.2022.0042?mailto=a%40b.org');
  });
});
