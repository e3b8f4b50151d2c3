/**
 * Instrument cases for bench:verdicts, written by hand from corpus documents that name
 * instruments in their methods or acknowledgements. Each gives instruments to one of the label's core
 * facilities, as its manager might list them, and what a person reading the document concludes under
 * the CLI's definition: an instrument is shown used when the paper names it together with the facility
 * (same sentence, or same methods paragraph) or beside its own grant, or names it at all when the profile
 * says the model exists only at this facility (`uniqueToFacility`). A grant is `cited` when its number is
 * written in the paper's acknowledgements, funding or methods.
 *
 * The profiles are invented. Grant numbers are either copied from the document (to test `cited`) or made
 * up so they appear nowhere (to test `missing`); models the document does not name test that nothing is
 * asked of an unused instrument. Nothing here was tuned to what the engine answers: `why` says what the
 * reader saw.
 */
import type { Grant, Instrument } from '../lib/profile/types';

type GrantInput = Pick<Grant, 'number'> & Partial<Grant>;

export interface InstrumentExpectation {
  instrument: Partial<Omit<Instrument, 'grants'>> & { name: string; grants?: GrantInput[] };
  used: boolean;
  /** Expected status of each of its grants, by number. */
  grants: Record<string, 'cited' | 'missing'>;
  why: string;
}

export interface InstrumentCase {
  file: string;
  /** The core facility of the gold label the instruments belong to (its `name`). */
  facility: string;
  instruments: InstrumentExpectation[];
}

const nih = (number: string): GrantInput => ({ number, funder: 'NIH' });

