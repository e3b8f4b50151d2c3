/** Arguments of `corecredit audit`; every mistake is a UsageError with a one-line reason. */
import { type OptionSpec, parseCommandArgs, stringOption } from './args';
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

const STRING_OPTIONS = [
  'profile',
  'ids',
  'query',
  'jats-dir',
  'from',
  'to',
  'out',
  'api',
  'crossref-api',
  'rate',
  'state',
] as const;
const OPTIONS: Record<string, OptionSpec> = {
  search: { type: 'boolean' },
  'no-crossref': { type: 'boolean' },
  'print-query': { type: 'boolean' },
};
for (const name of STRING_OPTIONS) OPTIONS[name] = { type: 'string' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditArgs(args: string[]): AuditArgs {
  const parsed = parseCommandArgs(args, OPTIONS, 'argument');
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unknown argument ${extra}`);
  const option = (name: (typeof STRING_OPTIONS)[number]) => stringOption(parsed, name);
  const v = {
    profile: option('profile'),
    ids: option('ids'),
    query: option('query'),
    jatsDir: option('jats-dir'),
    from: option('from'),
    to: option('to'),
    out: option('out'),
    api: option('api'),
    crossrefApi: option('crossref-api'),
    rate: option('rate'),
    state: option('state'),
  };
  const search = parsed.values.search === true;
  const crossref = parsed.values['no-crossref'] !== true;
  const printQuery = parsed.values['print-query'] === true;
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
  const rate = v.rate === null ? 10 : Number(v.rate);
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
