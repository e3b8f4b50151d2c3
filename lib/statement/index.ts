/**
 * What CoreCredit writes for authors: the fixes a manuscript needs per facility (acknowledgement, RRID,
 * staff, grants in their funders' wording, an authorship question) and the contributions builder
 * (CRediT statement as text and JATS). Pure functions; the manuscript page and `corecredit statement`
 * call them.
 */

export { contributionsJats } from './contributions-jats';
export {
  acknowledgeesAuthorshipPrompt,
  acknowledgeesText,
  contributionsText,
  type NameForm,
  type StatementStyle,
} from './contributions-text';
export type {
  Acknowledgee,
  Contributor,
} from './contributors';
