/**
 * A busy machine, made reproducible: blocks this thread's event loop at seeded random moments for
 * seeded random lengths, as reading a full text on a loaded machine did.
 */

/** mulberry32: a small seeded generator, so a failing seed can be run again. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function busyWait(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Spinning on purpose: this is the blocked event loop.
  }
}

export interface BlockerOptions {
  /** Time between the end of one block and the start of the next, in ms. */
  gap: [number, number];
  /** Length of a block, in ms. */
  block: [number, number];
}

/** Starts blocking; stop() ends it and says how many blocks there were. */
export function blockLoopAtRandom(seed: number, o: BlockerOptions): { stop(): number } {
  const random = seededRandom(seed);
  const between = ([lo, hi]: [number, number]) => lo + random() * (hi - lo);
  let blocks = 0;
  let timer: ReturnType<typeof setTimeout>;
  const next = () => {
    timer = setTimeout(() => {
      busyWait(between(o.block));
      blocks++;
      next();
    }, between(o.gap));
  };
  next();
  return {
    stop() {
      clearTimeout(timer);
      return blocks;
    },
  };
}

export interface SlowFetchOptions {
  /** Share of requests whose bytes leave late, and by how much (ms): a connection that had to be opened
   * while the loop was busy (traced under load: arriving up to 705 ms after the fetch call). */
  lateWrite: { share: number; delay: [number, number] };
  /** Share of answers after which the loop is blocked, and for how long (ms): where the audit used to
   * parse the full text it had just received. */
  blockAfter: { share: number; block: [number, number] };
}

/** fetch as a busy machine gives it: some requests leave late, some answers block the loop. */
export function slowFetch(seed: number, o: SlowFetchOptions, inner: typeof fetch = fetch): typeof fetch {
  const random = seededRandom(seed);
  const between = ([lo, hi]: [number, number]) => lo + random() * (hi - lo);
  return (async (input: string | URL | Request, init?: RequestInit) => {
    if (random() < o.lateWrite.share) await new Promise((r) => setTimeout(r, between(o.lateWrite.delay)));
    const res = await inner(input, init);
    const body = await res.arrayBuffer();
    if (random() < o.blockAfter.share) busyWait(between(o.blockAfter.block));
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  }) as typeof fetch;
}
