/** Authors from a JATS <article-meta>: names, ORCID iDs and affiliations (xref → <aff>, or <aff> inside). */
import type { Author } from '../article';
import { collapseWhitespace } from '../text';
import { bareOrcid } from './authors';
import {
  childrenNamed,
  descendantsNamed,
  elementChildren,
  jatsText,
  localName,
  xlinkHref,
} from './jats-text';

function textOf(el: Element | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

/** Name parts of a <name> or <string-name> (eastern order kept as written: family first). */
function nameParts(el: Element): { name: string; given: string | null; family: string | null } | null {
  const given = textOf(childrenNamed(el, 'given-names')[0]) || null;
  const family = textOf(childrenNamed(el, 'surname')[0]) || null;
  const suffix = textOf(childrenNamed(el, 'suffix')[0]);
  if (!given && !family) {
    const raw = textOf(el);
    return raw ? { name: raw, given: null, family: null } : null;
  }
  const eastern = el.getAttribute('name-style') === 'eastern';
  const parts = eastern ? [family, given] : [given, family];
  const name = [...parts.filter(Boolean), suffix].filter(Boolean).join(' ');
  return { name, given, family };
}

/**
 * Affiliation text without its label ("1", "a"). eLife writes <institution>, <addr-line> and <country>
 * side by side with no separator ("DartmouthHanoverUnited States"), so adjacent parts get a comma.
 */
function affText(aff: Element): string {
  const parts: string[] = [];
  let lastWasElement = false;
  for (const node of Array.from(aff.childNodes)) {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      if (t.trim()) lastWasElement = false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (['label', 'institution-id'].includes(localName(el))) continue;
    const t = jatsText(el);
    if (!t) continue;
    if (lastWasElement) parts.push(', ');
    parts.push(t);
    lastWasElement = true;
  }
  return collapseWhitespace(parts.join(''))
    .replace(/^[,;.\s]+/, '')
    .replace(/\s+,/g, ',');
}

function affiliationsById(meta: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const aff of descendantsNamed(meta, ['aff'])) {
    const id = aff.getAttribute('id');
    if (id) map.set(id, affText(aff));
  }
  return map;
}

function authorOf(contrib: Element, affs: Map<string, string>): Author | null {
  const nameEl =
    childrenNamed(contrib, 'name', 'string-name')[0] ?? descendantsNamed(contrib, ['name'], 1)[0];
  const collab = childrenNamed(contrib, 'collab')[0];
  const parts = nameEl
    ? nameParts(nameEl)
    : collab
      ? { name: jatsText(collab), given: null, family: null }
      : null;
  if (!parts?.name) return null;
  const orcidEl = childrenNamed(contrib, 'contrib-id').find((c) =>
    /orcid/i.test(`${c.getAttribute('contrib-id-type') ?? ''} ${c.textContent ?? ''}`),
  );
  // Older PLOS/Frontiers JATS link the iD instead: <uri content-type="orcid" xlink:href="https://orcid.org/…">.
  const orcidLink = childrenNamed(contrib, 'uri', 'ext-link')
    .map((c) => xlinkHref(c) ?? c.textContent ?? '')
    .find((href) => /orcid\.org/i.test(href));
  const affiliations: string[] = [];
  for (const x of childrenNamed(contrib, 'xref')) {
    if (x.getAttribute('ref-type') !== 'aff') continue;
    for (const rid of (x.getAttribute('rid') ?? '').split(/\s+/)) {
      const a = affs.get(rid);
      if (a && !affiliations.includes(a)) affiliations.push(a);
    }
  }
  for (const aff of childrenNamed(contrib, 'aff')) affiliations.push(affText(aff));
  return { ...parts, orcid: bareOrcid(orcidEl?.textContent) ?? bareOrcid(orcidLink), affiliations };
}

/** The article's authors in order, with the <contrib> each came from (for role and footnote links). */
export function jatsAuthors(meta: Element | undefined): { author: Author; contrib: Element }[] {
  if (!meta) return [];
  const affs = affiliationsById(meta);
  const out: { author: Author; contrib: Element }[] = [];
  for (const group of childrenNamed(meta, 'contrib-group')) {
    for (const contrib of elementChildren(group)) {
      if (localName(contrib) !== 'contrib') continue;
      const type = contrib.getAttribute('contrib-type');
      if (type && type !== 'author') continue;
      if (!type && group.getAttribute('content-type') && group.getAttribute('content-type') !== 'authors')
        continue;
      const author = authorOf(contrib, affs);
      if (author) out.push({ author, contrib });
    }
  }
  return out;
}
