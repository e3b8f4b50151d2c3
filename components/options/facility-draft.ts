/**
 * The facility form edits a draft of plain strings (lists one per line) so that whatever the user
 * types survives until they fix it; `draftToRaw` turns it back into profile input, which the same
 * schema as the CLI validates. Field errors are keyed by their path inside the facility.
 */
import type { FacilityNames } from '../../lib/profile/lookup-proposal';
import { parseRor } from '../../lib/profile/ror';
import { normalizeRrid } from '../../lib/profile/rrid';
import { parseFacility } from '../../lib/profile/schema';
import type { Facility, Grant, Profile } from '../../lib/profile/types';
import { t } from '../../platform/i18n';
import { formIssueText } from './issue-text';

export interface StaffDraft {
  name: string;
  /** Separated by ";". */
  variants: string;
  orcid: string;
  role: string;
  start: string;
  end: string;
}

export interface GrantDraft {
  number: string;
  funder: string;
  instrument: string;
  required: boolean;
  activeFrom: string;
  activeTo: string;
}

export interface InstrumentDraft {
  /** Empty: derived from the name when saved. */
  id: string;
  name: string;
  /** One per line. */
  aliases: string;
  rrid: string;
  grants: GrantDraft[];
  statement: string;
  uniqueToFacility: boolean;
}

