/**
 * The 14 CRediT role names in the UI language: the CRediT translation project's official names
 * (docs/I18N.md says where they come from). lib/ keeps the English names, which are the taxonomy's
 * identifiers and what the statement the manuscript page writes says.
 */
import type { CreditRole } from '../lib/article';
import { t } from '../platform/i18n';

export const creditRoleText: Record<CreditRole, () => string> = {
  Conceptualization: () => t('roles.conceptualization'),
  'Data curation': () => t('roles.dataCuration'),
  'Formal analysis': () => t('roles.formalAnalysis'),
  'Funding acquisition': () => t('roles.fundingAcquisition'),
  Investigation: () => t('roles.investigation'),
  Methodology: () => t('roles.methodology'),
  'Project administration': () => t('roles.projectAdministration'),
  Resources: () => t('roles.resources'),
  Software: () => t('roles.software'),
  Supervision: () => t('roles.supervision'),
  Validation: () => t('roles.validation'),
  Visualization: () => t('roles.visualization'),
  'Writing – original draft': () => t('roles.writingOriginalDraft'),
  'Writing – review & editing': () => t('roles.writingReviewEditing'),
};
