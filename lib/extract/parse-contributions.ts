/**
 * CRediT roles per author from a contributions statement written as text. Handles the shapes papers use:
 * "Name: role, role; Name2: role" and "Name: Role; role; role. Name2: role; role" (names first),
 * "Conceptualization: A.B., C.D.; Methodology, E.F." (roles first), and prose with initials ("K.T. and
 * J.B. performed imaging"). Non-CRediT contributions are kept as otherRoles of the authors they are
 * clearly tied to; unknown names get nothing, and names that fit several authors get nothing and are
 * reported in `notes`.
 */
import type { Author, CreditRole, StatedCredit } from '../article';
import { collapseWhitespace } from '../text';
import { type AuthorKeys, buildAuthorKeys } from './author-keys';
import { type Group, type Item, itemsOf, namesGroup, pairs, type Unclear } from './contribution-items';
import type { WordedNote } from './reading-notes';

const REVIEW_EDITING_WITH_COMMA = /writing\W{0,3}review(?:ing)?\s*,\s*(?:and\s+)?edit(?:ing)?/gi;
/** What follows the roles in eLife-style per-author blocks ("… editing Competing interests: none"). */
const TRAILING_NOTES = /\s*\b(?:competing interests?|conflicts? of interests?|for correspondence)\b.*$/i;
/** "Contribution:" / "Roles:" before a per-author role list. */
const CONTRIBUTION_LABEL = /^\s*(?:author )?(?:contributions?|roles?)\s*:\s*/i;
/** Clauses end at ";" or at a sentence end after a word (not after initials such as "J.S."). */
const CLAUSE_END = /(;|(?<=[a-z)]{2}[.!])\s+(?=[A-Z]))/;

/** Statements longer than this are not contribution lists; parsing stays bounded. */
const MAX_TEXT = 20_000;

interface Clause {
  items: Item[];
  /** Began with "Contribution:" (eLife blocks: the roles of the names on an earlier line). */
  contributionLabel: boolean;
  /** Ends a sentence (not at ";"). */
  endsSentence: boolean;
}

function clausesOf(line: string, keys: AuthorKeys): Clause[] {
  const parts = line.split(CLAUSE_END);
  const out: Clause[] = [];
  for (let p = 0; p < parts.length; p += 2) {
    const clause = parts[p] ?? '';
    const label = CONTRIBUTION_LABEL.exec(clause);
    out.push({
      items: itemsOf(label ? clause.slice(label[0].length) : clause, keys),
      contributionLabel: label !== null,
      endsSentence: parts[p + 1] !== undefined && parts[p + 1] !== ';',
    });
  }
  return out;
}

/**
 * "Jane Smith: Conceptualisation; methodology; …" lists one author's roles across ";", where
 * "Conceptualization: J.S.; Methodology: K.T." lists roles with their authors. Decided per statement from
 * its labels, never guessed: names before colons and no roles-before-names labels → names first, and
 * roles after ";" stay with the last named author until the sentence or line ends. Any role label, or no
 * label at all (prose) → nothing is carried over.
 */
function namesFirst(lines: Clause[][]): boolean {
  let names = 0;
  let roles = 0;
  for (const line of lines) {
    for (const { items } of line) {
      items.forEach((it, i) => {
        if (!it.label) return;
        const next = items[i + 1];
        if (it.kind === 'names' && next?.kind !== 'names') names++;
        // Only a label followed by names is a role label: an author the record lacks ("Janet Smyth:
        // Software") reads as words before a colon too.
        else if (it.kind === 'roles' && next?.kind === 'names') roles++;
      });
    }
  }
  return names > 0 && roles === 0;
}

function nameList(authors: Author[], indices: number[]): string {
  const names = indices.map((i) => authors[i]?.name ?? '?');
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
    : (names[0] ?? '');
}

/**
 * CRediT roles (and other stated contributions) per author, one entry per author, in author order.
 * Names that fit several authors ("J.S." for Jane and John Smith) get nothing; each is reported once in
 * `notes`, when given.
 */
export function parseContributions(text: string, authors: Author[], notes?: WordedNote[]): StatedCredit[] {
  if (authors.length === 0) return [];
  const keys = buildAuthorKeys(authors);
  // Lines (paragraphs) are kept apart: eLife-style blocks put a name on one line and
  // "Contribution: roles" on a later one.
  const lines = text
    .slice(0, MAX_TEXT)
    .split(/\n+/)
    .map((l) => collapseWhitespace(l).replace(REVIEW_EDITING_WITH_COMMA, 'Writing – review & editing'))
    .map((l) => clausesOf(l.replace(TRAILING_NOTES, ''), keys));
  const carry = namesFirst(lines);

  const roles = new Map<number, { roles: Set<CreditRole>; other: string[] }>();
  const reported = new Set<string>();
  const report = (u: Unclear) => {
    if (reported.has(u.form)) return;
    reported.add(u.form);
    notes?.push({
      note: {
        code: 'UNCLEAR_INITIALS',
        values: { form: u.form, names: u.candidates.map((i) => authors[i]?.name ?? '?') },
      },
      english: `Contributions: "${u.form}" could be ${nameList(authors, u.candidates)}; no roles were given to ${
        u.candidates.length > 2 ? 'any of them' : 'either'
      }.`,
    });
  };
  const give = (group: Group, rs: CreditRole[], other: string[]) => {
    if (rs.length === 0 && other.length === 0) return;
    for (const u of group.unclear) report(u);
    for (const a of group.authors) {
      const entry = roles.get(a) ?? { roles: new Set<CreditRole>(), other: [] };
      for (const r of rs) entry.roles.add(r);
      for (const o of other) if (!entry.other.includes(o)) entry.other.push(o);
      roles.set(a, entry);
    }
  };
  const rolesIn = (items: Item[]) => items.flatMap((i) => (i.kind === 'roles' ? i.roles : []));
  const otherIn = (items: Item[]) => items.flatMap((i) => (i.kind === 'roles' ? i.other : []));

  // Authors named alone on a line, waiting for a later "Contribution: …" line.
  let pending = namesGroup([]);
  // In a names-first statement, the author whose roles are being listed ("Jane Smith: a; b; c").
  let subject: Group | null = null;
  for (const line of lines) {
    let hanging = false;
    for (const { items, contributionLabel, endsSentence } of line) {
      hanging = false;
      if (items.length === 0) {
        if (endsSentence) subject = null;
        continue;
      }
      if (items.every((i) => i.kind === 'names')) {
        pending = namesGroup(items);
        // "Jane Smith:" with the roles still to come (later in the sentence, or on the next line).
        subject = carry && pending.labelled ? pending : null;
        hanging = subject !== null;
      } else if (items.every((i) => i.kind === 'roles')) {
        if (contributionLabel) give(pending, rolesIn(items), otherIn(items));
        else if (subject) give(subject, rolesIn(items), otherIn(items));
      } else {
        const groups = pairs(items);
        for (const group of groups) give(group, group.roles, group.other);
        const last = groups[groups.length - 1];
        subject = carry && last?.labelled ? last : null;
      }
      if (endsSentence) subject = null;
    }
    if (!hanging) subject = null;
  }

  const out: StatedCredit[] = [];
  authors.forEach((author, i) => {
    const entry = roles.get(i);
    if (!entry || (entry.roles.size === 0 && entry.other.length === 0)) return;
    const credit: StatedCredit = { author: author.name, roles: Array.from(entry.roles) };
    if (entry.other.length > 0) credit.otherRoles = entry.other;
    out.push(credit);
  });
  return out;
}
