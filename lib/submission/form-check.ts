/**
 * A submission form's credit fields checked like a draft: what the author wrote in them becomes a record
 * (acknowledgements; funding with the supporting agencies and award numbers), judged against the
 * facilities the author ticked, and each missing piece becomes a fix aimed at the field it belongs in.
 */
import { type ArticleRecord, type CreditRole, emptyRecord } from '../article';
import { makeAuthor } from '../extract/authors';
import { normalizeCreditRole } from '../extract/credit-roles';
import type { Profile } from '../profile/types';
import { type Fix, type FixKind, fixesFor } from '../statement/fixes';
import type { AuthorshipAnalyser } from '../verdict/authorship-weighing';
import { check } from '../verdict/check';
import { LEVEL_TEXT } from '../verdict/explain';
import type { CreditLevel, Verdict } from '../verdict/types';

/** The text of the form's credit fields, by kind (several fields of one kind joined). */
export interface FormTexts {
  acknowledgements: string;
  funding: string;
  agencies: string;
  awards: string;
  /** Contributors and the CRediT roles the form gives them (OJS 3.6), when the form asks. */
  contributors?: Array<{ name: string; roles: string[] }>;
}

export type FixTarget = 'acknowledgements' | 'funding';

interface FormFix {
  kind: FixKind;
  /** What is missing, in a sentence for the author (English; the extension words it from the facts below). */
  what: string;
  /** What the fix answers: the verdict's flags, and the grant and instrument it is about. */
  flags?: Fix['flags'];
  grant?: { number: string; funder: string | null };
  instrument?: { name: string };
  /** The text to insert (or, for a question, to read). */
  text: string;
  /** The field the text belongs in; null for a question about authorship, which is never inserted. */
  target: FixTarget | null;
}

export interface FormFinding {
  id: string;
  name: string;
  credit: CreditLevel;
  /** The credit level in words. */
  label: string;
  fixes: FormFix[];
}

/** The form's fields read as a draft's back matter. */
export function formRecord(texts: FormTexts): ArticleRecord {
  const record = emptyRecord('text', 'submission-form');
  const ack = texts.acknowledgements.trim();
  // Agencies and award numbers are the funding statement's parts, entered field by field.
  const funding = [texts.funding, texts.agencies, texts.awards]
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n');
  if (ack) record.sections.acknowledgements = { heading: 'Acknowledgements', text: ack };
  if (funding) record.sections.funding = { heading: 'Funding', text: funding };
  record.pageText = [ack, funding].filter(Boolean).join('\n');
  // Contributors with their roles are authors: staff among them are credited by authorship.
  for (const c of texts.contributors ?? []) {
    const author = makeAuthor(c.name);
    if (!author) continue;
    record.authors.push(author);
    const roles = c.roles.map(normalizeCreditRole).filter((r): r is CreditRole => r !== null);
    if (roles.length) record.credit.push({ author: author.name, roles });
  }
  return record;
}

const TARGET: Record<FixKind, FixTarget | null> = {
  acknowledgement: 'acknowledgements',
  rrid: 'acknowledgements',
  staff: 'acknowledgements',
  grant: 'funding',
  // The instrument's own acknowledgement, as its facility words it; its grants come as `grant` fixes.
  instrument: 'acknowledgements',
  authorship: null,
};

/**
 * How the authorship cues of a form are weighed: the analysis itself, or (in the extension's background,
 * which does not load it) a function that completes the verdicts' pending mentions elsewhere.
 */
export type FormWeighing =
  | { analyse: AuthorshipAnalyser }
  | { later: (verdicts: Verdict[], record: ArticleRecord) => Promise<void> };

/** The findings for the facilities the author ticked (ids not in the profile are ignored). */
export async function formFindings(
  texts: FormTexts,
  profile: Profile,
  chosen: readonly string[],
  weighing: FormWeighing,
): Promise<FormFinding[]> {
  const facilities = profile.facilities.filter((f) => chosen.includes(f.id));
  if (facilities.length === 0) return [];
  const record = formRecord(texts);
  const analyse = 'analyse' in weighing ? weighing.analyse : undefined;
  const verdicts = check(record, { ...profile, facilities }, { authorship: analyse });
  if ('later' in weighing) await weighing.later(verdicts, record);
  return verdicts.map((verdict) => {
    const facility = facilities.find((f) => f.id === verdict.id);
    const { fixes } = facility ? fixesFor(verdict, facility) : { fixes: [] };
    return {
      id: verdict.id,
      name: verdict.name,
      credit: verdict.credit,
      label: LEVEL_TEXT[verdict.credit].label,
      fixes: fixes.map((fix) => ({
        kind: fix.kind,
        what: fix.what,
        flags: fix.flags,
        ...(fix.grant ? { grant: { number: fix.grant.number, funder: fix.grant.funder } } : {}),
        ...(fix.instrument ? { instrument: { name: fix.instrument.name } } : {}),
        text: fix.text,
        target: TARGET[fix.kind],
      })),
    };
  });
}
