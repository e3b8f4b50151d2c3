/**
 * ScienceDirect (Elsevier, Cell Press journals hosted there). Authors and CRediT roles come from the
 * page's embedded JSON state (`<script type="application/json">`, contributor-role elements carrying
 * credit.niso.org URIs); older pages keep the DOI only in inline script (`SDM.doi = '…'`). This is what
 * the page gives; the roles are read and merged with the text's by refine/sciencedirect.ts.
 */
import type { Author } from '../../article';
import { normaliseDoi } from '../../doi';
import { collapseWhitespace } from '../../text';
import { fillAffiliations, type MarkupPerson, makeAuthor } from '../authors';
import { attr } from '../dom';
import type { StatedRoles } from '../page-draft';
import { hostMatches } from '../page-hints';
import type { SiteAdapter } from '../site-adapter';

interface JsonNode {
  '#name'?: string;
  _?: string;
  $?: Record<string, unknown>;
  $$?: JsonNode[];
}

const MAX_STATE = 3_000_000;

interface StateAuthor {
  author: Author;
  /** Its contributor-role elements as written: the role's URI and its text. */
  roles: StatedRoles['roles'];
  /** Affiliation ids the author points to (cross-ref refid), and those of their author group. */
  refs: string[];
  groupAffs: string[];
}

/** A node's children, whatever the state holds there (it is a page's data, not a promise). */
const kidsOf = (n: JsonNode): JsonNode[] => (Array.isArray(n.$$) ? n.$$ : []);

const textOf = (n: JsonNode | undefined, depth = 0): string =>
  !n || depth > 8
    ? ''
    : (typeof n._ === 'string' ? n._ : '') +
      kidsOf(n)
        .map((k) => textOf(k, depth + 1))
        .join('');

/** An affiliation's text: its `textfn` when present, else its parts but the label, comma-separated. */
function affiliationText(n: JsonNode): string {
  const textfn = kidsOf(n).find((k) => k['#name'] === 'textfn');
  if (textfn) return collapseWhitespace(textOf(textfn));
  const parts = kidsOf(n)
    .filter((k) => k['#name'] !== 'label')
    .map((k) => collapseWhitespace(textOf(k)))
    .filter(Boolean);
  return parts.length ? parts.join(', ') : collapseWhitespace(textOf(n));
}

/** The state's authors with their affiliations (by cross-reference, else their group's). */
function stateAuthors(doc: Document): StateAuthor[] {
  const found = readState(doc);
  if (!found) return [];
  const { authors, affiliations } = found;
  for (const a of authors) {
    // Cross-references also point at footnotes and the corresponding-author note: only affiliations
    // count, and an author whose references name none has their group's.
    const linked = a.refs.filter((r) => affiliations.has(r));
    const ids = linked.length ? linked : a.groupAffs;
    a.author.affiliations = [...new Set(ids.map((id) => affiliations.get(id) ?? '').filter(Boolean))];
  }
  return authors;
}

function readState(doc: Document): { authors: StateAuthor[]; affiliations: Map<string, string> } | null {
  for (const s of doc.querySelectorAll('script[type="application/json"]')) {
    const raw = s.textContent ?? '';
    if (raw.length > MAX_STATE || !raw.includes('"authors"')) continue;
    let data: { authors?: { content?: unknown } };
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const content = data?.authors?.content;
    if (!Array.isArray(content)) continue;
    const out: StateAuthor[] = [];
    const affiliations = new Map<string, string>();
    const visit = (n: JsonNode, depth: number, group: string[]) => {
      if (!n || typeof n !== 'object' || depth > 12) return;
      if (n['#name'] === 'affiliation') {
        const id = String(n.$?.id ?? '');
        const text = affiliationText(n);
        if (id && text) affiliations.set(id, text);
        return;
      }
      if (n['#name'] === 'author-group') {
        const ids = kidsOf(n)
          .filter((k) => k['#name'] === 'affiliation')
          .map((k) => String(k.$?.id ?? ''));
        for (const k of kidsOf(n)) visit(k, depth + 1, ids);
        return;
      }
      if (n['#name'] === 'author') {
        const kids = kidsOf(n);
        const given = kids.find((k) => k['#name'] === 'given-name')?._ ?? '';
        const family = kids.find((k) => k['#name'] === 'surname')?._ ?? '';
        const a = makeAuthor([given, family].filter(Boolean).join(' '));
        if (!a) return;
        if (given && family && a.kind === 'person') Object.assign(a, { given, family });
        const roles = kids
          .filter((k) => k['#name'] === 'contributor-role')
          .map((k) => ({ uri: String(k.$?.role ?? ''), text: k._ ?? '' }));
        const refs = kids
          .filter((k) => k['#name'] === 'cross-ref')
          .flatMap((k) => String(k.$?.refid ?? '').split(/\s+/));
        out.push({ author: a, roles, refs, groupAffs: group });
        return;
      }
      for (const k of kidsOf(n)) visit(k, depth + 1, group);
    };
    for (const n of content as JsonNode[]) visit(n, 0, []);
    if (out.length) return { authors: out, affiliations };
  }
  return null;
}

