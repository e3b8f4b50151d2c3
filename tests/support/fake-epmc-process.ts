/**
 * Starts the fake Europe PMC in a child process (./fake-epmc-child.ts), for tests that block their own
 * event loop on purpose: in the test's process the server would stamp arrivals late, bunching them as
 * no real service would. Papers: ./real-size-papers.ts. Faults match by a substring of the path.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import type { Fault } from './fake-epmc-server';

export interface ChildServer {
  url: string;
  epmcBase: string;
  /** Stops the server; resolves with every request it received, in order of arrival. */
  stop(): Promise<{ path: string; at: number }[]>;
}

export async function startFakeEpmcProcess(spec: {
  papers: number;
  faults?: (Fault & { match: string })[];
}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'tests/support/fake-epmc-child.ts', JSON.stringify(spec)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    // It stands in for a remote service, which this machine's load would not slow (allowed as root only).
    if (child.pid) setPriority(child.pid, -10);
  } catch {}
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error('the fake Europe PMC process did not start');
  const { url } = JSON.parse(String(first.value)) as { url: string };
  return {
    url,
    epmcBase: `${url}/europepmc/webservices/rest`,
    async stop() {
      child.kill('SIGTERM');
      const last = await lines.next();
      return (JSON.parse(String(last.value)) as { requests: { path: string; at: number }[] }).requests;
    },
  };
}

/** Runs `audit` against a fresh server; returns its value and every request the server saw. */
export async function withFakeEpmcProcess<T>(
  spec: Parameters<typeof startFakeEpmcProcess>[0],
  audit: (server: ChildServer) => Promise<T>,
): Promise<{ value: T; requests: { path: string; at: number }[] }> {
  const server = await startFakeEpmcProcess(spec);
  let value: T;
  try {
    value = await audit(server);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { value, requests: await server.stop() };
}
