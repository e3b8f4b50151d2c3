/** Builders for test profiles and article records (only what each test cares about is given). */
import { type ArticleRecord, type Author, emptyRecord } from '../../../lib/article';
import { authorshipCue } from '../../../lib/match/authorship';
import { newInstrument } from '../../../lib/profile/defaults';
import type { Facility, Grant, Instrument, Profile, StaffMember } from '../../../lib/profile/types';
import { check } from '../../../lib/verdict/check';
import type { Verdict } from '../../../lib/verdict/types';

export function staff(name: string, extra: Partial<StaffMember> = {}): StaffMember {
  return { name, variants: [], orcid: null, role: null, start: null, end: null, ...extra };
}

export function facility(extra: Partial<Facility> = {}): Facility {
  return {
    id: 'abif',
    name: 'Advanced BioImaging Facility',
    aliases: ['ABIF'],
    formerNames: [],
    acronyms: [],
    translations: [],
    institution: 'McGill University',
    ror: null,
    rrids: ['SCR_017697'],
    staff: [],
    grants: [],
    statements: [],
    notes: null,
    instruments: [],
    ...extra,
  };
}

export function profile(...facilities: Facility[]): Profile {
  return { version: 1, facilities: facilities.length ? facilities : [facility()] };
}

export function author(name: string, extra: Partial<Author> = {}): Author {
  const words = name.split(' ');
  return {
    name,
    given: words.slice(0, -1).join(' ') || null,
    family: words[words.length - 1] ?? null,
    orcid: null,
    affiliations: [],
    kind: 'person',
    ...extra,
  };
}

export function article(
  parts: {
    ack?: string;
    funding?: string;
    contributions?: string;
    methods?: string[];
    authors?: Author[];
  } = {},
): ArticleRecord {
  const r = emptyRecord('html');
  if (parts.ack !== undefined) r.sections.acknowledgements = { heading: 'Acknowledgements', text: parts.ack };
  if (parts.funding !== undefined) r.sections.funding = { heading: 'Funding', text: parts.funding };
  if (parts.contributions !== undefined) {
    r.sections.contributions = { heading: 'Author contributions', text: parts.contributions };
  }
  r.methodsMentions = (parts.methods ?? []).map((text) => ({ heading: 'Methods', text }));
  r.authors = parts.authors ?? [];
  return r;
}

/** A grant papers must cite (NIH, required, always active unless `extra` says otherwise). */
export function grant(number: string, extra: Partial<Grant> = {}): Grant {
  return {
    number,
    funder: 'NIH',
    instrument: null,
    required: true,
    activeFrom: null,
    activeTo: null,
    ...extra,
  };
}

/** The instrument the instrument tests share: a Zeiss LSM 980 bought with one S10. */
export function lsm980(grantExtra: Partial<Grant> = {}, extra: Partial<Instrument> = {}): Instrument {
  return newInstrument({
    id: 'lsm980',
    name: 'Zeiss LSM 980',
    grants: [grant('S10 OD026899', grantExtra)],
    ...extra,
  });
}

/** check() as the user sees it: with the authorship analysis weighed at once (as the CLI and pages do). */
export function checkWeighed(...[a, p, options]: Parameters<typeof check>): Verdict[] {
  return check(a, p, { ...options, authorship: authorshipCue });
}
