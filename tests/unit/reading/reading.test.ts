// Papers checked while reading (opt-in) and the publisher sites the automatic check may run on.
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../../lib/article';
import { defaultEngine } from '../../../lib/audit/default-engine';
import { MemoryAuditStore } from '../../../lib/audit/memory-store';
import { READING_RUN_ID, recordReading } from '../../../lib/audit/reading';
import { buildRows } from '../../../lib/audit/rows';
import { originCovering, PUBLISHER_HOSTS, publisherOrigins } from '../../../lib/extract/publisher-sites';
import { SITE_ADAPTERS } from '../../../lib/extract/sites';
import { abifProfile } from '../../support/audit-profile';

function article(doi: string | null, ack: string) {
  const r = emptyRecord('html', 'plos');
  r.doi = doi;
  r.title = `Paper ${doi}`;
  r.published = '2024-05-02';
  r.sections.acknowledgements = { heading: 'Acknowledgements', text: ack };
  return r;
}

describe('recordReading', () => {
  it('keeps each paper once, in the place it was first read, and checks it with the current profile', async () => {
    const store = new MemoryAuditStore();
    const t0 = new Date('2026-11-30T10:00:00Z');
    expect(await recordReading(store, article('10.1/A', 'We thank the ABIF (RRID:SCR_017697).'), t0)).toBe(
      true,
    );
    expect(
      await recordReading(store, article('10.1/b', 'Thanks to our families.'), new Date(t0.getTime() + 1000)),
    ).toBe(true);
    // Read again later, with a changed page: refreshed, not added.
    expect(
      await recordReading(
        store,
        article('10.1/a', 'We thank the Advanced BioImaging Facility of McGill University.'),
        new Date(t0.getTime() + 2000),
      ),
    ).toBe(true);

    const run = await store.getRun(READING_RUN_ID);
    expect(run).toMatchObject({ input: { kind: 'reading' }, status: 'done' });
    const papers = await store.listPapers(READING_RUN_ID);
    expect(papers.map((p) => [p.key, p.meta?.year])).toEqual([
      ['doi:10.1/a', 2024],
      ['doi:10.1/b', 2024],
    ]);
    const rows = buildRows(papers, abifProfile(), defaultEngine);
    expect(rows.map((r) => [r.paperKey, r.status, r.verdict?.credit])).toEqual([
      ['doi:10.1/a', 'checked', 'named'],
      ['doi:10.1/b', 'checked', 'missing'],
    ]);
  });

  it('keeps the richer of two reads of a paper', async () => {
    const store = new MemoryAuditStore();
    const full = article(
      '10.1/c',
      'We thank the Advanced BioImaging Facility of McGill University for imaging.',
    );
    const abstractPage = article('10.1/c', 'Funded by X.');
    await recordReading(store, full, new Date());
    await recordReading(store, abstractPage, new Date());
    const [paper] = await store.listPapers(READING_RUN_ID);
    expect(paper?.article?.sections.acknowledgements?.text).toBe(full.sections.acknowledgements?.text);
  });

  it('does not keep a paper without a DOI', async () => {
    const store = new MemoryAuditStore();
    expect(await recordReading(store, article(null, 'We thank the ABIF.'), new Date())).toBe(false);
    expect(await store.getRun(READING_RUN_ID)).toBeNull();
  });
});

describe('publisher sites for the automatic check', () => {
  it('lists every adapter’s hosts as https patterns that cover subdomains', () => {
    for (const a of SITE_ADAPTERS) {
      expect(a.hosts.length, a.id).toBeGreaterThan(0);
      // Each host is asked for, itself or through its parent domain.
      for (const h of a.hosts) expect(originCovering(`https://${h}/x`, publisherOrigins()), h).not.toBeNull();
    }
    expect(PUBLISHER_HOSTS).not.toContain('journals.sagepub.com'); // sagepub.com covers it
    expect(publisherOrigins(['nature.com'])).toEqual(['https://*.nature.com/*']);
  });

  it.each([
    ['https://www.nature.com/articles/s41586-020-2649-2', 'https://*.nature.com/*'],
    ['https://nature.com/articles/x', 'https://*.nature.com/*'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC123/', 'https://*.pmc.ncbi.nlm.nih.gov/*'],
    ['https://www.ncbi.nlm.nih.gov/gene/672', null],
    ['https://pubmed.ncbi.nlm.nih.gov/31000000/', null],
    ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.1', 'https://*.plos.org/*'],
    ['http://www.nature.com/articles/x', null],
    ['https://notnature.com/articles/x', null],
    ['https://nature.com.evil.example/x', null],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => {
    expect(originCovering(url, publisherOrigins())).toBe(pattern);
  });

  it('reads plain-host patterns too (the e2e test server)', () => {
    expect(originCovering('http://127.0.0.1:4321/a.html', ['http://127.0.0.1/*'])).toBe('http://127.0.0.1/*');
    expect(originCovering('https://127.0.0.1/a.html', ['http://127.0.0.1/*'])).toBeNull();
  });
});
