/**
 * Staff pasted into the options page: one name per line (an ORCID anywhere on the line is taken as
 * that person's), or CSV/TSV with a header row naming the columns: name, orcid, variants…, role,
 * start, end. Variants may be several columns or one cell separated by ";" or "|".
 */

import { newStaffMember } from './defaults';
import { parseOrcid } from './orcid';
import type { StaffMember } from './types';

const ORCID_IN_TEXT = /(?:https?:\/\/)?(?:orcid\.org\/)?\b\d{4}-\d{4}-\d{4}-\d{3}[\dXx]\b/;

function splitRow(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === delimiter) {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

function detectHeader(line: string): { delimiter: string; columns: string[] } | null {
  for (const delimiter of ['\t', ',', ';']) {
    if (!line.includes(delimiter)) continue;
    const columns = splitRow(line, delimiter).map((c) => c.toLowerCase().replace(/[^a-z]/g, ''));
    if (columns.includes('name')) return { delimiter, columns };
  }
  return null;
}

function fromCsv(lines: string[], header: { delimiter: string; columns: string[] }): StaffMember[] {
  const out: StaffMember[] = [];
  for (const line of lines) {
    const cells = splitRow(line, header.delimiter);
    const get = (col: string) => {
      const v = cells[header.columns.indexOf(col)];
      return v?.trim() ? v.trim() : null;
    };
    const name = get('name');
    if (!name) continue;
    const variants = header.columns
      .flatMap((c, i) => (c.startsWith('variant') || c === 'aliases' ? (cells[i] ?? '').split(/[;|]/) : []))
      .map((v) => v.trim())
      .filter((v) => v && v !== name);
    const orcidRaw = get('orcid');
    out.push(
      newStaffMember(name, {
        variants,
        orcid: orcidRaw ? parseOrcid(orcidRaw) : null,
        role: get('role'),
        start: get('start'),
        end: get('end'),
      }),
    );
  }
  return out;
}

function fromLines(lines: string[]): StaffMember[] {
  return lines.flatMap((line) => {
    const m = ORCID_IN_TEXT.exec(line);
    const orcid = m ? parseOrcid(m[0]) : null;
    const name = (m ? line.replace(m[0], ' ') : line)
      .replace(/^[\s•*\-–\d.)]+(?=\p{L})/u, '')
      .replace(/[\s,;:()<>[\]]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return name ? [newStaffMember(name, { orcid })] : [];
  });
}

/** Staff members from pasted text; blank lines, bullets and repeated names are dropped. */
export function parseStaffList(text: string): StaffMember[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0] ? detectHeader(lines[0]) : null;
  const staff = header ? fromCsv(lines.slice(1), header) : fromLines(lines);
  const seen = new Set<string>();
  return staff.filter((s) => {
    const k = s.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