export interface FacilityDraft {
  id: string;
  name: string;
  institution: string;
  ror: string;
  /** One per line. */
  rrids: string;
  aliases: string;
  acronyms: string;
  formerNames: string;
  /** One per line, "fr: Nom de la plateforme". */
  translations: string;
  staff: StaffDraft[];
  grants: GrantDraft[];
  statements: Array<{ lang: string; text: string }>;
  notes: string;
  instruments: InstrumentDraft[];
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function emptyStaff(): StaffDraft {
  return { name: '', variants: '', orcid: '', role: '', start: '', end: '' };
}

export function emptyGrant(): GrantDraft {
  return { number: '', funder: '', instrument: '', required: false, activeFrom: '', activeTo: '' };
}

/** A new instrument's grant is one papers must cite: that is why it is listed on the instrument. */
export function emptyInstrumentGrant(): GrantDraft {
  return { ...emptyGrant(), required: true };
}

export function emptyInstrument(): InstrumentDraft {
  return {
    id: '',
    name: '',
    aliases: '',
    rrid: '',
    grants: [emptyInstrumentGrant()],
    statement: '',
    uniqueToFacility: false,
  };
}

export function emptyDraft(): FacilityDraft {
  return {
    id: '',
    name: '',
    institution: '',
    ror: '',
    rrids: '',
    aliases: '',
    acronyms: '',
    formerNames: '',
    translations: '',
    staff: [],
    grants: [],
    statements: [{ lang: 'en', text: '' }],
    notes: '',
    instruments: [],
  };
}

function grantToDraft(g: Grant): GrantDraft {
  return {
    number: g.number,
    funder: g.funder ?? '',
    instrument: g.instrument ?? '',
    required: g.required,
    activeFrom: g.activeFrom ?? '',
    activeTo: g.activeTo ?? '',
  };
}

export function facilityToDraft(f: Facility): FacilityDraft {
  return {
    id: f.id,
    name: f.name,
    institution: f.institution ?? '',
    ror: f.ror ? `https://ror.org/${f.ror}` : '',
    rrids: f.rrids.map((r) => `RRID:${r}`).join('\n'),
    aliases: f.aliases.join('\n'),
    acronyms: f.acronyms.join('\n'),
    formerNames: f.formerNames.join('\n'),
    translations: f.translations.map((t) => `${t.lang}: ${t.name}`).join('\n'),
    staff: f.staff.map((s) => ({
      name: s.name,
      variants: s.variants.join('; '),
      orcid: s.orcid ?? '',
      role: s.role ?? '',
      start: s.start ?? '',
      end: s.end ?? '',
    })),
    grants: f.grants.map(grantToDraft),
    statements: f.statements.length > 0 ? f.statements.map((s) => ({ ...s })) : [{ lang: 'en', text: '' }],
    notes: f.notes ?? '',
    instruments: f.instruments.map((i) => ({
      id: i.id,
      name: i.name,
      aliases: i.aliases.join('\n'),
      rrid: i.rrid ? `RRID:${i.rrid}` : '',
      grants: i.grants.map(grantToDraft),
      statement: i.statement ?? '',
      uniqueToFacility: i.uniqueToFacility,
    })),
  };
}

function translationLines(text: string): {
  translations: Array<{ lang: string; name: string }>;
  unlabelled: string[];
} {
  const translations: Array<{ lang: string; name: string }> = [];
  const unlabelled: string[] = [];
  for (const l of lines(text)) {
    const m = /^([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*[:=]\s*(.+)$/.exec(l);
    if (m) translations.push({ lang: m[1]!, name: m[2]! });
    else unlabelled.push(l);
  }
  return { translations, unlabelled };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** Profile input for the draft. Rows left completely empty are not part of it. */
const staffKept = (s: FacilityDraft['staff'][number]) => Object.values(s).some((v) => v.trim());
const grantKept = (g: GrantDraft) => Boolean(g.number.trim() || g.funder.trim() || g.instrument.trim());
const statementKept = (s: FacilityDraft['statements'][number]) => Boolean(s.text.trim());
const instrumentKept = (i: InstrumentDraft) =>
  Boolean(i.name.trim() || i.aliases.trim() || i.rrid.trim() || i.grants.some(grantKept));

/** The draft positions of the rows draftToRaw keeps (blank rows are left out). */
function keptAt<T>(items: T[], kept: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (kept(item) ? [i] : []));
}

/**
 * An error path of the raw facility ("instruments.0.grants.1") as a path of the draft: blank rows were
 * left out of the raw lists, so their positions differ and the error would mark the wrong row.
 */
function draftPath(d: FacilityDraft, path: string): string {
  const parts = path.split('.');
  const at = (list: number[], n: string | undefined) => String(list[Number(n)] ?? n);
  const [list, n] = parts;
  if (list === 'staff') parts[1] = at(keptAt(d.staff, staffKept), n);
  else if (list === 'grants') parts[1] = at(keptAt(d.grants, grantKept), n);
  else if (list === 'statements') parts[1] = at(keptAt(d.statements, statementKept), n);
  else if (list === 'instruments') {
    const k = keptAt(d.instruments, instrumentKept)[Number(n)];
    if (k !== undefined) {
      parts[1] = String(k);
      if (parts[2] === 'grants') parts[3] = at(keptAt(d.instruments[k]?.grants ?? [], grantKept), parts[3]);
    }
  }
  return parts.join('.');
}

export function draftToRaw(d: FacilityDraft): Record<string, unknown> {
  return {
    id: d.id,
    name: d.name,
    institution: orNull(d.institution),
    ror: orNull(d.ror),
    rrids: lines(d.rrids),
    // A translation typed without a language code is still another name for the facility.
    aliases: [...lines(d.aliases), ...translationLines(d.translations).unlabelled],
    acronyms: lines(d.acronyms),
    formerNames: lines(d.formerNames),
    translations: translationLines(d.translations).translations,
    staff: d.staff.filter(staffKept).map((s) => ({
      name: s.name,
      variants: s.variants
        .split(/[;\n]/)
        .map((v) => v.trim())
        .filter(Boolean),
      orcid: orNull(s.orcid),
      role: orNull(s.role),
      start: orNull(s.start),
      end: orNull(s.end),
    })),
    grants: grantsToRaw(d.grants),
    statements: d.statements.filter(statementKept),
    notes: orNull(d.notes),
    instruments: d.instruments.filter(instrumentKept).map((i) => ({
      id: orNull(i.id),
      name: i.name,
      aliases: lines(i.aliases),
      rrid: orNull(i.rrid),
      grants: grantsToRaw(i.grants),
      statement: orNull(i.statement),
      uniqueToFacility: i.uniqueToFacility,
    })),
  };
}

function grantsToRaw(grants: GrantDraft[]): Array<Record<string, unknown>> {
  return grants.filter(grantKept).map((g) => ({
    number: g.number,
    funder: orNull(g.funder),
    instrument: orNull(g.instrument),
    required: g.required,
    activeFrom: orNull(g.activeFrom),
    activeTo: orNull(g.activeTo),
  }));
}

/** Inside the facility's own form, "Facility 2 (“Flow Core”): " is noise. */
function withoutFacility(message: string): string {
  const t = message.replace(/^Facility \d+(?: \(“[^”]*”\))?(?:, |: )/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The names and identifiers of the draft for a look-up's proposal: IDs normalised where they are valid
 * and left as typed where not (so nothing the user typed is lost), lines without a language from the
 * translations field counted among the other names.
 */
export function draftNames(d: FacilityDraft): FacilityNames {
  const { translations, unlabelled } = translationLines(d.translations);
  return {
    name: d.name.trim(),
    institution: orNull(d.institution),
    ror: d.ror.trim() ? (parseRor(d.ror) ?? d.ror.trim()) : null,
    rrids: lines(d.rrids).map((r) => normalizeRrid(r) ?? r),
    aliases: [...lines(d.aliases), ...unlabelled],
    acronyms: lines(d.acronyms),
    formerNames: lines(d.formerNames),
    translations,
    statements: d.statements.map((s) => ({ ...s })),
  };
}

/** The draft with `names` written back into its fields, in the form the user types them. */
export function withNames(d: FacilityDraft, names: FacilityNames): FacilityDraft {
  const { unlabelled } = translationLines(d.translations);
  const ror = names.ror ? (parseRor(names.ror) ? `https://ror.org/${parseRor(names.ror)}` : names.ror) : '';
  return {
    ...d,
    name: names.name,
    institution: names.institution ?? '',
    ror,
    rrids: names.rrids.map((r) => (normalizeRrid(r) ? `RRID:${normalizeRrid(r)}` : r)).join('\n'),
    aliases: names.aliases.filter((a) => !unlabelled.includes(a)).join('\n'),
    acronyms: names.acronyms.join('\n'),
    formerNames: names.formerNames.join('\n'),
    translations: [...names.translations.map((t) => `${t.lang}: ${t.name}`), ...unlabelled].join('\n'),
    statements: names.statements.length > 0 ? names.statements : [{ lang: 'en', text: '' }],
  };
}

export type DraftCheck =
  | { ok: true; facility: Facility; errors: Record<string, string[]> }
  | { ok: false; errors: Record<string, string[]> };

/**
 * Validate the draft as facility `index` of `profile` (index = length for a new one). Errors are
 * keyed by path inside the facility ("rrids.0", "staff.1.orcid"; "" for the facility as a whole).
 */
export function checkDraft(draft: FacilityDraft, profile: Profile, index: number): DraftCheck {
  const facilities: unknown[] = [...profile.facilities];
  facilities[index] = draftToRaw(draft);
  const root = { version: 1, facilities };
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    errors[key] = [...(errors[key] ?? []), message];
  };
  const r = parseFacility(root, index);
  if (!r.ok) {
    for (const e of r.errors) {
      const inFacility = e.path.split('.').slice(2).join('.');
      add(draftPath(draft, inFacility), formIssueText(e, inFacility, withoutFacility));
    }
    return { ok: false, errors };
  }
  const clash = profile.facilities.findIndex((f, i) => i !== index && f.id === r.facility.id);
  if (clash >= 0) {
    add(
      'id',
      t('options.form.idTaken', {
        id: r.facility.id,
        position: String(clash + 1),
        name: profile.facilities[clash]!.name,
      }),
    );
    return { ok: false, errors };
  }
  return { ok: true, facility: r.facility, errors };
}

/** Errors for one field: its own and those of its items ("rrids" collects "rrids.0", "rrids.1"). */
export function errorsFor(errors: Record<string, string[]>, key: string): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .flatMap(([, v]) => v);
}
