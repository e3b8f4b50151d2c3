/**
 * `corecredit audit` (docs/AUDIT.md): audits many papers — from an id list, a Europe PMC query (given, or
 * built from the profile) or a folder of JATS files — and writes one row per paper and facility as
 * CSV or JSON, printing the rates per facility and year. The run is saved to a state file as it goes,
 * so an interrupted audit (Ctrl-C, a crash, an API outage) resumes where it stopped.
 */
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { defaultEngine } from '../audit/default-engine';
import { instrumentRatesCsv, toCsv, toJson } from '../audit/export';
import { instrumentMetrics } from '../audit/instrument-metrics';
import { MemoryAuditStore } from '../audit/memory-store';
import { metrics } from '../audit/metrics';
import { runAudit as runAuditLoop } from '../audit/run';
import type { AuditInput, AuditRow } from '../audit/types';
import type { Profile } from '../profile/types';
import { createCrossref } from '../sources/crossref';
import { buildQuery, createEuropePmc } from '../sources/europepmc';
import { createPoliteFetch } from '../sources/http';
import { AUDIT_USAGE, type AuditArgs, parseAuditArgs } from './audit-args';
import { auditJatsDir, readIdFile } from './audit-inputs';
import { type CliIo, type Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './io';
import { bundledReaderWorker, createJatsReader } from './jats-reader';
import { parseXml } from './parse-xml';
import { readProfile } from './profile-file';
import { liveLine } from './progress';
import { createWireWatch } from './wire-watch';

function dateClause(a: AuditArgs): string {
  return a.from || a.to ? ` AND FIRST_PDATE:[${a.from ?? '1800-01-01'} TO ${a.to ?? '2999-12-31'}]` : '';
}

async function loadStore(path: string): Promise<MemoryAuditStore> {
  try {
    return MemoryAuditStore.fromJSON(JSON.parse(await readFile(path, 'utf8')));
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return new MemoryAuditStore();
    throw new InputError(`${path}: the saved audit state cannot be read; delete it to start afresh`);
  }
}

async function saveStore(path: string, store: MemoryAuditStore) {
  // Write then rename, so a crash mid-write never leaves a half state file.
  await writeFile(`${path}.tmp`, JSON.stringify(store));
  await rename(`${path}.tmp`, path);
}

/**
 * The rows to OUT; with instruments in the profile, their rates per year to OUT's name with
 * `.instruments.csv` (what a facility sends an instrument's funder).
 */
async function writeResults(out: string, rows: AuditRow[], profile: Profile) {
  await writeFile(out, /\.json$/i.test(out) ? toJson(rows) : toCsv(rows));
  if (profile.facilities.some((f) => f.instruments.length > 0)) {
    await writeFile(instrumentsPath(out), instrumentRatesCsv(instrumentMetrics(rows, profile)));
  }
}

export function instrumentsPath(out: string): string {
  return `${out.replace(/\.(?:csv|json)$/i, '')}.instruments.csv`;
}

/** What stdout says after a run: the rates per facility (all years) and per instrument and year. */
function summary(rows: AuditRow[], profile: Profile) {
  const m = metrics(rows, profile);
  return { metrics: m.allYears, instruments: [...m.instruments.byYear, ...m.instruments.allYears] };
}

async function audit(a: AuditArgs, io: CliIo): Promise<number> {
  const profile = await readProfile(a.profile);
  const out = a.out as string;
  if (a.jatsDir) {
    const rows = await auditJatsDir(a.jatsDir, profile);
    await writeResults(out, rows, profile);
    io.stdout(
      `${JSON.stringify({ papers: new Set(rows.map((r) => r.paperKey)).size, ...summary(rows, profile) }, null, 2)}\n`,
    );
    return EXIT_OK;
  }
  let input: AuditInput;
  if (a.ids)
    input = { kind: 'ids', ids: await readIdFile(a.ids, (w) => io.stderr(`corecredit audit: ${w}\n`)) };
  else {
    let query: string;
    try {
      query = a.query
        ? `${a.query}${dateClause(a)}`
        : buildQuery(profile.facilities, { from: a.from, to: a.to });
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    if (a.printQuery) {
      io.stdout(`${query}\n`);
      return EXIT_OK;
    }
    input = { kind: 'query', query };
  }

  const statePath = a.state ?? `${out}.state.json`;
  const store = await loadStore(statePath);
  // The rate is counted when requests are written (./wire-watch.ts), and full texts are read in a
  // worker (./jats-reader.ts), so the requests' thread is not held up by reading (else they leave in bursts).
  const wire = createWireWatch();
  const polite = createPoliteFetch(io.fetch, { ratePerSecond: a.rate, wire });
  const sources = {
    epmc: createEuropePmc(polite, a.api ? { baseUrl: a.api } : {}),
    crossref: a.crossref ? createCrossref(polite, a.crossrefApi ? { baseUrl: a.crossrefApi } : {}) : null,
  };
  const workerUrl = io.jatsWorker === undefined ? bundledReaderWorker() : io.jatsWorker;
  const reader = workerUrl ? createJatsReader(workerUrl) : null;
  const runId = createHash('sha256').update(JSON.stringify(input)).digest('hex').slice(0, 16);
  const controller = new AbortController();
  // Every request and backoff in flight listens to this one signal; more than Node's default 10 is normal.
  setMaxListeners(0, controller.signal);
  const onSigint = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', onSigint);
  let lastSave = Date.now();
  const live = liveLine(io);
  // Saves run one after another: two writers of the same .tmp file would corrupt it.
  let saving = Promise.resolve();
  const save = () => {
    saving = saving.then(() => saveStore(statePath, store));
    return saving;
  };
  try {
    const result = await runAuditLoop({
      runId,
      input,
      profile,
      sources,
      store,
      engine: defaultEngine,
      parseXml,
      readJats: reader?.read,
      signal: controller.signal,
      concurrency: Math.max(2, Math.min(16, Math.ceil(a.rate / 2))),
      onProgress: (p) => {
        const line = `corecredit audit: ${p.done + p.failed}/${p.total} papers (${p.failed} failed)`;
        // On a terminal, the count is kept up to date in place; a log gets a line at each save.
        live.draw(line, p.done + p.failed === p.total);
        if (Date.now() - lastSave > 5000) {
          lastSave = Date.now();
          void save();
          if (!live.live) io.stderr(`${line}\n`);
        }
      },
    });
    // The summary goes to stdout, which may be the same terminal: the progress line goes first.
    live.clear();
    await save();
    await writeResults(out, result.rows, profile);
    const { progress } = result;
    io.stdout(
      `${JSON.stringify({ run: runId, status: result.run.status, ...progress, etaMs: undefined, ...summary(result.rows, profile) }, null, 2)}\n`,
    );
    if (result.error) throw new InputError(`${result.error}; run the same command again to resume`);
    if (result.stopped)
      throw new InputError(
        `paused after ${progress.done + progress.failed} of ${progress.total} papers; run the same command again to resume`,
      );
    return EXIT_OK;
  } finally {
    live.clear();
    process.off('SIGINT', onSigint);
    wire.close();
    await reader?.close();
  }
}

export const runAudit: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${AUDIT_USAGE}\n`);
    return EXIT_OK;
  }
  try {
    return await audit(parseAuditArgs(args), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`corecredit audit: ${e.message}\n${AUDIT_USAGE}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof InputError) {
      io.stderr(`corecredit audit: ${e.message}\n`);
      return EXIT_INPUT;
    }
    throw e;
  }
};
