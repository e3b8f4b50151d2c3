/**
 * Reads the messy identifier lists facility managers paste or upload: DOIs (bare, as
 * doi.org / dx.doi.org URLs, "doi:"), PMIDs (bare or "PMID: 123"), PMCIDs ("PMC123", "pmc 123"),
 * and article URLs from PubMed, PMC and Europe PMC, separated by newlines, commas, semicolons, tabs
 * or spread over CSV columns. Duplicates are removed.
 */

import { normaliseDoi, trimDoiEnd } from '../doi';

type PaperIdKind = 'doi' | 'pmid' | 'pmcid';
export interface PaperId {
  kind: PaperIdKind;
  /** DOI lower-case without prefix; PMID digits; PMCID "PMC" + digits. */
  value: string;
}

export interface ParsedIdList {
  ids: PaperId[];
  /** Cells that hold no identifier, as written (trimmed). */
  invalid: string[];
  /** How many identifiers were dropped as repeats of an earlier one. */
  duplicates: number;
}

export function paperIdKey(id: PaperId): string {
  return `${id.kind}:${id.value}`;
}

const HEADER_WORDS = /^(doi|dois|pmid|pmids|pmcid|pmcids|pmc|id|ids|identifier|identifiers|pubmed id)$/i;

/** Reads one whitespace-free token; null when it is not an identifier. */
export function parseId(token: string): PaperId | null {
  // What sticks to any identifier in prose (trailing dots, commas, quotes, unclosed brackets) is what
  // sticks to a DOI.
  const t = trimDoiEnd(token.trim().replace(/^[<("'[]+/, ''));
  if (!t) return null;
  const pmcUrl =
    /(?:\/pmc\/articles\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/|\/article\/pmc\/)(pmc)?(\d+)/i.exec(t);
  if (pmcUrl) return { kind: 'pmcid', value: `PMC${Number(pmcUrl[2])}` };
  const pubmedUrl =
    /(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/|\/article\/med\/)(\d+)/i.exec(t);
  if (pubmedUrl) return { kind: 'pmid', value: String(Number(pubmedUrl[1])) };
  const doi = normaliseDoi(t);
  if (doi) return doi.length > 8 ? { kind: 'doi', value: doi } : null;
  const pmc = /^pmc(?:id)?:?(\d{1,9})$/i.exec(t);
  if (pmc) return { kind: 'pmcid', value: `PMC${Number(pmc[1])}` };
  const pmid = /^(?:pmid:?)?(\d{1,9})$/i.exec(t);
  if (pmid && Number(pmid[1]) > 0) return { kind: 'pmid', value: String(Number(pmid[1])) };
  return null;
}

/** Glues labels to their number so "PMID: 123", "pmc 123" and "doi: 10.…" become single tokens. */
function joinLabels(cell: string): string {
  return cell
    .replace(/\bpmid\s*:?\s*(?=\d)/gi, 'pmid:')
    .replace(/\bpmcid\s*:?\s*(?=(?:pmc)?\s*\d)/gi, '')
    .replace(/\bpmc\s*:?\s*(?=\d)/gi, 'PMC')
    .replace(/\bdoi\s*:\s*(?=10\.)/gi, '');
}

/** Splits one CSV/TSV line into cells, honouring double quotes. */
function splitRow(line: string, sep: RegExp): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') quoted = true;
    else if (sep.test(ch)) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}

/**
 * When the first line is a CSV/TSV header naming an identifier column ("DOI", "PMID"…), only those
 * columns are read, so titles and authors in other columns are not reported as invalid ids.
 */
function idColumns(lines: string[]): number[] | null {
  const first = lines[0];
  if (first === undefined) return null;
  const header = splitRow(first, /[,;\t]/).map((c) => c.trim());
  if (header.length < 2) return null;
  const cols = header.flatMap((c, i) => (HEADER_WORDS.test(c) ? [i] : []));
  return cols.length > 0 ? cols : null;
}

export function parseIdList(text: string): ParsedIdList {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const cols = idColumns(lines);
  const cells: string[] = [];
  if (cols) {
    for (const line of lines.slice(1)) {
      const row = splitRow(line, /[,;\t]/);
      for (const c of cols) cells.push(row[c] ?? '');
    }
  } else {
    for (const line of lines) cells.push(...splitRow(line, /[,;\t|]/));
  }

  const ids: PaperId[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const raw of cells) {
    const cell = raw.trim();
    if (!cell || HEADER_WORDS.test(cell)) continue;
    const tokens = joinLabels(cell).split(/\s+/).filter(Boolean);
    const found = tokens.map(parseId);
    if (found.every((f) => f === null)) {
      invalid.push(cell);
      continue;
    }
    for (const id of found) {
      if (!id) continue;
      const key = paperIdKey(id);
      if (seen.has(key)) duplicates++;
      else {
        seen.add(key);
        ids.push(id);
      }
    }
  }
  return { ids, invalid, duplicates };
}
