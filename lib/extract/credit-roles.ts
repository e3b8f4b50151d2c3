/**
 * CRediT role names: every written form we meet in papers and JATS markup → the official English name.
 * parseContributions (per-author roles from a contributions statement) is in parse-contributions.ts, which
 * imports this file (re-exporting it from here made an import cycle).
 */
import { CREDIT_ROLES, type CreditRole } from '../article';
import { foldCase } from '../text';

/** Normalised key (lower-case ASCII words, American spelling) → official role name. */
const ROLE_BY_KEY = new Map<string, CreditRole>();
for (const role of CREDIT_ROLES) ROLE_BY_KEY.set(roleKey(role), role);
// Forms publishers use that do not reduce to the official key by spelling alone.
const EXTRA_FORMS: [string, CreditRole][] = [
  ['writing original draft preparation', 'Writing – original draft'],
  ['original draft preparation', 'Writing – original draft'],
  ['original draft', 'Writing – original draft'],
  ['writing original draft', 'Writing – original draft'],
  ['writing review', 'Writing – review & editing'],
  ['writing reviewing and editing', 'Writing – review & editing'],
  ['writing review editing', 'Writing – review & editing'],
  ['review and editing', 'Writing – review & editing'],
  ['reviewing and editing', 'Writing – review & editing'],
  ['writing editing', 'Writing – review & editing'],
  ['resource', 'Resources'],
  ['data curator', 'Data curation'],
];
for (const [key, role] of EXTRA_FORMS) ROLE_BY_KEY.set(key, role);

function roleKey(s: string): string {
  return foldCase(s)
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .replace(/\b(conceptuali|visuali)s(ation)\b/g, '$1z$2')
    .replace(/\bformal analyses\b/g, 'formal analysis')
    .trim();
}

/** ANSI/NISO Z39.104-2022's degrees of contribution, in brackets after a role or a name. */
export const DEGREE_AFTER = /\s*\((?:lead|equal|supporting)\)$/i;

/**
 * Maps a written CRediT role ("Conceptualisation", "Writing—Review & Editing", "writing (review and
 * editing)", a credit.niso.org or credit.casrai.org URI) to its official name, or null when it is not a
 * CRediT role.
 */
export function normalizeCreditRole(s: string): CreditRole | null {
  // A degree of contribution after the role ("Formal analysis (lead)", Wiley's form) does not change it.
  let text = s.trim().replace(DEGREE_AFTER, '');
  if (text.length > 80) return null;
  // URIs: https://credit.niso.org/contributor-roles/writing-review-editing/, http://credit.casrai.org/…,
  // https://dictionary.casrai.org/Contributor_Roles/Data_curation — the last path segment names the role.
  if (/^https?:\/\//i.test(text) || /credit\.(niso|casrai)\.org|casrai\.org\//i.test(text)) {
    const segments = text
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean);
    text = segments[segments.length - 1] ?? '';
  }
  const key = roleKey(text);
  return ROLE_BY_KEY.get(key) ?? ROLE_BY_KEY.get(key.replace(/^writing and /, 'writing ')) ?? null;
}
