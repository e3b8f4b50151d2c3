/**
 * The fake Europe PMC / Crossref server of the audit benchmarks, in its own process (as the real services
 * are), so the time it counts requests at is not skewed by the audit's own work on the same event loop.
 * Prints {"url": …} once listening; on SIGTERM prints {"requests": n, "rateLimited": n, "arrivals": [ms…]}
 * and exits. RATE 0 answers every request (no 429). MIX is `bench` (bench/audit-papers.ts, the default)
 * or `rate` (tests/support/real-size-papers.ts: open access only, full texts of a real paper's size).
 *   node scripts/run-ts.mjs bench/audit-server.ts PAPERS RATE [MIX]
 */
import { startFakeEpmcServer } from '../tests/support/fake-epmc-server';
import { realSizePapers } from '../tests/support/real-size-papers';
import { benchPapers } from './audit-papers';

const [papers = '1000', rate = '10', mix = 'bench'] = process.argv.slice(2);
const server = await startFakeEpmcServer({
  papers: mix === 'rate' ? realSizePapers(Number(papers)) : benchPapers(Number(papers)),
  maxRatePerSecond: Number(rate),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', async () => {
  process.stdout.write(
    `${JSON.stringify({
      requests: server.requests.length,
      rateLimited: server.rateLimited(),
      arrivals: server.requests.map((r) => r.at),
    })}\n`,
  );
  await server.close();
  process.exit(0);
});
