/**
 * Profiles for the verdict benchmark: one made from a gold label's core facilities, decoys that the
 * document never names, and a generated network profile (100 facilities × 1,000 staff) for timing.
 */
import { compactKey } from '../lib/match/tokens';
import { newFacility, newStaffMember } from '../lib/profile/defaults';
import type { Facility, Profile, StaffMember } from '../lib/profile/types';

export interface GoldFacility {
  name: string;
  aliases_in_text: string[];
  institution: string | null;
  kind: 'core' | 'not-core';
  where: string[];
  rrid: string | null;
  ror: string | null;
  grants: string[];
  staff: string[];
  staff_are_authors: string[];
  credit_sentence: string | null;
}

export interface VerdictLabel {
  file: string;
  facilities: GoldFacility[];
  generic_facility_mentions: string[];
  traps: string[];
}

export const staffMember = (name: string): StaffMember => newStaffMember(name);

export function facilityOf(id: string, extra: Partial<Facility> & { name: string }): Facility {
  return newFacility({ id, ...extra });
}

/** The label's core facilities as a profile (name, aliases, RRID, staff, institution, grants). */
export function profileFromLabel(label: VerdictLabel): { profile: Profile; cores: GoldFacility[] } {
  const cores = label.facilities.filter((f) => f.kind === 'core');
  const facilities = cores.map((f, i) =>
    facilityOf(`core${i}`, {
      name: f.name,
      aliases: f.aliases_in_text,
      institution: f.institution,
      rrids: f.rrid ? [f.rrid] : [],
      staff: f.staff.map(staffMember),
      grants: f.grants.map((number) => ({
        number,
        funder: null,
        instrument: null,
        required: true,
        activeFrom: null,
        activeTo: null,
      })),
    }),
  );
  return { profile: { version: 1, facilities }, cores };
}

/** Whether `text` holds `form`, compared as compact keys (case, accents, spacing and function words aside). */
export function containsForm(text: string, form: string): boolean {
  return compactKey(form).length > 0 && compactKey(text).includes(compactKey(form));
}

/**
 * The profile a document is checked with in the verdict benches: the label's cores, then DECOY, then a
 * decoy per trap entity. Trap quotes that contain a core facility's own name, alias, RRID or grant are
 * about that facility and make no decoy. `entities` are the trap entities kept.
 */
export function benchProfile(label: VerdictLabel): {
  profile: Profile;
  cores: GoldFacility[];
  entities: string[];
} {
  const { profile, cores } = profileFromLabel(label);
  const own = cores.flatMap((c) => [c.name, ...c.aliases_in_text, ...(c.rrid ? [c.rrid] : []), ...c.grants]);
  const entities = label.traps.flatMap(trapEntities).filter((e) => !own.some((o) => containsForm(e, o)));
  const trapDecoys = entities.map(decoyFromTrap).filter((f) => f !== null);
  profile.facilities.push(DECOY, ...trapDecoys);
  return { profile, cores, entities };
}

/** A facility no document names: its words are invented, its field (NMR) rare in the corpus. */
export const DECOY: Facility = facilityOf('decoy', {
  name: 'Quillmore NMR Spectroscopy Centre',
  aliases: ['QNSC'],
  institution: 'Tarrowby University',
  rrids: ['SCR_099871'],
  staff: [staffMember('Ingrid Vasquez-Holloway'), staffMember('Tobias Wrenfield')],
});

/** Quoted entity names in a trap ("'Wolf Science Center' is …"). */
export function trapEntities(trap: string): string[] {
  const out: string[] = [];
  for (const m of trap.matchAll(/['‘“]([^'’”]{4,120})['’”]/g)) {
    const s = (m[1] ?? '').trim();
    if (/^\p{Lu}/u.test(s) && s.split(/\s+/).length >= 2 && s.split(/\s+/).length <= 14) out.push(s);
  }
  return out;
}

/**
 * A decoy from a trap entity: its distinctive (capitalised, non-kind) words swapped for invented ones,
 * so "Wolf Science Center" becomes "Quillmore Science Center" — same kind of name, another entity.
 */
export function decoyFromTrap(entity: string, i: number): Facility | null {
  const KIND =
    /^(?:center|centre|facility|facilities|core|platform|unit|laboratory|lab|institute|infrastructure|program|programme|panel|research|science|sciences|national|resources?|services?|station|imaging|and|of|for|the|at|in)$/i;
  let swapped = false;
  const name = entity
    .split(/\s+/)
    .map((w) => {
      if (KIND.test(w) || !/^\p{Lu}/u.test(w)) return w;
      swapped = true;
      return 'Quillmore';
    })
    .join(' ');
  if (!swapped) return null;
  return facilityOf(`trap${i}`, { name, institution: 'Tarrowby University' });
}

const WORDS = [
  'Advanced',
  'Cellular',
  'Molecular',
  'Imaging',
  'Cytometry',
  'Genomics',
  'Proteomics',
  'Structural',
  'Bioinformatics',
  'Histology',
  'Metabolomics',
  'Electron',
  'Microscopy',
  'Sequencing',
  'Vector',
  'Animal',
];
const HEADS = ['Core', 'Facility', 'Platform', 'Unit', 'Centre', 'Resource', 'Laboratory'];
const PLACES = [
  'Aldermoor',
  'Brackenridge',
  'Caldwick',
  'Dunmarrow',
  'Elderfield',
  'Fenwright',
  'Glenhollow',
  'Harrowgate',
  'Ironbridge',
  'Juniper',
  'Kestrel',
  'Larkspur',
  'Marrowby',
  'Northcombe',
  'Oakhurst',
  'Pemberton',
];
const GIVEN = [
  'Amara',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kofi',
  'Lena',
];
const FAMILY = [
  'Achebe',
  'Bergstrom',
  'Castellanos',
  'Duchamp',
  'Eriksen',
  'Fujimoto',
  'Gallagher',
  'Haddad',
];

/** A network profile of `n` facilities with `staffEach` staff, deterministic (no randomness). */
export function networkProfile(n: number, staffEach: number, seed: Facility[] = []): Profile {
  const facilities: Facility[] = [...seed];
  for (let i = facilities.length; i < n; i++) {
    const place = `${PLACES[i % PLACES.length]}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length)}` : ''}`;
    const name = `${place} ${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${HEADS[i % HEADS.length]}`;
    const staff: StaffMember[] = [];
    for (let s = 0; s < staffEach; s++) {
      const k = i * staffEach + s;
      const family = `${FAMILY[k % FAMILY.length]}${k >= FAMILY.length ? String.fromCharCode(97 + (k % 26)) + (k % 97) : ''}`;
      staff.push({
        ...staffMember(`${GIVEN[k % GIVEN.length]} ${family}`),
        variants: [`${GIVEN[k % GIVEN.length]?.[0]}. ${family}`],
      });
    }
    facilities.push(
      facilityOf(`net${i}`, {
        name,
        acronyms: [`${place.slice(0, 2).toUpperCase()}${i}F`],
        formerNames: [`${place} ${HEADS[(i + 2) % HEADS.length]}`],
        institution: `${place} University`,
        rrids: [`SCR_${String(100000 + i * 37).padStart(6, '0')}`],
        staff,
        grants: [
          {
            number: `S10 OD${String(20000 + i).padStart(6, '0')}`,
            funder: 'NIH',
            instrument: null,
            required: true,
            activeFrom: null,
            activeTo: null,
          },
        ],
      }),
    );
  }
  return { version: 1, facilities: facilities.slice(0, Math.max(n, seed.length)) };
}
