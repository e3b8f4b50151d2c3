/** Arguments of `corecredit audit`; every mistake is a UsageError with a one-line reason. */
import { UsageError } from './io';

export const AUDIT_USAGE =
  'usage: corecredit audit --profile PROFILE.json (--ids FILE | --query QUERY | --search | --jats-dir DIR)\n' +
  '         [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out RESULTS.csv|RESULTS.json\n' +
  '         [--api EUROPE_PMC_BASE_URL] [--crossref-api URL] [--no-crossref] [--rate N] [--state FILE]\n' +
  '         [--print-query]\n' +
  '  --search builds the Europe PMC query from the profile; --print-query prints it and exits, so it can be\n' +
  '  edited and given back with --query. A run is saved to --state (default RESULTS.state.json) as it goes;\n' +
  '  the same command resumes it. When the profile lists instruments, their use and grant-citation rates\n' +
  '  per year go to RESULTS.instruments.csv as well (and under "instruments" in what is printed).';

export interface AuditArgs {
  profile: string;
  ids: string | null;
  query: string | null;
  search: boolean;
  jatsDir: string | null;
  from: string | null;
  to: string | null;
  out: string | null;
  api: string | null;
  crossrefApi: string | null;
  crossref: boolean;
  rate: number;
  state: string | null;
  printQuery: boolean;
}

const VALUE_OPTIONS = {
  '--profile': 'profile',
  '--ids': 'ids',
  '--query': 'query',
  '--jats-dir': 'jatsDir',
  '--from': 'from',
  '--to': 'to',
  '--out': 'out',
  '--api': 'api',
  '--crossref-api': 'crossrefApi',
  '--rate': 'rate',
  '--state': 'state',
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditArgs(args: string[]): AuditArgs {
  const v: Record<string, string | null> = {};
  let search = false;
  let crossref = true;
  let printQuery = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--search') search = true;
    else if (name === '--no-crossref') crossref = false;
    else if (name === '--print-query') printQuery = true;
    else if (name in VALUE_OPTIONS) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new UsageError(`${name} needs a value`);
      v[VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS]] = value;
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  if (!v.profile) throw new UsageError('--profile PROFILE.json is required');
  const sources = [v.ids, v.query, search || null, v.jatsDir].filter((x) => x !== null && x !== undefined);
  if (sources.length !== 1) throw new UsageError('give exactly one of --ids, --query, --search, --jats-dir');
  for (const d of ['from', 'to'] as const) {
    if (v[d] && !DATE.test(v[d] as string)) throw new UsageError(`--${d} must be a date like 2023-01-31`);
  }
  if (!printQuery) {
    if (!v.out) throw new UsageError('--out RESULTS.csv or RESULTS.json is required');
    if (!/\.(csv|json)$/i.test(v.out)) throw new UsageError('--out must end in .csv or .json');
  }
  const rate = v.rate === undefined ? 10 : Number(v.rate);
  if (!(rate > 0 && rate <= 1000))
    throw new UsageError('--rate must be a number of requests per second (0–1000)');
  if (v.api && !/^https?:\/\//.test(v.api)) throw new UsageError('--api must be an http(s) URL');
  return {
    profile: v.profile,
    ids: v.ids ?? null,
    query: v.query ?? null,
    search,
    jatsDir: v.jatsDir ?? null,
    from: v.from ?? null,
    to: v.to ?? null,
    out: v.out ?? null,
    api: v.api ?? null,
    crossrefApi: v.crossrefApi ?? null,
    crossref,
    rate,
    state: v.state ?? null,
    printQuery,
  };
}
