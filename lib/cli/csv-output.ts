/**
 * `--format csv` for `check` (one row per file × facility) and `extract` (one row per file): RFC 4180
 * (a header row, CRLF line ends, quotes where needed), cells made safe for spreadsheets as the audit's
 * export does (lib/audit/export.ts). Lists are joined with "; ". The columns are documented in
 * docs/CLI.md; new ones are added at the end.
 */
import { csvCell } from '../audit/export';
import type { LoadedArticle } from './load-article';
import type { CheckResult } from './summary-check';

export const CHECK_CSV_COLUMNS = [
  'file',
  'doi',
  'title',
  'facility_id',
  'facility_name',
  'credit',
  'where',
  'rrid',
  'flags',
  'grants_cited',
  'grants_missing',
  'staff_authors',
  'staff_acknowledged',
  'staff_absent',
  'instruments_used',
  'instrument_grants_missing',
  'suggestion',
] as const;

export const EXTRACT_CSV_COLUMNS = [
  'file',
  'kind',
  'site',
  'doi',
  'title',
  'journal',
  'published',
  'authors',
  'acknowledgements',
  'funding',
  'contributions',
  'credit_authors',
  'methods_mentions',
  'warnings',
] as const;

type Cell = string | number | null;
const list = (items: string[]) => items.join('; ');

function table(columns: readonly string[], rows: Cell[][]): string {
  const lines = [columns.join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function checkCsv(results: CheckResult[]): string {
  const rows = results.flatMap(({ article: a, facilities }) =>
    facilities.map((v): Cell[] => {
      const staff = (s: string) => list(v.staff.filter((x) => x.status === s).map((x) => x.name));
      const grants = (s: string) => list(v.grants.filter((g) => g.status === s).map((g) => g.number));
      const used = v.instruments.filter((i) => i.used);
      return [
        a.file,
        a.doi,
        a.title,
        v.id,
        v.name,
        v.credit,
        list(v.where),
        v.rrid,
        list(v.flags),
        grants('cited'),
        grants('missing'),
        staff('author'),
        staff('acknowledged'),
        staff('absent'),
        list(used.map((i) => i.id)),
        list(used.flatMap((i) => i.grants.filter((g) => g.status === 'missing').map((g) => g.number))),
        v.suggestion,
      ];
    }),
  );
  return table(CHECK_CSV_COLUMNS, rows);
}

export function extractCsv(records: LoadedArticle[]): string {
  const rows = records.map((a): Cell[] => [
    a.file,
    a.kind,
    a.site,
    a.doi,
    a.title,
    a.journal,
    a.published,
    list(a.authors.map((x) => x.name)),
    a.sections.acknowledgements?.text ?? null,
    a.sections.funding?.text ?? null,
    a.sections.contributions?.text ?? null,
    a.credit.length,
    a.methodsMentions.length,
    list(a.warnings),
  ]);
  return table(EXTRACT_CSV_COLUMNS, rows);
}
