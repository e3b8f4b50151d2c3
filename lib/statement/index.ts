/**
 * What CoreCredit writes for authors: the fixes a manuscript needs per facility (acknowledgement, RRID,
 * staff, grants in their funders' wording, an authorship question) and the contributions builder
 * (CRediT statement as text and JATS). Pure functions; the manuscript page and `corecredit statement`
 * call them.
 */
export {
  type Acknowledgement,
  type AcknowledgementOptions,
  acknowledgement,
  staffSentence,
} from './acknowledgement';
export { authorshipPrompt, INTELLECTUAL_ROLES } from './authorship-prompt';
export { contributionsJats, creditRoleUri, escapeXml } from './contributions-jats';
export {
  acknowledgeesAuthorshipPrompt,
  acknowledgeesText,
  contributionsText,
  type NameForm,
  type StatementStyle,
  type TextOptions,
} from './contributions-text';
export {
  type Acknowledgee,
  asAuthor,
  authorInitials,
  type Contributor,
  contributorsFromRecord,
  DEGREES,
  type Degree,
  type RoleChoice,
} from './contributors';
export {
  type FacilityFixes,
  type Fix,
  type FixKind,
  type FixOptions,
  fixesFor,
  manuscriptFixes,
} from './fixes';
export { type GrantWording, grantWording, type WordingSource } from './grant-wording';
export { chooseStatement, type GuessedLanguage, guessLanguage, recordLanguage } from './language';
export { type NihAward, nihAward } from './nih';