export const INSTRUMENT_CASES: InstrumentCase[] = [
  {
    file: 'html/mit-press/jocn_seger.html',
    facility: 'Brain Imaging Center',
    instruments: [
      {
        instrument: {
          name: 'GE Signa HDx 3.0T MRI scanner',
          aliases: ['3.0-T MRI scanner'],
          grants: [nih('S10 RR099901')],
        },
        used: true,
        grants: { 'S10 RR099901': 'missing' },
        why: 'methods: "a whole-body 3.0-T MRI scanner (GE Healthcare …) at the Brain Imaging Center", one sentence',
      },
      {
        instrument: { name: 'Siemens Magnetom Prisma 3T', grants: [nih('S10 OD099902')] },
        used: false,
        grants: { 'S10 OD099902': 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'html/elife/elife-44753_2019layout.html',
    facility: 'NRI-MCDB Microscopy Facility',
    instruments: [
      {
        instrument: {
          name: 'Leica SP8 Resonant Scanning Confocal',
          aliases: ['Resonant Scanning Confocal'],
          grants: [{ number: '1625770', funder: 'NSF' }],
        },
        used: true,
        grants: { '1625770': 'cited' },
        why: 'acknowledgements: "the NRI-MCDB Microscopy Facility and the Resonant Scanning Confocal supported by NSF MRI grant 1625770"',
      },
      {
        instrument: {
          name: 'Zeiss LSM 880 Airyscan',
          aliases: ['LSM 880'],
          grants: [{ number: '1919999', funder: 'NSF' }],
        },
        used: false,
        grants: { '1919999': 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.10.03.560673.xml',
    facility: 'CSIR-CCMB central facility',
    instruments: [
      {
        instrument: {
          name: 'Illumina NovaSeq 6000',
          grants: [{ number: 'BT/INF/22/SP99901/2020', funder: 'DBT' }],
        },
        used: true,
        grants: { 'BT/INF/22/SP99901/2020': 'missing' },
        why: 'methods: "the Illumina NovaSeq 6000 Platform (CSIR-CCMB central facility; …)", one sentence',
      },
      {
        instrument: {
          name: 'Illumina HiSeq 2500',
          grants: [{ number: 'BT/INF/22/SP99902/2016', funder: 'DBT' }],
        },
        used: false,
        grants: { 'BT/INF/22/SP99902/2016': 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.10.03.560673.xml',
    facility: 'Tuberculosis Aerosol Challenge Facility',
    instruments: [
      {
        instrument: {
          name: 'Madison Aerosol Chamber',
          grants: [{ number: 'BT/PR13522/COE/34/27/2015', funder: 'DBT' }],
        },
        used: true,
        grants: { 'BT/PR13522/COE/34/27/2015': 'cited' },
        why: 'methods: mice "at the Tuberculosis Aerosol Challenge Facility … infected … using the Madison Aerosol Chamber", one sentence; the DBT grant is in the acknowledgements',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.05.25.542355.xml',
    facility: 'Yonsei Proteome Research Center',
    instruments: [
      {
        instrument: {
          name: 'Thermo Scientific LTQ Orbitrap XL',
          grants: [{ number: 'NRF-2019R1A6C1099901', funder: 'NRF' }],
        },
        used: true,
        grants: { 'NRF-2019R1A6C1099901': 'missing' },
        why: 'methods paragraph: "performed as a custom service by Yonsei Proteome Research Center …", then "an LTQ Orbitrap XL mass spectrometer"',
      },
      {
        instrument: {
          name: 'Thermo Scientific Orbitrap Exploris 480',
          grants: [{ number: '2021M3H9A2097520', funder: 'NRF' }],
        },
        used: false,
        grants: { '2021M3H9A2097520': 'cited' },
        why: 'not named; the grant number stands in the acknowledgements (for other work)',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.01.17.524456.xml',
    facility: 'NYU Microscopy Core',
    instruments: [
      {
        instrument: {
          name: 'Zeiss GeminiSEM 300 with Gatan 3View',
          aliases: ['Gemini 300 VP FESEM', 'SBF-SEM'],
          grants: [nih('S10OD019974')],
        },
        used: true,
        grants: { S10OD019974: 'cited' },
        why: 'acknowledgements: "… at the NYU Microscopy Core for assistance with preparation and data collection of SBF-SEM samples"; "NIH Office of Director S10OD019974 (NYU Microscopy Core)"',
      },
      {
        instrument: {
          name: 'Zeiss Axio Observer 7',
          aliases: ['AxioObserver'],
          grants: [nih('S10 OD099903')],
        },
        used: false,
        grants: { 'S10 OD099903': 'missing' },
        why: 'methods name "an Zeiss AxioObserver" alone, in a paragraph that does not name the core',
      },
      {
        instrument: { name: 'FEI Talos L120C', grants: [nih('S10 OD099904')] },
        used: false,
        grants: { 'S10 OD099904': 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.04.21.537849.xml',
    facility: 'FACS Core',
    instruments: [
      {
        instrument: {
          name: 'BD FACSAria II SORP',
          uniqueToFacility: true,
          grants: [{ number: 'AS-CFII-108-999', funder: 'Academia Sinica' }],
        },
        used: true,
        grants: { 'AS-CFII-108-999': 'missing' },
        why: 'methods: "FACS AriaII SORP (BD Bioscience) was then used to sort"; the profile says it is the only one',
      },
      {
        instrument: {
          name: 'BD LSR II',
          aliases: ['LSRII'],
          grants: [{ number: 'AS-CFII-108-998', funder: 'Academia Sinica' }],
        },
        used: false,
        grants: { 'AS-CFII-108-998': 'missing' },
        why: 'methods name "a FACS Analyzer LSRII-12P" alone; the FACS Core is thanked only in the acknowledgements',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.08.05.552131.xml',
    facility: 'Light Microscopy Core Facility',
    instruments: [
      {
        instrument: {
          name: 'Leica STELLARIS 8',
          uniqueToFacility: true,
          grants: [{ number: 'LM2023050', funder: 'MEYS' }],
        },
        used: true,
        grants: { LM2023050: 'cited' },
        why: 'methods: "a confocal Leica STELLARIS 8 microscope"; unique to the facility; LM2023050 in the acknowledgements',
      },
      {
        instrument: {
          name: 'Olympus ScanR high-content screening station',
          aliases: ['ScanR'],
          uniqueToFacility: true,
          grants: [{ number: 'CZ.02.1.01/0.0/0.0/16_013/0099901', funder: 'MEYS' }],
        },
        used: true,
        grants: { 'CZ.02.1.01/0.0/0.0/16_013/0099901': 'missing' },
        why: 'methods: "the Olympus IX81 microscope … equipped with ScanR module"; unique to the facility',
      },
      {
        instrument: { name: 'Leica TCS SP8', grants: [{ number: 'LM2018999', funder: 'MEYS' }] },
        used: false,
        grants: { LM2018999: 'missing' },
        why: 'methods name "confocal head Leica TCS SP8" alone; the facility is named only in the acknowledgements',
      },
      {
        instrument: { name: 'Zeiss Elyra 7', grants: [{ number: 'LM2018998', funder: 'MEYS' }] },
        used: false,
        grants: { LM2018998: 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'html/elife/elife-04407_2015layout.html',
    facility: 'CIFF',
    instruments: [
      {
        instrument: {
          name: 'Olympus FluoView FV1000',
          uniqueToFacility: true,
          grants: [{ number: 'SR/S5/NM-36/2005', funder: 'DST' }],
        },
        used: true,
        grants: { 'SR/S5/NM-36/2005': 'cited' },
        why: 'methods: "imaged on Olympus Fluoview (FV1000)"; unique to the facility; the DST grant "for CIFF" is acknowledged',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.03.14.532631.xml',
    facility: 'Confocal Microcopy',
    instruments: [
      {
        instrument: { name: 'Zeiss LSM 710', uniqueToFacility: true, grants: [nih('S10 OD099905')] },
        used: true,
        grants: { 'S10 OD099905': 'missing' },
        why: 'methods: "using a Zeiss LSM 710"; unique to the facility',
      },
      {
        instrument: { name: 'Nikon TE2000 TIRF', aliases: ['TE2000-PFS'], grants: [nih('S10 OD099906')] },
        used: false,
        grants: { 'S10 OD099906': 'missing' },
        why: 'methods name "Nikon TE2000-PFS" alone; the core is named only in the acknowledgements',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.03.14.532631.xml',
    facility: 'Flow Cytometry',
    instruments: [
      {
        instrument: { name: 'BD FACSCanto II', grants: [nih('S10 OD099907')] },
        used: false,
        grants: { 'S10 OD099907': 'missing' },
        why: 'not named',
      },
    ],
  },
  {
    file: 'jats/biorxiv_2023.08.03.551564.xml',
    facility: 'Hotchkiss Brain Institute Advanced Microscopy Platform Core Facility',
    instruments: [
      {
        instrument: {
          name: 'Leica SP8 FALCON',
          uniqueToFacility: true,
          grants: [{ number: 'CFI 99901', funder: 'Canada Foundation for Innovation' }],
        },
        used: true,
        grants: { 'CFI 99901': 'missing' },
        why: 'methods: "imaged with a Leica SP8 FALCON"; unique to the facility',
      },
      {
        instrument: {
          name: 'Olympus VS120 slide scanner',
          aliases: ['VS120-L100'],
          grants: [{ number: 'CFI 99902', funder: 'Canada Foundation for Innovation' }],
        },
        used: false,
        grants: { 'CFI 99902': 'missing' },
        why: 'methods name "an Olympus VS120-L100 Virtual Slide Microscope" alone',
      },
      {
        instrument: {
          name: 'LaVision UltraMicroscope II',
          grants: [{ number: 'CFI 99903', funder: 'Canada Foundation for Innovation' }],
        },
        used: false,
        grants: { 'CFI 99903': 'missing' },
        why: 'methods name "LaVision Biotech UltraMicroscope" alone',
      },
    ],
  },
  {
    file: 'html/springer/springerlink_s11682-016-9561-2.html',
    facility: 'Brain Imaging Facility',
    instruments: [
      {
        instrument: {
          name: 'Siemens Magnetom Trio 3T',
          aliases: ['3 T Trio'],
          grants: [{ number: 'INST 948/9-1', funder: 'DFG' }],
        },
        used: false,
        grants: { 'INST 948/9-1': 'missing' },
        why: 'methods: "a Siemens 3 T Trio scanner … located in the Department of Psychiatry", without the facility',
      },
    ],
  },
  {
    file: 'html/elsevier/sciencedirect_neuropsychologia.2004.05.011.html',
    facility: 'NIH MR Center',
    instruments: [
      {
        instrument: {
          name: 'GE Signa 3T',
          aliases: ['General Electric Signa 3 Tesla'],
          uniqueToFacility: true,
          grants: [nih('Z01 MH002999')],
        },
        used: true,
        grants: { 'Z01 MH002999': 'missing' },
        why: 'methods: "A General Electric Signa 3 Tesla scanner was employed."; unique to the facility',
      },
    ],
  },
  {
    file: 'html/cell-press/neuron_S0896-6273-03-00803-1_sciencedirect.html',
    facility: 'General Clinical Research Center',
    instruments: [
      {
        instrument: {
          name: 'Siemens Magnetom Vision 1.5T',
          aliases: ['1.5 Tesla Siemens Vision Magnetom'],
          grants: [{ number: 'MO1-RR13297', funder: 'NIH' }],
        },
        used: false,
        grants: { 'MO1-RR13297': 'cited' },
        why: 'the GCRC is named in one methods paragraph, the scanner in another; the GCRC grant is acknowledged',
      },
    ],
  },
  {
    file: 'jats/elife-32311-v1.xml',
    facility: 'Cell and Tissue Imaging Facility',
    instruments: [
      {
        instrument: {
          name: 'Nikon Ti Eclipse spinning disk',
          aliases: ['Ti Eclipse'],
          grants: [{ number: 'ANR-10-INBS-04', funder: 'ANR' }],
        },
        used: false,
        grants: { 'ANR-10-INBS-04': 'cited' },
        why: 'methods name "(Ti Eclipse, Nikon …)" alone; the facility is named only in the acknowledgements',
      },
    ],
  },
  {
    file: 'jats/elife-04953.xml',
    facility: 'Keck imaging facility',
    instruments: [
      {
        instrument: {
          name: 'Nikon Eclipse Ti TIRF',
          aliases: ['Nikon Eclipse Ti'],
          grants: [nih('S10 RR099907')],
        },
        used: false,
        grants: { 'S10 RR099907': 'missing' },
        why: 'methods name "a Nikon Eclipse Ti microscope" alone; the facility is thanked only in the acknowledgements',
      },
    ],
  },
];
