/**
 * Authors from a JATS <article-meta>: names, ORCID iDs and affiliations (xref → <aff>, or <aff> inside).
 * Read by the standard's structure, not one producer's habits: PMC / Europe PMC full texts of some
 * publishers put untyped <contrib>s in <contrib-group content-type="author">, and group authors come as
 * <collab> (with their members, if listed, nested inside it).
 */
import type { Author } from '../article';
import { collapseWhitespace } from '../text';
import { bareOrcid } from './authors';
import { groupAuthor, isGroupName } from './group-author';
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

/**
 * A group author's own name: <collab-name> (JATS 1.4) or the <collab>'s text without the members it
 * lists (a nested <contrib-group>), its footnote links and addresses. <collab-alternatives> holds the
 * same name in several languages: the first is read.
 */
function collabName(el: Element): string {
  const collab = localName(el) === 'collab-alternatives' ? (childrenNamed(el, 'collab')[0] ?? el) : el;
  const own = childrenNamed(collab, 'collab-name')[0];
  if (own) return jatsText(own);
  const skip = childrenNamed(
    collab,
    'contrib-group',
    'xref',
    'fn',
    'address',
    'aff',
    'email',
    'uri',
    'ext-link',
  );
  return jatsText(collab, skip);
}

function authorOf(contrib: Element, affs: Map<string, string>): Author | null {
  const collab = childrenNamed(contrib, 'collab', 'collab-alternatives')[0];
  // A deeper <name> (inside <name-alternatives>) is the contrib's own, unless it is a member's in a <collab>.
  const nameEl =
    childrenNamed(contrib, 'name', 'string-name')[0] ??
    (collab ? undefined : descendantsNamed(contrib, ['name'], 1)[0]);
  const parts = nameEl
    ? nameParts(nameEl)
    : collab
      ? { name: collabName(collab), given: null, family: null }
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
  // A <collab>, or a <name> that holds a group's name ("<surname>ABC Study Group</surname>").
  if (!nameEl || isGroupName(parts.name)) return groupAuthor(parts.name, affiliations);
  const orcid = bareOrcid(orcidEl?.textContent) ?? bareOrcid(orcidLink);
  return { ...parts, orcid, affiliations, kind: 'person' };
}

/** contrib-type values of byline authors. "author non-byline" (PMC: a group's members) is not one. */
const AUTHOR_TYPE = /^(?:co-?)?authors?$/;
/** contrib-group content-types of the byline: none, "author(s)", "author list". */
const AUTHOR_GROUP = /^(?:authors?|author[\s-]?list)?$/;
/** Groups that list a collaboration's members (SciELO "collab-list"), not the byline. */
const MEMBERS_GROUP = /collab|member/;

const attr = (el: Element, name: string) => (el.getAttribute(name) ?? '').trim().toLowerCase();

/**
 * JATS leaves contrib-type open and optional. A typed contrib is an author when typed so (editors,
 * reviewers, translators are not); an untyped one is an author when its group is the byline (no
 * content-type, or "author"/"authors"), not an editors', reviewers' or section group (eLife "section").
 */
function isAuthorContrib(contrib: Element, group: Element): boolean {
  const groupType = attr(group, 'content-type');
  if (MEMBERS_GROUP.test(groupType)) return false;
  const type = attr(contrib, 'contrib-type');
  return type ? AUTHOR_TYPE.test(type) : AUTHOR_GROUP.test(groupType);
}

/** The article's authors in order, with the <contrib> each came from (for role and footnote links). */
export function jatsAuthors(meta: Element | undefined): { author: Author; contrib: Element }[] {
  if (!meta) return [];
  const affs = affiliationsById(meta);
  const out: { author: Author; contrib: Element }[] = [];
  for (const group of childrenNamed(meta, 'contrib-group')) {
    for (const contrib of elementChildren(group)) {
      if (localName(contrib) !== 'contrib' || !isAuthorContrib(contrib, group)) continue;
      const author = authorOf(contrib, affs);
      if (author) out.push({ author, contrib });
    }
  }
  return out;
}
