/**
 * How the dashboard reads full texts: in its own page, one paper per task. A Web Worker would
 * take the work off the page entirely, but the page reads with the browser's DOMParser, which workers do
 * not have, and another parser could read papers differently. So, as lib/dashboard/build-rows-sliced.ts
 * does for the checks: the texts wait in one line (never longer than the papers in flight, so memory stays
 * flat) and each is read in a task of its own, after the page — its painting, its timers, the answers of
 * requests — has had its turn. The rate limit does not depend on it: the send gate
 * (lib/sources/send-gate.ts) checks right before each request whatever the page did before.
 */
import type { JatsReading, ReadJats } from '../audit/read-jats';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function slicedJatsReader(
  read: (xml: string) => JatsReading,
  yieldToPage: () => Promise<void> = macrotask,
): ReadJats {
  let line: Promise<unknown> = Promise.resolve();
  return (xml, signal) => {
    const turn = line.then(async () => {
      await yieldToPage();
      signal?.throwIfAborted();
      return read(xml);
    });
    line = turn.catch(() => {});
    return turn;
  };
}
