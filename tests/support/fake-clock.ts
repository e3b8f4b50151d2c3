/**
 * A virtual clock: sleep() returns at once in real time, but sleepers wake in order of their virtual
 * wake-up time and the clock jumps to it. Polite-fetch and audit tests run in milliseconds yet see
 * the same timings a real clock would give them.
 */
export function fakeClock(start = 1_000_000) {
  let t = start;
  const sleeps: number[] = [];
  const queue: { wake: number; seq: number; resolve: () => void }[] = [];
  let seq = 0;
  let draining = false;

  function drain() {
    draining = false;
    queue.sort((a, b) => a.wake - b.wake || a.seq - b.seq);
    const next = queue.shift();
    if (!next) return;
    t = Math.max(t, next.wake);
    next.resolve();
    schedule();
  }
  function schedule() {
    if (draining || queue.length === 0) return;
    draining = true;
    // setImmediate runs after the microtasks of the sleeper just woken, so it can sleep again first.
    setImmediate(drain);
  }

  return {
    now: () => t,
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        sleeps.push(ms);
        queue.push({ wake: t + ms, seq: seq++, resolve });
        schedule();
      }),
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
  };
}
