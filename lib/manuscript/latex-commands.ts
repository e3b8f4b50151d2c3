/**
 * The LaTeX commands and environments the converter (latex-text.ts) knows, by what it does with them:
 * headings, back-matter sections of journal classes, notes, affiliations, and what it drops.
 */

/** Heading commands: \section and its kin, and \bmhead (Springer Nature's back-matter heading). */
export const HEADINGS = new Set([
  'part',
  'chapter',
  'section',
  'subsection',
  'subsubsection',
  'paragraph',
  'subparagraph',
  'bmhead',
  'addsec',
]);

/** Commands whose one argument is a back-matter section (MDPI, JMLR and other journal classes). */
export const SECTION_COMMANDS: Record<string, string> = {
  funding: 'Funding',
  acknowledgments: 'Acknowledgments',
  acknowledgements: 'Acknowledgements',
  acks: 'Acknowledgments',
  authorcontributions: 'Author Contributions',
  conflictsofinterest: 'Conflicts of Interest',
  dataavailability: 'Data Availability Statement',
  institutionalreview: 'Institutional Review Board Statement',
  informedconsent: 'Informed Consent Statement',
  supplementary: 'Supplementary Materials',
  sampleavailability: 'Sample Availability',
  abstract: 'Abstract',
};

/** Environments that are a back-matter section, with the heading their class prints. */
export const SECTION_ENVIRONMENTS: Record<string, string> = {
  acknowledgments: 'Acknowledgments',
  acknowledgements: 'Acknowledgements',
  acknowledgment: 'Acknowledgment',
  acknowledgement: 'Acknowledgement',
  acks: 'Acknowledgments',
  ack: 'Acknowledgments',
  funding: 'Funding',
  abstract: 'Abstract',
  thebibliography: 'References',
};

/** Environments whose content is no prose: code, drawings, displayed mathematics. */
export const SKIPPED_ENVIRONMENTS =
  /^(?:comment|verbatim\*?|Verbatim|lstlisting|minted|tikzpicture|pgfpicture|filecontents\*?|equation\*?|align\*?|alignat\*?|gather\*?|multline\*?|flalign\*?|eqnarray\*?|displaymath|math|dmath\*?|algorithmic|algorithm2e|tabbing)$/;

/** Arguments environments take after \begin{…} that are not text (column specs, widths, counts). */
export const ENVIRONMENT_ARGS: Record<string, number> = {
  tabular: 1,
  'tabular*': 2,
  tabularx: 2,
  tabulary: 2,
  longtable: 1,
  array: 1,
  minipage: 1,
  multicols: 1,
  'multicols*': 1,
  thebibliography: 1,
  wrapfigure: 2,
  wraptable: 2,
  subfigure: 1,
};

/** Commands dropped with their arguments: [mandatory count, optional arguments read before them]. */
export const DROPPED: Record<string, [number, number]> = {
  cite: [1, 2],
  citep: [1, 2],
  citet: [1, 2],
  citealp: [1, 2],
  citealt: [1, 2],
  citeauthor: [1, 2],
  citeyear: [1, 2],
  citenum: [1, 0],
  parencite: [1, 2],
  textcite: [1, 2],
  autocite: [1, 2],
  footcite: [1, 2],
  supercite: [1, 0],
  nocite: [1, 0],
  ref: [1, 0],
  eqref: [1, 0],
  autoref: [1, 0],
  cref: [1, 0],
  Cref: [1, 0],
  pageref: [1, 0],
  vref: [1, 0],
  label: [1, 0],
  includegraphics: [1, 1],
  vspace: [1, 0],
  hspace: [1, 0],
  setlength: [2, 0],
  addtolength: [2, 0],
  setcounter: [2, 0],
  addtocounter: [2, 0],
  usepackage: [1, 1],
  RequirePackage: [1, 1],
  documentclass: [1, 1],
  bibliographystyle: [1, 0],
  hypersetup: [1, 0],
  pagestyle: [1, 0],
  thispagestyle: [1, 0],
  pagenumbering: [1, 0],
  graphicspath: [1, 0],
  geometry: [1, 0],
  definecolor: [3, 0],
  color: [1, 1],
  captionsetup: [1, 1],
  theoremstyle: [1, 0],
  newtheorem: [2, 1],
  fontsize: [2, 0],
  rule: [2, 1],
  cline: [1, 0],
  orcid: [1, 0],
  orcidlink: [1, 0],
  email: [1, 0],
  ead: [1, 1],
  corref: [1, 0],
  fnref: [1, 0],
  tnoteref: [1, 0],
  inst: [1, 0],
  date: [1, 0],
  received: [1, 0],
  accepted: [1, 0],
  published: [1, 0],
  jyear: [1, 0],
  jvol: [1, 0],
  jnum: [1, 0],
  acmConference: [3, 1],
  acmBooktitle: [1, 0],
  acmDOI: [1, 0],
  acmISBN: [1, 0],
  acmYear: [1, 0],
  setcopyright: [1, 0],
  copyrightyear: [1, 0],
  ccsdesc: [1, 1],
  bibliography: [1, 0],
  addbibresource: [1, 1],
  linenumbers: [0, 0],
  footnotemark: [0, 1],
  newblock: [0, 0],
  textcolor: [1, 1],
  colorbox: [1, 1],
  multicolumn: [2, 0],
  multirow: [2, 1],
  resizebox: [2, 0],
  scalebox: [1, 0],
  raisebox: [1, 2],
  parbox: [1, 3],
  makebox: [0, 2],
  IEEEoverridecommandlockouts: [0, 0],
};

/** Commands that read a note (an author note, a footnote) rather than print it in place. */
export const NOTE_COMMANDS = new Set([
  'thanks',
  'footnote',
  'footnotetext',
  'fntext',
  'tnotetext',
  'cortext',
]);
/** Affiliation commands: printed under the authors. */
export const AFFILIATION_COMMANDS = new Set([
  'affil',
  'affiliation',
  'address',
  'institute',
  'IEEEauthorblockA',
]);
/** Definitions, read and dropped (the converter keeps \newcommand and \def macros to expand them). */
export const DEFINITIONS = new Set([
  'newcommand',
  'renewcommand',
  'providecommand',
  'DeclareRobustCommand',
  'def',
  'gdef',
  'edef',
  'xdef',
  'newenvironment',
  'renewenvironment',
  'DeclareMathOperator',
  'let',
]);
export const INCLUDES = new Set(['input', 'include', 'subfile', 'import', 'subimport', 'includeonly']);
