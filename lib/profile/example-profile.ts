/**
 * A realistic but fictional facility network, offered on the options page as a starting point and
 * used by tests. The institution is invented; the ROR and RRIDs are syntactically valid
 * placeholders (ROR 05d78xc36 is McGill's real ID, reused here so "look up" works in a demo), and
 * the ORCID is ORCID's own documented example iD.
 */
import type { Profile } from './types';

export const EXAMPLE_PROFILE: Profile = {
  version: 1,
  facilities: [
    {
      id: 'lmic',
      name: 'Light Microscopy Imaging Centre',
      aliases: ['LMIC Imaging Core', 'Imaging Centre of Northbridge University'],
      formerNames: ['Confocal Microscopy Unit'],
      acronyms: ['LMIC'],
      translations: [{ lang: 'fr', name: "Centre d'imagerie en microscopie optique" }],
      institution: 'Northbridge University',
      ror: '05d78xc36',
      rrids: ['SCR_017697'],
      staff: [
        {
          name: 'Josiah Carberry',
          variants: ['J. Carberry', 'Joe Carberry'],
          orcid: '0000-0002-1825-0097',
          role: 'Facility manager',
          start: '2015',
          end: null,
        },
        {
          name: 'María-José Fernández-López',
          variants: ['Maria Jose Fernandez', 'M.-J. Fernández-López'],
          orcid: null,
          role: 'Image analysis specialist',
          start: '2019-09',
          end: null,
        },
      ],
      grants: [
        {
          number: 'S10 OD026899',
          funder: 'NIH',
          instrument: 'Zeiss LSM 980 with Airyscan 2',
          required: true,
          activeFrom: '2020-04',
          activeTo: null,
        },
      ],
      statements: [
        {
          lang: 'en',
          text:
            'Imaging was performed at the {facility} of {institution} ({rrid}), supported by {grants}. ' +
            'We thank {staff} for assistance.',
        },
        {
          lang: 'fr',
          text: "L'imagerie a été réalisée au {facility} de {institution} ({rrid}), financé par {grants}.",
        },
      ],
      notes: 'Light-sheet and confocal systems; training on request.',
      instruments: [
        {
          id: 'lattice-lightsheet',
          name: 'Zeiss Lattice Lightsheet 7',
          aliases: ['Lattice Lightsheet 7', 'LLS7'],
          rrid: null,
          grants: [
            {
              number: 'S10 OD032193',
              funder: 'NIH',
              instrument: null,
              required: true,
              activeFrom: '2022-06',
              activeTo: null,
            },
          ],
          statement:
            'Lattice light-sheet imaging used the {instrument} of the {facility}, funded by {grants}.',
          uniqueToFacility: false,
        },
      ],
    },
    {
      id: 'flow',
      name: 'Flow Cytometry Core Facility',
      aliases: ['Flow Core', 'FCCF'],
      formerNames: [],
      acronyms: ['FCCF'],
      translations: [],
      institution: 'Northbridge University',
      ror: '05d78xc36',
      rrids: ['SCR_002285'],
      staff: [
        {
          name: 'Oluwaseun Adeyemi',
          variants: ['Seun Adeyemi', 'O. Adeyemi'],
          orcid: null,
          role: 'Core director',
          start: '2012-01-15',
          end: null,
        },
      ],
      grants: [
        {
          number: 'P30 CA016672',
          funder: 'NIH/NCI',
          instrument: null,
          required: true,
          activeFrom: null,
          activeTo: null,
        },
      ],
      statements: [
        {
          lang: 'en',
          text: 'Flow cytometry was performed at the {facility} ({rrid}), supported by NCI grant {grants}.',
        },
      ],
      notes: null,
      instruments: [],
    },
    {
      id: 'emc',
      name: 'Electron Microscopy Centre',
      aliases: ['EM Centre'],
      formerNames: [],
      acronyms: ['EMC'],
      translations: [{ lang: 'de', name: 'Zentrum für Elektronenmikroskopie' }],
      institution: 'Northbridge University',
      ror: null,
      rrids: [],
      staff: [],
      grants: [],
      statements: [],
      notes: 'No RRID registered yet.',
      instruments: [],
    },
  ],
};
