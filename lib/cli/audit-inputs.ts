/** Reading what `corecredit audit` is given besides the profile (./profile-file.ts): the id list, a folder of JATS files. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultEngine } from '../audit/default-engine';
import { parseIdList } from '../audit/ids';
import { rowsForPaper } from '../audit/rows';
import type { AuditRow, PaperState } from '../audit/types';
import type { Profile } from '../profile/types';
import { InputError } from './io';
import { parseXml } from './parse-xml';

export async function readIdFile(path: string, warn: (s: string) => void) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(`${path}: cannot read the id list (${(e as { code?: string }).code ?? 'error'})`);
  }
  const list = parseIdList(text);
  if (list.invalid.length > 0) {
    const shown = list.invalid.slice(0, 5).map((s) => JSON.stringify(s.slice(0, 60)));
    warn(
      `${list.invalid.length} entries are not DOIs, PMIDs or PMCIDs and were skipped: ${shown.join(', ')}${list.invalid.length > 5 ? ', …' : ''}`,
    );
  }
  if (list.duplicates > 0) warn(`${list.duplicates} duplicate ids were removed`);
  if (list.ids.length === 0) throw new InputError(`${path}: no DOI, PMID or PMCID found`);
  return list.ids;
}

/** The offline audit: every .xml file of a folder through extractJats and check, no network. */
export async function auditJatsDir(dir: string, profile: Profile): Promise<AuditRow[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.xml$/i.test(n)).sort();
  } catch (e) {
    throw new InputError(`${dir}: cannot read the folder (${(e as { code?: string }).code ?? 'error'})`);
  }
  if (names.length === 0) throw new InputError(`${dir}: no .xml files`);
  const compiled = defaultEngine.compileProfile?.(profile) ?? profile;
  const rows: AuditRow[] = [];
  for (const [seq, name] of names.entries()) {
    const paper: PaperState = {
      key: `file:${name}`,
      id: { kind: 'doi', value: '' },
      seq,
      status: 'failed',
      paperKey: `file:${name}`,
      meta: null,
      article: null,
      reason: null,
      attempts: 1,
    };
    try {
      const doc = parseXml(await readFile(join(dir, name), 'utf8'));
      if (!defaultEngine.isJats(doc)) throw new Error('not JATS XML');
      paper.article = defaultEngine.extractJats(doc, { pageText: false });
      paper.status = 'done';
      if (paper.article.doi) paper.paperKey = `doi:${paper.article.doi}`;
    } catch (e) {
      paper.reason = `${name}: ${(e as Error).message}`;
    }
    rows.push(
      ...rowsForPaper(paper, profile, paper.article ? defaultEngine.check(paper.article, compiled) : null),
    );
  }
  return rows;
}
