// What a ROR or RRID look-up offers a facility, built from the recorded-shape fixtures (no network).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyProposal,
  type FacilityNames,
  preselected,
  proposeFromRor,
  proposeFromRrid,
  rorLooksLikeFacility,
} from '../../../lib/profile/lookup-proposal';
import { mapRorRecord, type RorOrganization } from '../../../lib/sources/ror';
import { mapResolverRecord, type RridRecord } from '../../../lib/sources/rrid';

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve('tests/fixtures/api', name), 'utf8')) as unknown;
const ROR_FACILITY = mapRorRecord(fixture('ror-organization-facility.json')) as RorOrganization;
const ROR_INSTITUTION = mapRorRecord(fixture('ror-organization-institution.json')) as RorOrganization;
const RRID = mapResolverRecord(fixture('scicrunch-resolver-scr-017697.json'), 'SCR_017697') as RridRecord;

const blank: FacilityNames = {
  name: '',
  institution: null,
  ror: null,
  rrids: [],
  aliases: [],
  acronyms: [],
  formerNames: [],
  translations: [],
  statements: [],
};

/** "field value [present|replaces X|ticked|unticked]" for compact expectations. */
const shown = (values: ReturnType<typeof proposeFromRor>['values']) =>
  values.map(
    (v) =>
      `${v.field} ${v.lang ? `${v.lang}: ` : ''}${v.value} [${
        v.present ? 'present' : v.replaces ? `replaces ${v.replaces}` : preselected(v) ? 'ticked' : 'unticked'
      }]`,
  );

describe('ROR proposal', () => {
  it('a facility record: names, acronym, labels in other languages, the parent as institution', () => {
    const current = { ...blank, name: 'NBIC imaging', acronyms: ['nbic'] };
    expect(shown(proposeFromRor(ROR_FACILITY, current, true).values)).toEqual([
      'name Northbridge Imaging Centre [replaces NBIC imaging]',
      'acronyms NBIC [present]',
      'aliases Northbridge BioImaging Core [ticked]',
      'translations de: Nordbrücke Bildgebungszentrum [ticked]',
      'institution Northbridge University [ticked]',
      'ror 05d78xc36 [ticked]',
    ]);
  });

  it("an institution's record fills the institution only: its other names are not the facility's", () => {
    const current = {
      ...blank,
      name: 'Light Microscopy Core',
      institution: 'Uni Nordbrücke',
      ror: '018mejw64',
    };
    expect(shown(proposeFromRor(ROR_INSTITUTION, current, false).values)).toEqual([
      'institution Universität Nordbrücke [replaces Uni Nordbrücke]',
      'ror 018mejw64 [present]',
    ]);
  });

  it.each([
    ['a facility under a parent is read as the facility', ROR_FACILITY, blank, true],
    ['a university is read as the institution', ROR_INSTITUTION, blank, false],
    [
      'a record bearing one of the facility’s names is read as the facility',
      ROR_INSTITUTION,
      { ...blank, aliases: ['Uni Nordbrücke'] },
      true,
    ],
  ])('%s', (_what, org, current, expected) => {
    expect(rorLooksLikeFacility(org, current)).toBe(expected);
  });
});

describe('RRID proposal', () => {
  it('name, synonyms, abbreviation, the RRID, and the proper citation as the English statement', () => {
    const current = {
      ...blank,
      name: 'LMIC',
      rrids: ['SCR_017697'],
      aliases: ['Confocal microscopy unit'],
      statements: [{ lang: 'fr', text: 'Nous remercions la {facility}.' }],
    };
    expect(shown(proposeFromRrid(RRID, current).values)).toEqual([
      'name Northbridge Light Microscopy Imaging Centre [replaces LMIC]',
      'acronyms LMIC [present]',
      'aliases LMIC Imaging Core [ticked]',
      'aliases Confocal Microscopy Unit [present]',
      'rrids SCR_017697 [present]',
      'statement en: We thank the {facility} (Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697) for its support and assistance in this work. [ticked]',
    ]);
  });

  it('an English statement that already carries the citation is left alone; another is only offered', () => {
    const citing = [{ lang: 'en', text: `Imaging at ${RRID.citation}.` }];
    const other = [{ lang: 'en', text: 'We thank the {facility}.' }];
    const statement = (statements: FacilityNames['statements']) =>
      proposeFromRrid(RRID, { ...blank, statements }).values.find((v) => v.field === 'statement');
    expect(statement(citing)).toMatchObject({ present: true });
    expect(statement(other)).toMatchObject({ present: false, replaces: 'We thank the {facility}.' });
  });
});

describe('applyProposal', () => {
  it('merges the accepted values without duplicates and keeps a replaced name as another name', () => {
    const current = {
      ...blank,
      name: 'LMIC',
      aliases: ['LMIC imaging core'],
      statements: [{ lang: 'fr', text: 'Nous remercions la {facility}.' }],
    };
    const values = proposeFromRrid(RRID, current).values;
    const next = applyProposal(current, values);
    expect(next).toEqual({
      ...current,
      name: 'Northbridge Light Microscopy Imaging Centre',
      // "LMIC Imaging Core" was there in other case: not added twice.
      // The old name stays a name; the abbreviation LMIC was offered as already there for that reason.
      aliases: ['LMIC imaging core', 'LMIC', 'Confocal Microscopy Unit'],
      rrids: ['SCR_017697'],
      statements: [
        { lang: 'fr', text: 'Nous remercions la {facility}.' },
        {
          lang: 'en',
          text: 'We thank the {facility} (Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697) for its support and assistance in this work.',
        },
      ],
    });
  });

  it('takes only what was accepted, and nothing when nothing was', () => {
    const current = { ...blank, name: 'NBIC imaging' };
    const values = proposeFromRor(ROR_FACILITY, current, true).values;
    expect(applyProposal(current, [])).toEqual(current);
    const onlyLabel = values.filter((v) => v.field === 'translations');
    expect(applyProposal(current, onlyLabel)).toEqual({
      ...current,
      translations: [{ lang: 'de', name: 'Nordbrücke Bildgebungszentrum' }],
    });
  });
});
