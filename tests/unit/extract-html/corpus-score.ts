// Scores extract() against one gold label of ../shared/corpus, as docs/CORPUS.md says to compare.
import type { ArticleRecord, SectionKey } from '../../../lib/article';
import { collapseWhitespace, foldCase } from '../../../lib/text';

export interface Gold {
  doi: string | null;
  authors: string[];
  sections: Record<SectionKey, { start: string; end: string } | null>;
  credit: { author: string; roles: string[] }[];
}

export interface Score {
  presence: number;
  presenceOf: number;
  exact: number;
  exactOf: number;
  doi: boolean;
  authorsF1: number;
  creditTp: number;
  creditGold: number;
  creditGot: number;
  problems: string[];
}

const KEYS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];
/** Whitespace collapsed, surrounding spaces and final punctuation ignored. */
const norm = (s: string) => collapseWhitespace(s).replace(/[\s.,;:!?]+$/, '');

export function score(r: ArticleRecord, gold: Gold): Score {
  const s: Score = {
    presence: 0,
    presenceOf: 0,
    exact: 0,
    exactOf: 0,
    doi: false,
    authorsF1: 0,
    creditTp: 0,
    creditGold: 0,
    creditGot: 0,
    problems: [],
  };
  for (const k of KEYS) {
    const g = gold.sections[k];
    const got = r.sections[k];
    s.presenceOf++;
    if (!!g === !!got) s.presence++;
    else
      s.problems.push(`${k}: expected ${g ? 'a section' : 'none'}, got ${got ? `"${got.heading}"` : 'none'}`);
    if (g && got) {
      s.exactOf++;
      const t = norm(got.text);
      if (t.startsWith(norm(g.start)) && t.endsWith(norm(g.end))) s.exact++;
      else s.problems.push(`${k}: bounds "${t.slice(0, 60)}…${t.slice(-60)}"`);
    }
  }
  s.doi = (gold.doi?.toLowerCase() ?? null) === r.doi;
  if (!s.doi) s.problems.push(`doi ${r.doi} ≠ ${gold.doi}`);
  const want = gold.authors.map((a) => foldCase(collapseWhitespace(a)));
  const pool = r.authors.map((a) => foldCase(collapseWhitespace(a.name)));
  const got = pool.length;
  let tp = 0;
  for (const a of want) {
    const i = pool.indexOf(a);
    if (i >= 0) {
      tp++;
      pool.splice(i, 1);
    }
  }
  const p = got ? tp / got : 0;
  const rc = want.length ? tp / want.length : 1;
  s.authorsF1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
  if (s.authorsF1 < 0.95) s.problems.push(`authors F1 ${s.authorsF1.toFixed(2)}`);
  const pairs = (list: { author: string; roles: string[] }[]) =>
    new Set(list.flatMap((c) => c.roles.map((role) => `${foldCase(c.author)}|${role}`)));
  const gp = pairs(gold.credit);
  const rp = pairs(r.credit);
  s.creditGold = gp.size;
  s.creditGot = rp.size;
  for (const x of rp) if (gp.has(x)) s.creditTp++;
  if (s.creditTp !== gp.size || rp.size !== gp.size)
    s.problems.push(`credit ${s.creditTp}/${gp.size} (got ${rp.size})`);
  return s;
}
