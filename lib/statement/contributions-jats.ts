/**
 * The contributions as JATS: a <contrib-group> of authors, each with one CRediT <role> per role as the
 * JATS4R CRediT recommendation (v1.2) tags it (vocab="credit", the NISO vocabulary and term URIs) and
 * JATS 1.3's degree-contribution; and a separate group for acknowledgees. JATS leaves contrib-type open:
 * acknowledgees are typed "acknowledged" (in a group of that content-type), so no reader takes them for
 * byline authors (JATS readers count as authors only contribs typed "author" or untyped in the byline).
 */
import type { CreditRole } from '../article';
import { type Acknowledgee, bareOrcid, type Contributor, nameParts, uniqueRoles } from './contributors';

const CREDIT_VOCAB_URI = 'https://credit.niso.org/';

/** The NISO URI of a role: https://credit.niso.org/contributor-roles/writing-review-editing/. */
export function creditRoleUri(role: CreditRole): string {
  const slug = role
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${CREDIT_VOCAB_URI}contributor-roles/${slug}/`;
}

/** Text and attribute values made safe for XML. */
function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function contrib(c: Contributor, type: string, affiliation: string | null, indent: string): string {
  const { given, family } = nameParts(c);
  const i1 = `${indent}  `;
  const i2 = `${indent}    `;
  const lines = [`${indent}<contrib contrib-type="${type}">`];
  const orcid = bareOrcid(c.orcid);
  if (orcid) lines.push(`${i1}<contrib-id contrib-id-type="orcid">https://orcid.org/${orcid}</contrib-id>`);
  lines.push(`${i1}<name>`);
  lines.push(`${i2}<surname>${escapeXml(family || c.name.trim())}</surname>`);
  if (given) lines.push(`${i2}<given-names>${escapeXml(given)}</given-names>`);
  lines.push(`${i1}</name>`);
  if (affiliation) lines.push(`${i1}<aff>${escapeXml(affiliation)}</aff>`);
  for (const { role, degree } of uniqueRoles(c.roles)) {
    const attrs = [
      'vocab="credit"',
      `vocab-identifier="${CREDIT_VOCAB_URI}"`,
      `vocab-term="${escapeXml(role)}"`,
      `vocab-term-identifier="${creditRoleUri(role)}"`,
      ...(degree ? [`degree-contribution="${degree}"`] : []),
    ];
    lines.push(`${i1}<role ${attrs.join(' ')}>${escapeXml(role)}</role>`);
  }
  lines.push(`${indent}</contrib>`);
  return lines.join('\n');
}

/**
 * The <contrib-group> elements for <article-meta>: the authors', then (when there are any) the
 * acknowledgees'.
 */
export function contributionsJats(authors: Contributor[], acknowledgees: Acknowledgee[] = []): string {
  const groups = [
    ['<contrib-group content-type="authors">', ...authors.map((a) => contrib(a, 'author', null, '  '))],
  ];
  const acks = acknowledgees.filter((a) => a.name.trim());
  if (acks.length > 0) {
    groups.push([
      '<contrib-group content-type="acknowledged">',
      ...acks.map((a) => contrib(a, 'acknowledged', a.affiliation?.trim() || null, '  ')),
    ]);
  }
  return groups.map((g) => [...g, '</contrib-group>'].join('\n')).join('\n');
}
