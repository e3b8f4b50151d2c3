import { describe, expect, it } from 'vitest';
import { createPoliteFetch, parseRetryAfter, type WireWatch } from '../../../lib/sources/http';
import { SourceError } from '../../../lib/sources/source-error';
import { fakeClock } from '../../support/fake-clock';

type Step = number | 'network' | 'hang' | { status: number; retryAfter: string };

/** A fetch that answers from a script of steps and records the (fake) time of every call. */
function scripted(steps: Step[], clock: ReturnType<typeof fakeClock>) {
  const calls: { url: string; at: number }[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, at: clock.now() });
    const step = steps.shift() ?? 200;
    if (step === 'network') throw new TypeError('fetch failed');
    if (step === 'hang') {
      return new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    }
    if (typeof step === 'number') return new Response(`s${step}`, { status: step });
    return new Response('slow down', { status: step.status, headers: { 'retry-after': step.retryAfter } });
  }) as typeof fetch;
  return { fn, calls };
}

function setup(steps: Step[], opts: Parameters<typeof createPoliteFetch>[1] = {}) {
  const clock = fakeClock();
  const { fn, calls } = scripted(steps, clock);
  const pf = createPoliteFetch(fn, { now: clock.now, sleep: clock.sleep, random: () => 0.5, ...opts });
  return { pf, calls, clock };
}

describe('parseRetryAfter', () => {
  it.each<[string | null, number | null]>([
    ['3', 3000],
    ['0.5', 500],
    [null, null],
    ['soon', null],
    [new Date(1_000_000 + 7000).toUTCString(), 7000],
  ])('%j → %j', (value, ms) => {
    expect(parseRetryAfter(value, 1_000_000)).toBe(ms);
  });
});

