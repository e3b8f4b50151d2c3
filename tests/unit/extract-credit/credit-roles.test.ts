import { describe, expect, it } from 'vitest';
import { normalizeCreditRole } from '../../../lib/extract/credit-roles';

describe('normalizeCreditRole', () => {
  it.each([
    ['Conceptualization', 'Conceptualization'],
    ['conceptualisation', 'Conceptualization'],
    ['CONCEPTUALIZATION', 'Conceptualization'],
    ['Data Curation', 'Data curation'],
    ['Formal Analysis', 'Formal analysis'],
    ['formal analysis.', 'Formal analysis'],
    ['Funding acquisition', 'Funding acquisition'],
    ['Investigation', 'Investigation'],
    ['Methodology', 'Methodology'],
    ['Project Administration', 'Project administration'],
    ['Resources', 'Resources'],
    ['Software', 'Software'],
    ['Supervision', 'Supervision'],
    ['Validation', 'Validation'],
    ['Visualisation', 'Visualization'],
    ['Writing – original draft', 'Writing – original draft'],
    ['Writing - original draft', 'Writing – original draft'],
    ['writing—original draft preparation', 'Writing – original draft'],
    ['Writing – review & editing', 'Writing – review & editing'],
    ['Writing - review and editing', 'Writing – review & editing'],
    ['Writing—Review & Editing', 'Writing – review & editing'],
    ['writing (review and editing)', 'Writing – review & editing'],
    ['Writing – Review &amp; Editing'.replace('&amp;', '&'), 'Writing – review & editing'],
    ['https://credit.niso.org/contributor-roles/writing-review-editing/', 'Writing – review & editing'],
    ['https://credit.niso.org/contributor-roles/data-curation/', 'Data curation'],
    ['http://credit.casrai.org/conceptualization', 'Conceptualization'],
    ['https://casrai.org/credit/formal-analysis', 'Formal analysis'],
    ['https://dictionary.casrai.org/Contributor_Roles/Project_administration', 'Project administration'],
    ['Formal analysis (lead)', 'Formal analysis'],
    ['writing – review & editing (supporting)', 'Writing – review & editing'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCreditRole(input)).toBe(expected);
  });

  it.each([
    'performed experiments',
    'Conception and design',
    'Analysis and interpretation of data',
    'Drafting or revising the article',
    'wrote the paper',
    'Data analysis',
    'Funding',
    '',
    'https://example.org/roles/author',
    '(lead)',
  ])('%s is not a CRediT role', (input) => {
    expect(normalizeCreditRole(input)).toBeNull();
  });
});