/** Authors of the rendered byline with their affiliations (`dl.affiliation`, linked by superscript). */
function* bylinePersons(doc: Document): Generator<MarkupPerson> {
  const group = doc.querySelector('#author-group');
  if (!group) return;
  const byLabel = new Map<string, string>();
  const all: string[] = [];
  for (const dl of group.querySelectorAll('dl.affiliation')) {
    const text = collapseWhitespace(dl.querySelector('dd')?.textContent ?? '');
    if (!text) continue;
    all.push(text);
    byLabel.set(collapseWhitespace(dl.querySelector('dt')?.textContent ?? ''), text);
  }
  if (!all.length) return;
  for (const surname of group.querySelectorAll('.surname')) {
    const button = surname.closest('button, a') ?? surname.parentElement;
    const labels = [...(button?.querySelectorAll('.author-ref') ?? [])].map((r) =>
      collapseWhitespace(r.textContent ?? ''),
    );
    // Superscripts also mark footnotes and equal contributions: only affiliation labels count, and
    // with a single affiliation on the paper it is everyone's.
    const linked = labels.map((l) => byLabel.get(l) ?? '').filter(Boolean);
    const affiliations = linked.length ? linked : all.length === 1 ? all : [];
    const given = button?.querySelector('.given-name')?.textContent ?? null;
    yield { family: collapseWhitespace(surname.textContent ?? ''), given, affiliations };
  }
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
        ? {
            name: `${fn} ${ln}`,
            given: fn,
            family: ln,
            orcid: null,
            affiliations: [],
            kind: 'person' as const,
          }
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
  hosts: ['sciencedirect.com'],
  matches: (_url, doc, h) =>
    hostMatches(h, 'sciencedirect.com') ||
    (/\b(elsevier|cell press|pergamon|academic press)\b/.test(h.publisher) &&
      doc.querySelector('#author-group, .authorGroup') !== null),
  sections: { demote: '.Outline, .related-content, #preview-section-references' },
  readPage(doc, draft) {
    const state = stateAuthors(doc);
    // Meta tags carry no affiliations here: take them from the state, else from the byline. The meta
    // tags' authors are copied, not changed: the contributions text is read against them as they are.
    const authors = draft.authors.length
      ? draft.authors.map((a) => ({ ...a, affiliations: [...a.affiliations] }))
      : state.length
        ? state.map((s) => s.author)
        : markupAuthors(doc);
    fillAffiliations(
      authors,
      state.length
        ? state.map((s) => ({
            family: s.author.family,
            given: s.author.given,
            affiliations: s.author.affiliations,
          }))
        : bylinePersons(doc),
    );
    return {
      authors,
      statedRoles: state
        .filter((s) => s.roles.length)
        .map((s) => ({ author: s.author.name, roles: s.roles })),
      doi: draft.doi ?? scriptDoi(doc),
    };
  },
};

// Made for:
// https://www.sciencedirect.com/science/article/pii/S0896627303008031 (Neuron, Cell Press)
// https://www.sciencedirect.com/science/article/pii/S1053811915004280 (NeuroImage)
// https://www.sciencedirect.com/science/article/pii/S146290112300117X (CRediT in JSON state)
// http://www.sciencedirect.com/science/article/pii/S1055790314003601 (2014 layout, SDM.doi)
