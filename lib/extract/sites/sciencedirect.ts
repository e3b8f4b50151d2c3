/**
 * ScienceDirect (Elsevier, Cell Press journals hosted there). Authors and CRediT roles come from the
 * page's embedded JSON state (`<script type="application/json">`, contributor-role elements carrying
 * credit.niso.org URIs); older pages keep the DOI only in inline script (`SDM.doi = '…'`).
 */
import type { Author, CreditEntry, CreditRole } from '../../article';
import { collapseWhitespace } from '../../text';
import { makeAuthor } from '../authors';
import { normalizeCreditRole } from '../credit-roles';
import { attr } from '../dom';
import { normaliseDoi } from '../meta';
import { hostMatches } from '../page-hints';
import type { SiteAdapter } from '../site-adapter';

interface JsonNode {
  '#name'?: string;
  _?: string;
  $?: Record<string, unknown>;
  $$?: JsonNode[];
}

const MAX_STATE = 3_000_000;

function stateAuthors(doc: Document): Array<{ author: Author; roles: CreditRole[] }> {
  for (const s of doc.querySelectorAll('script[type="application/json"]')) {
    const raw = s.textContent ?? '';
    if (raw.length > MAX_STATE || !raw.includes('"authors"')) continue;
    let data: { authors?: { content?: JsonNode[] } };
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const out: Array<{ author: Author; roles: CreditRole[] }> = [];
    const visit = (n: JsonNode, depth: number) => {
      if (!n || typeof n !== 'object' || depth > 12) return;
      if (n['#name'] === 'author') {
        const kids = n.$$ ?? [];
        const given = kids.find((k) => k['#name'] === 'given-name')?._ ?? '';
        const family = kids.find((k) => k['#name'] === 'surname')?._ ?? '';
        const a = makeAuthor([given, family].filter(Boolean).join(' '));
        if (!a) return;
        if (given && family) Object.assign(a, { given, family });
        const roles: CreditRole[] = [];
        for (const k of kids) {
          if (k['#name'] !== 'contributor-role') continue;
          const role = normalizeCreditRole(String(k.$?.role ?? '')) ?? normalizeCreditRole(k._ ?? '');
          if (role && !roles.includes(role)) roles.push(role);
        }
        out.push({ author: a, roles });
        return;
      }
      for (const k of n.$$ ?? []) visit(k, depth + 1);
    };
    for (const n of data.authors?.content ?? []) visit(n, 0);
    if (out.length) return out;
  }
  return [];
}

function markupAuthors(doc: Document): Author[] {
  const out: Author[] = [];
  // Current layout: one button per author with given-name / surname spans.
  for (const g of doc.querySelectorAll('#author-group .given-name')) {
    const family = g.parentElement?.querySelector('.surname')?.textContent ?? '';
    const a = makeAuthor(`${g.textContent ?? ''} ${family}`);
    if (a) out.push(a);
  }
  if (out.length) return out;
  // 2014 layout: <a class="authorName" data-fn="Britta S." data-ln="Meyer">.
  for (const el of doc.querySelectorAll('a.authorName')) {
    const fn = attr(el, 'data-fn');
    const ln = attr(el, 'data-ln');
    const a =
      fn && ln
        ? { name: `${fn} ${ln}`, given: fn, family: ln, orcid: null, affiliations: [] }
        : makeAuthor(el.textContent ?? '');
    if (a) out.push(a);
  }
  return out;
}

function scriptDoi(doc: Document): string | null {
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const t = s.textContent ?? '';
    if (t.length > MAX_STATE) continue;
    const m = /SDM\.doi\s*=\s*'([^']+)'/.exec(t) ?? /"doi"\s*:\s*"(10\.[^"]+)"/.exec(t);
    if (m?.[1]) return normaliseDoi(m[1]);
  }
  return null;
}

export const sciencedirect: SiteAdapter = {
  id: 'sciencedirect',
  matches: (_url, doc, h) =>
    hostMatches(h, 'sciencedirect.com') ||
    (/\b(elsevier|cell press|pergamon|academic press)\b/.test(h.publisher) &&
      doc.querySelector('#author-group, .authorGroup') !== null),
  sections: { demote: '.Outline, .related-content, #preview-section-references' },
  refine(record, doc) {
    const state = stateAuthors(doc);
    if (!record.authors.length)
      record.authors = state.length ? state.map((s) => s.author) : markupAuthors(doc);
    const credit: CreditEntry[] = state
      .filter((s) => s.roles.length)
      .map((s) => ({ author: s.author.name, roles: s.roles }));
    if (credit.length) record.credit = credit;
    record.doi ??= scriptDoi(doc);
    if (record.title) record.title = collapseWhitespace(record.title);
  },
};

// Made for:
// https://www.sciencedirect.com/science/article/pii/S0896627303008031 (Neuron, Cell Press)
// https://www.sciencedirect.com/science/article/pii/S1053811915004280 (NeuroImage)
// https://www.sciencedirect.com/science/article/pii/S146290112300117X (CRediT in JSON state)
// http://www.sciencedirect.com/science/article/pii/S1055790314003601 (2014 layout, SDM.doi)
