/**
 * A local stand-in for Europe PMC (and Crossref) on 127.0.0.1, port 0: replays generated records and
 * injects the faults an audit must survive — 429 with Retry-After, 5xx, hanging requests, bodies cut
 * off mid-stream or truncated JSON — and can cap the request rate it allows. Shared by the audit tests,
 * the CLI test, bench/audit.ts and (later) the dashboard's end-to-end test.
 *   Europe PMC base URL: `${server.url}/europepmc/webservices/rest`; Crossref: `${server.url}/crossref`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakePaper } from './fake-papers';

type FaultKind = '429' | '500' | '503' | 'hang' | 'reset' | 'truncated-json';
export interface Fault {
  /** Which requests: a substring or pattern of the path + query. */
  match: string | RegExp;
  kind: FaultKind;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** For 429/503: the Retry-After header value. */
  retryAfter?: string;
}

export interface FakeServerOptions {
  papers: FakePaper[];
  faults?: Fault[];
  /** Requests per second the server allows before answering 429 (Retry-After: 1). */
  maxRatePerSecond?: number;
}

export interface FakeServer {
  url: string;
  epmcBase: string;
  crossrefBase: string;
  /** Every request as received: path + query and the time it arrived. */
  requests: { path: string; at: number }[];
  /** Requests answered 429 because they came faster than maxRatePerSecond. */
  rateLimited: () => number;
  faults: Fault[];
  close(): Promise<void>;
}

const ID_CLAUSE = /\(EXT_ID:(\d+) AND SRC:MED\)|PMCID:(PMC\d+)|DOI:"([^"]+)"/g;

function send(res: ServerResponse, status: number, body: string, type = 'application/json', headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function searchBody(papers: FakePaper[], url: URL): string {
  const query = url.searchParams.get('query') ?? '';
  const cursor = url.searchParams.get('cursorMark') ?? '*';
  const pageSize = Math.min(1000, Number(url.searchParams.get('pageSize') ?? 25));
  const wanted = [...query.matchAll(ID_CLAUSE)];
  let hits = papers.map((p) => p.result);
  if (wanted.length > 0) {
    const keys = new Set(wanted.map((m) => m[1] ?? m[2] ?? (m[3] as string).toLowerCase()));
    hits = hits.filter(
      (r) => keys.has(String(r.pmid)) || keys.has(String(r.pmcid)) || keys.has(String(r.doi).toLowerCase()),
    );
  }
  const offset = cursor === '*' ? 0 : Number(Buffer.from(cursor, 'base64').toString().replace('offset:', ''));
  const page = hits.slice(offset, offset + pageSize);
  const end = offset + page.length >= hits.length;
  // Like Europe PMC, the last page repeats the cursor it was given.
  const next = end ? cursor : Buffer.from(`offset:${offset + pageSize}`).toString('base64');
  return JSON.stringify({
    version: '6.9',
    hitCount: hits.length,
    nextCursorMark: next,
    resultList: { result: page },
  });
}

export async function startFakeEpmcServer(options: FakeServerOptions): Promise<FakeServer> {
  const byPmcid = new Map(options.papers.map((p) => [String(p.result.pmcid), p]));
  const byDoi = new Map(options.papers.map((p) => [String(p.result.doi).toLowerCase(), p]));
  const faults = options.faults ?? [];
  const requests: { path: string; at: number }[] = [];
  const open = new Set<ServerResponse>();
  let rateLimited = 0;

  function fault(path: string): Fault | null {
    const f = faults.find(
      (x) =>
        (x.times ?? 1) > 0 && (typeof x.match === 'string' ? path.includes(x.match) : x.match.test(path)),
    );
    if (f) f.times = (f.times ?? 1) - 1;
    return f ?? null;
  }

  function overRate(at: number): boolean {
    const max = options.maxRatePerSecond;
    if (!max) return false;
    return requests.filter((r) => r.at > at - 1000).length > max;
  }

  function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = `${url.pathname}${url.search}`;
    const at = Date.now();
    requests.push({ path: decodeURIComponent(path), at });
    if (overRate(at)) {
      rateLimited++;
      return send(res, 429, '{"error":"rate"}', 'application/json', { 'retry-after': '1' });
    }
    const f = fault(decodeURIComponent(path));
    const body = route(url);
    if (f?.kind === '429' || f?.kind === '503') {
      return send(
        res,
        Number(f.kind),
        'busy',
        'text/plain',
        f.retryAfter ? { 'retry-after': f.retryAfter } : {},
      );
    }
    if (f?.kind === '500') return send(res, 500, 'oops', 'text/plain');
    if (f?.kind === 'hang') return; // never answers; the client's timeout must fire
    if (f?.kind === 'reset') {
      // Promise the whole body, send half, drop the connection: the client sees a network error.
      res.writeHead(body.status, {
        'content-type': body.type,
        'content-length': Buffer.byteLength(body.text),
      });
      res.write(body.text.slice(0, Math.floor(body.text.length / 2)));
      res.socket?.destroy();
      return;
    }
    if (f?.kind === 'truncated-json')
      return send(res, body.status, body.text.slice(0, Math.floor(body.text.length / 2)), body.type);
    send(res, body.status, body.text, body.type);
  }

  function route(url: URL): { status: number; text: string; type: string } {
    const p = url.pathname;
    if (p === '/europepmc/webservices/rest/search')
      return { status: 200, text: searchBody(options.papers, url), type: 'application/json' };
    const ft = /^\/europepmc\/webservices\/rest\/(PMC\d+)\/fullTextXML$/.exec(p);
    if (ft) {
      const text = byPmcid.get(ft[1] as string)?.fullText;
      return text
        ? { status: 200, text, type: 'application/xml' }
        : { status: 404, text: 'not found', type: 'text/plain' };
    }
    const cr = /^\/crossref\/works\/(.+)$/.exec(p);
    if (cr) {
      const work = byDoi.get(decodeURIComponent(cr[1] as string).toLowerCase())?.crossref;
      return work
        ? { status: 200, text: JSON.stringify(work), type: 'application/json' }
        : { status: 404, text: 'Resource not found.', type: 'text/plain' };
    }
    return { status: 404, text: 'no such route', type: 'text/plain' };
  }

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    answer(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    epmcBase: `${url}/europepmc/webservices/rest`,
    crossrefBase: `${url}/crossref`,
    requests,
    rateLimited: () => rateLimited,
    faults,
    close: () =>
      new Promise<void>((r) => {
        for (const res of open) res.socket?.destroy();
        server.close(() => r());
        // Keep-alive sockets would hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}
