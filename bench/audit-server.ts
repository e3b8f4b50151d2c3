/**
 * The fake Europe PMC / Crossref server of the audit benchmark, in its own process (as the real services
 * are), so the time it counts requests at is not skewed by the audit's own work on the same event loop.
 * Prints {"url": …} once listening; on SIGTERM prints {"requests": n, "rateLimited": n} and exits.
 *   node scripts/run-ts.mjs bench/audit-server.ts PAPERS RATE
 */
import { startFakeEpmcServer } from '../tests/support/fake-epmc-server';
import { benchPapers } from './audit-papers';

const [papers = '1000', rate = '10'] = process.argv.slice(2);
const server = await startFakeEpmcServer({
  papers: benchPapers(Number(papers)),
  maxRatePerSecond: Number(rate),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', async () => {
  process.stdout.write(
    `${JSON.stringify({ requests: server.requests.length, rateLimited: server.rateLimited() })}\n`,
  );
  await server.close();
  process.exit(0);
});