describe('createPoliteFetch', () => {
  it('spaces requests to one host at the rate, but not requests to different hosts', async () => {
    const { pf, calls } = setup([], { ratePerSecond: 10 });
    await Promise.all([
      ...[1, 2, 3, 4, 5].map((i) => pf(`https://a.example/${i}`)),
      pf('https://b.example/1'),
    ]);
    const a = calls.filter((c) => c.url.includes('a.example')).map((c) => c.at);
    for (let i = 1; i < a.length; i++)
      expect((a[i] as number) - (a[i - 1] as number)).toBeGreaterThanOrEqual(100);
    const b = calls.find((c) => c.url.includes('b.example'));
    expect(b?.at).toBe(a[0]);
    expect((a[4] as number) - (a[0] as number)).toBe(400);
  });

  it('never sends more than the rate within one second, even when sleepers wake late together', async () => {
    const clock = fakeClock();
    const { fn, calls } = scripted([], clock);
    // A sleep that oversleeps the first waits by 300 ms, as a busy event loop does.
    let late = 3;
    const sleep = (ms: number, signal?: AbortSignal) => clock.sleep(ms + (late-- > 0 ? 300 : 0), signal);
    const pf = createPoliteFetch(fn, { now: clock.now, sleep, ratePerSecond: 5 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => pf(`https://a.example/${i}`)));
    const at = calls.map((c) => c.at);
    for (const t of at) expect(at.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(5);
  });

  it('lets requests that woke late together leave one per interval, each in a new slot', async () => {
    const clock = fakeClock();
    const { fn, calls } = scripted([], clock);
    // Every wait overslept by 700 ms, as on a loop blocked by parsing: all wake together.
    const sleep = (ms: number, signal?: AbortSignal) => clock.sleep(ms + 700, signal);
    const pf = createPoliteFetch(fn, { now: clock.now, sleep, ratePerSecond: 5 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => pf(`https://a.example/${i}`)));
    const at = calls.map((c) => c.at);
    for (let i = 1; i < at.length; i++)
      expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(200);
  });

  it('holds every request to the host for a Retry-After, also those already waiting for their turn', async () => {
    const { pf, calls } = setup([{ status: 429, retryAfter: '5' }], { ratePerSecond: 2 });
    await Promise.all([1, 2, 3].map((i) => pf(`https://a.example/${i}`)));
    const refused = calls[0]?.at as number;
    // /2 and /3 had their turns at +500 and +1000 ms; the 429 moved them (and the retry of /1) past 5 s.
    expect(calls.slice(1).map((c) => c.at - refused >= 5000)).toEqual([true, true, true]);
    expect(calls.map((c) => c.url)).toHaveLength(4);
  });

  it('counts a request handed to fetch but not yet written as leaving now (wire watch)', async () => {
    const clock = fakeClock();
    const writes: { url: string; at: number }[] = [];
    const waiting: ((at: number) => void)[] = [];
    const wire: WireWatch = {
      expect: () => ({ written: new Promise<number>((r) => waiting.push(r)), cancel: () => {} }),
    };
    // The first request's connection takes 1 s to open: written 1 s after fetch was called.
    const fn = (async (url: string) => {
      const written = waiting.shift() as (at: number) => void;
      if (url.endsWith('/0')) await clock.sleep(1000);
      writes.push({ url, at: clock.now() });
      written(clock.now());
      return new Response('ok');
    }) as typeof fetch;
    const pf = createPoliteFetch(fn, { now: clock.now, sleep: clock.sleep, ratePerSecond: 3, wire });
    await Promise.all(Array.from({ length: 6 }, (_, i) => pf(`https://a.example/${i}`)));
    const at = writes.map((w) => w.at);
    expect(writes).toHaveLength(6);
    // Counted at its fetch call instead, /0 would let a fourth write into [333, 1333).
    for (const t of at) expect(at.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(3);
  });

  it.each<[string, Step[], number]>([
    ['500 then 200', [500, 200], 2],
    ['502, 503 then 200', [502, 503, 200], 3],
    ['network error then 200', ['network', 200], 2],
  ])('retries %s', async (_name, steps, tries) => {
    const { pf, calls } = setup(steps);
    const res = await pf('https://a.example/x');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('s200');
    expect(calls).toHaveLength(tries);
  });

  it('does not retry a 404: the caller decides what it means', async () => {
    const { pf, calls } = setup([404]);
    expect((await pf('https://a.example/x')).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('waits out Retry-After on 429 before the next try', async () => {
    const { pf, calls } = setup([{ status: 429, retryAfter: '5' }, 200]);
    expect((await pf('https://a.example/x')).status).toBe(200);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(5000);
  });

  it('backs off exponentially', async () => {
    const { pf, clock } = setup([500, 500, 500, 200], { baseDelayMs: 100, ratePerSecond: 1000 });
    await pf('https://a.example/x');
    const backoffs = clock.sleeps.filter((ms) => ms > 1);
    expect(backoffs).toEqual([75, 150, 300]);
  });

  it('gives up with a user-facing SourceError after the retries', async () => {
    const { pf, calls } = setup([503, 503, 503], { retries: 2 });
    const err = await pf('https://a.example/x').catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toBe('a.example answered HTTP 503 after 3 tries');
    expect(err.status).toBe(503);
    expect(calls).toHaveLength(3);
  });

  it('refuses to wait out a very long Retry-After', async () => {
    const { pf } = setup([{ status: 429, retryAfter: '3600' }]);
    await expect(pf('https://a.example/x')).rejects.toThrow(/asks to wait 3600 s/);
  });

  it('times out a hanging request and retries it', async () => {
    const { pf, calls } = setup(['hang', 200], { timeoutMs: 20 });
    expect((await pf('https://a.example/x')).status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('reports a timeout in words when every try hangs', async () => {
    const { pf } = setup(['hang', 'hang'], { timeoutMs: 10, retries: 1 });
    await expect(pf('https://a.example/x')).rejects.toThrow(
      'a.example did not answer within 10 ms after 2 tries',
    );
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const { pf, calls } = setup(['hang', 200], { timeoutMs: 5000 });
    const controller = new AbortController();
    const p = pf('https://a.example/x', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('paused')), 5);
    await expect(p).rejects.toThrow('paused');
    expect(calls).toHaveLength(1);
  });
});
