/**
 * The fake Europe PMC of ./fake-epmc-server.ts as a process of its own (./fake-epmc-process.ts starts it).
 * Argument: a JSON spec {papers, faults?}. Prints {"url": …} once listening; on SIGTERM prints every
 * request with its arrival time and status, and exits.
 */
import type { Fault } from './fake-epmc-server';
import { startFakeEpmcServer } from './fake-epmc-server';
import { realSizePapers } from './real-size-papers';

const spec = JSON.parse(process.argv[2] ?? '{}') as { papers?: number; faults?: Fault[] };
const server = await startFakeEpmcServer({ papers: realSizePapers(spec.papers ?? 20), faults: spec.faults });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', async () => {
  process.stdout.write(`${JSON.stringify({ requests: server.requests })}\n`);
  await server.close();
  process.exit(0);
});
