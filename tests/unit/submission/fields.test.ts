// The credit fields of submission forms, found by their labels in the fixture pages written for each
// system (tests/fixtures/submission/README.md), and read as a draft's back matter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorshipCue } from '../../../lib/match/authorship';
import {
  classifyLabel,
  fieldText,
  findContributorRoles,
  findCreditFields,
} from '../../../lib/submission/fields';
import { formFindings, formRecord } from '../../../lib/submission/form-check';
import { facility, profile } from '../verdict/helpers';

/** The analysis weighed at once, as a page would (the background weighs in the form's frame). */
const WEIGH = { analyse: authorshipCue };

const FIXTURES = join(__dirname, '../../fixtures/submission');
const page = (path: string) =>
  parseHTML(readFileSync(join(FIXTURES, path), 'utf8')).document as unknown as Document;
const summary = (doc: Document) =>
  findCreditFields(doc).map((f) => [f.kind, f.label, fieldText(f.control).slice(0, 30)]);

describe('classifyLabel', () => {
  it.each([
    ['Acknowledgements', 'acknowledgements'],
    ['Acknowledgments *', 'acknowledgements'],
    ['Funding Statement', 'funding'],
    ['Funding Information (required)', 'funding'],
    ['Supporting Agencies', 'agencies'],
    ['Funder', 'agencies'],
    ['Award Number', 'award'],
    ['Grant number(s)', null],
    ['Full Title*', 'title'],
    ['Agradecimientos', 'acknowledgements'],
    ['Financement', 'funding'],
    ['Conflict of Interest', null],
    ['Comments for the Editor', null],
    ['Message', null],
    ['We thank the Advanced Light Microscopy Core for help with imaging and analysis of every sample.', null],
  ])('%s → %s', (label, kind) => {
    expect(classifyLabel(label)).toBe(kind);
  });
});

describe('findCreditFields', () => {
  it('OJS: the title, the supporting agencies and the funding statement, by their ui-library labels', () => {
    expect(summary(page('ojs/submission.html'))).toEqual([
      ['title', 'Title *', 'Lipid droplet dynamics in livi'],
      ['agencies', 'Supporting Agencies', 'National Institutes of Health'],
      ['funding', 'Funding Statement', 'This work was supported by the'],
    ]);
  });

  it('Editorial Manager: labels in table cells, controls named per journal, a funding grid by its column headers', () => {
    expect(summary(page('editorial-manager/submit.aspx.html'))).toEqual([
      ['title', 'Full Title*', 'Lipid droplet dynamics in livi'],
      ['acknowledgements', 'Acknowledgements*', 'We thank Rahul Mehta for many '],
      ['agencies', 'Funder', 'National Institutes of Health'],
      ['award', 'Award Number', 'R01GM123456'],
    ]);
  });

  it('ScholarOne: labelled textareas', () => {
    expect(summary(page('scholarone/submission.html')).map(([kind]) => kind)).toEqual([
      'acknowledgements',
      'funding',
    ]);
  });

  it('a form without credit fields gives none', () => {
    expect(findCreditFields(page('plain.html'))).toEqual([]);
  });

  it('a textarea an editor replaced is not the field (the editor is): with no editor in sight, no field', () => {
    const doc = parseHTML(
      '<table><tr><td>Acknowledgements</td><td><textarea id="a" style="visibility: hidden; display: none;">x</textarea></td></tr></table>',
    ).document as unknown as Document;
    expect(findCreditFields(doc)).toEqual([]);
  });
});

describe('findContributorRoles', () => {
  it('OJS 3.6: the contributor’s name from its form and the CRediT roles chosen for them', () => {
    expect(findContributorRoles(page('ojs/submission.html'))).toEqual([
      { name: 'Maria Garcia', roles: ['Investigation'] },
    ]);
  });

  it('no roles field, no contributors', () => {
    expect(findContributorRoles(page('editorial-manager/submit.aspx.html'))).toEqual([]);
  });
});

describe('the form checked for the ticked facilities', () => {
  const almc = facility({
    id: 'almc',
    name: 'Harbourview Light Microscopy Core',
    rrids: ['RRID:SCR_012345'],
    grants: [
      {
        number: 'S10OD012345',
        funder: 'NIH',
        instrument: null,
        required: true,
        activeFrom: null,
        activeTo: null,
      },
    ],
  });
  const emc = facility({ id: 'emc', name: 'Electron Microscopy Core', rrids: ['RRID:SCR_054321'] });
  const p = profile(almc, emc);
  const texts = {
    acknowledgements: 'We thank the Harbourview Light Microscopy Core for help with imaging.',
    funding: 'This work was supported by the National Institutes of Health (R01GM123456).',
    agencies: 'National Institutes of Health',
    awards: 'R01GM123456',
  };

  it('reads the fields as acknowledgements and funding', () => {
    const record = formRecord(texts);
    expect(record.sections.acknowledgements?.text).toBe(texts.acknowledgements);
    expect(record.sections.funding?.text).toContain('R01GM123456');
  });

  it('only the ticked facilities, each missing piece aimed at its field', async () => {
    const findings = await formFindings(texts, p, ['almc'], WEIGH);
    expect(findings.map((f) => [f.id, f.credit])).toEqual([['almc', 'named']]);
    const targets = Object.fromEntries(findings[0]?.fixes.map((f) => [f.kind, f.target]) ?? []);
    expect(targets).toEqual({ rrid: 'acknowledgements', grant: 'funding' });
    expect(findings[0]?.fixes.find((f) => f.kind === 'grant')?.text).toContain('S10OD012345');
  });

  it('with the fixes inserted, the form raises no finding', async () => {
    const first = await formFindings(texts, p, ['almc', 'emc'], WEIGH);
    const add = (target: string) =>
      first.flatMap((f) => f.fixes.filter((x) => x.target === target).map((x) => x.text)).join(' ');
    const fixed = {
      ...texts,
      acknowledgements: `${texts.acknowledgements} ${add('acknowledgements')}`,
      funding: `${texts.funding} ${add('funding')}`,
    };
    const again = await formFindings(fixed, p, ['almc', 'emc'], WEIGH);
    expect(again.map((f) => [f.id, f.credit, f.fixes.filter((x) => x.target !== null).length])).toEqual([
      ['almc', 'named-with-pid', 0],
      ['emc', 'named-with-pid', 0],
    ]);
  });

  it('contributors with roles are authors: staff among them are credited by authorship, not thanked', async () => {
    const withStaff = facility({
      ...almc,
      staff: [{ name: 'Maria Garcia', variants: [], orcid: null, role: null, start: null, end: null }],
    });
    const none = { acknowledgements: '', funding: '', agencies: '', awards: '' };
    const record = formRecord({
      ...none,
      contributors: [{ name: 'Maria Garcia', roles: ['Investigation', 'Formal Analysis'] }],
    });
    expect(record.credit).toEqual([{ author: 'Maria Garcia', roles: ['Investigation', 'Formal analysis'] }]);
    const thanks = async (contributors: Array<{ name: string; roles: string[] }>) =>
      (await formFindings({ ...none, contributors }, profile(withStaff), ['almc'], WEIGH))[0]?.fixes.find(
        (f) => f.kind === 'acknowledgement',
      )?.text;
    expect(await thanks([])).toContain('Maria Garcia');
    expect(await thanks([{ name: 'Maria Garcia', roles: ['Investigation'] }])).not.toContain('Maria Garcia');
  });

  it('no facility ticked: nothing to say', async () => {
    expect(await formFindings(texts, p, [], WEIGH)).toEqual([]);
  });
});
