/**
 * The contributions statement as text, in the two forms journals print: by author ("Jane Roe:
 * Conceptualization, Methodology (lead).") or by role ("Conceptualization: J.R., J.D.; …"), with full
 * names or initials; and the sentence thanking acknowledgees for their roles. Written so that the
 * extractor (parseContributions) reads the same people and roles back.
 */
import { CREDIT_ROLES, type CreditRole } from '../article';
import { authorshipPrompt, INTELLECTUAL_ROLES } from './authorship-prompt';
import {
  type Acknowledgee,
  authorInitials,
  type Contributor,
  type Degree,
  type RoleChoice,
  uniqueRoles,
} from './contributors';

export type StatementStyle = 'by-author' | 'by-role';
export type NameForm = 'full' | 'initials';

export interface TextOptions {
  style?: StatementStyle;
  names?: NameForm;
}

function withDegree(text: string, degree: Degree | null | undefined): string {
  return degree ? `${text} (${degree})` : text;
}

/** Ends the statement with one full stop, whether it ends with initials ("J.R.") or not. */
function end(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** The authors' contributions statement; "" when no author has a role. */
export function contributionsText(authors: Contributor[], options: TextOptions = {}): string {
  const style = options.style ?? 'by-author';
  const labels = options.names === 'initials' ? authorInitials(authors) : authors.map((a) => a.name.trim());
  const roles = authors.map((a) => uniqueRoles(a.roles));
  if (style === 'by-author') {
    return authors
      .map((_, i) => {
        const rs = roles[i] ?? [];
        if (rs.length === 0) return '';
        return end(`${labels[i]}: ${rs.map((r) => withDegree(r.role, r.degree)).join(', ')}`);
      })
      .filter(Boolean)
      .join(' ');
  }
  const clauses: string[] = [];
  for (const role of CREDIT_ROLES) {
    const people = authors.flatMap((_, i) => {
      const choice = roles[i]?.find((r) => r.role === role);
      return choice ? [withDegree(labels[i] ?? '', choice.degree)] : [];
    });
    if (people.length > 0) clauses.push(`${role}: ${people.join(', ')}`);
  }
  return clauses.length > 0 ? end(clauses.join('; ')) : '';
}

function list(items: string[]): string {
  return items.length > 1
    ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
    : (items[0] ?? '');
}

/** Role names as they read inside a sentence ("formal analysis", "writing – review & editing"). */
function inSentence(role: CreditRole): string {
  return role.charAt(0).toLowerCase() + role.slice(1);
}

/** One sentence per acknowledgee: "We thank Marta Okafor (Imaging Core) for investigation and formal analysis." */
export function acknowledgeesText(acknowledgees: Acknowledgee[]): string {
  return acknowledgees
    .filter((a) => a.name.trim())
    .map((a) => {
      const where = a.affiliation?.trim() ? ` (${a.affiliation.trim()})` : '';
      const roles = uniqueRoles(a.roles).map((r: RoleChoice) => inSentence(r.role));
      return `We thank ${a.name.trim()}${where}${roles.length > 0 ? ` for ${list(roles)}` : ''}.`;
    })
    .join(' ');
}

/**
 * The authorship question for acknowledgees credited with intellectual roles (conceptualization,
 * methodology, formal analysis, writing), or null when none is.
 */
export function acknowledgeesAuthorshipPrompt(acknowledgees: Acknowledgee[]): string | null {
  const who = acknowledgees
    .filter((a) => a.roles.some((r) => INTELLECTUAL_ROLES.has(r.role)))
    .map((a) => (a.affiliation?.trim() ? `${a.name.trim()} (${a.affiliation.trim()})` : a.name.trim()));
  return who.length > 0 ? authorshipPrompt(who, null) : null;
}
