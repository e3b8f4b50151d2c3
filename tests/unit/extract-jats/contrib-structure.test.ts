// Authors read by the JATS structure (contrib-type optional, contrib-group content-type, <collab>), not by
// one producer's habits; and CRediT statements in the forms those articles use.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJats } from '../../../lib/extract/jats';
import { fixture } from './parse';

function jats(contribGroups: string, back = ''): Document {
  const xml = `<article><front><article-meta>
<article-id pub-id-type="doi">10.5555/x</article-id>${contribGroups}</article-meta></front><back>${back}</back></article>`;
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

const person = (given: string, family: string, type?: string) =>
  `<contrib${type ? ` contrib-type="${type}"` : ''}><name><surname>${family}</surname><given-names>${given}</given-names></name></contrib>`;

describe('PMC-style JATS with untyped contribs, a <collab> and a per-author CRediT list', () => {
  const r = extractJats(fixture('pmc-untyped-contribs.xml'));

  it('reads the untyped contribs of the author group, and the consortium as a group author', () => {
    expect(r.authors.map((a) => [a.name, a.kind])).toEqual([
      ['Jane Smith', 'person'],
      ['John Smith', 'person'],
      ['Kim O. Tanaka', 'person'],
      ['The Example Imaging Consortium', 'group'],
    ]);
    expect(r.authors[0]).toMatchObject({ orcid: '0000-0002-1825-0097', given: 'Jane', family: 'Smith' });
    expect(r.authors[3]).toMatchObject({ given: null, family: null, orcid: null });
    expect(r.warnings).not.toContain('no authors found in <contrib-group>');
  });

  it('keeps every role of every author, and the non-CRediT word as another contribution', () => {
    expect(r.credit).toEqual([
      {
        author: 'Jane Smith',
        roles: ['Conceptualization', 'Methodology', 'Writing – original draft', 'Formal analysis'],
      },
      { author: 'John Smith', roles: ['Investigation', 'Visualization', 'Writing – review & editing'] },
      { author: 'Kim O. Tanaka', roles: ['Supervision', 'Funding acquisition', 'Writing – original draft'] },
    ]);
    expect(r.otherContributions).toEqual([{ author: 'Jane Smith', contributions: ['endorsement'] }]);
  });
});

describe('which contribs are authors', () => {
  it.each([
    [
      'untyped contribs in content-type="author"',
      `<contrib-group content-type="author">${person('Ann', 'Lee')}${person('Bo', 'Ek')}</contrib-group>`,
      ['Ann Lee', 'Bo Ek'],
    ],
    [
      'untyped contribs in content-type="authors" and in a group with no content-type',
      `<contrib-group content-type="authors">${person('Ann', 'Lee')}</contrib-group><contrib-group>${person('Bo', 'Ek')}</contrib-group>`,
      ['Ann Lee', 'Bo Ek'],
    ],
    [
      'an untyped contrib in an editors’ or eLife "section" group is not an author',
      `<contrib-group>${person('Ann', 'Lee', 'author')}</contrib-group><contrib-group content-type="editors">${person('Ed', 'Itor')}</contrib-group><contrib-group content-type="section">${person('Se', 'Nior')}</contrib-group>`,
      ['Ann Lee'],
    ],
    [
      'typed editors, reviewers, translators and non-byline members are not authors',
      `<contrib-group>${person('Ann', 'Lee', 'Author')}${person('Ed', 'Itor', 'editor')}${person('Re', 'Viewer', 'reviewer')}${person('Tra', 'Ns', 'translator')}${person('Mem', 'Ber', 'author non-byline')}</contrib-group>`,
      ['Ann Lee'],
    ],
    [
      'the members list of a collaboration (SciELO "collab-list") is not the byline',
      `<contrib-group>${person('Ann', 'Lee', 'author')}<contrib contrib-type="author"><collab>The SciELO Group</collab></contrib></contrib-group><contrib-group content-type="collab-list">${person('Mem', 'Ber', 'author')}</contrib-group>`,
      ['Ann Lee', 'The SciELO Group'],
    ],
  ])('%s', (_name, groups, expected) => {
    expect(extractJats(jats(groups)).authors.map((a) => a.name)).toEqual(expected);
  });

  it.each([
    [
      '<collab>',
      '<contrib contrib-type="author"><collab>ABC Study Group</collab></contrib>',
      'ABC Study Group',
    ],
    [
      '<collab-alternatives>',
      '<contrib><collab-alternatives><collab xml:lang="en">DEF Investigators</collab><collab xml:lang="fr">Investigateurs DEF</collab></collab-alternatives></contrib>',
      'DEF Investigators',
    ],
    [
      'a group written in <name>',
      '<contrib contrib-type="author"><name><surname>GHI Consortium</surname></name></contrib>',
      'GHI Consortium',
    ],
  ])('reads a group author from %s', (_name, contrib, name) => {
    const [author] = extractJats(jats(`<contrib-group>${contrib}</contrib-group>`)).authors;
    expect(author).toEqual({ name, given: null, family: null, orcid: null, affiliations: [], kind: 'group' });
  });
});

describe('CRediT warnings reach the JATS record', () => {
  it('reports initials two authors share, and gives them nothing', () => {
    const r = extractJats(
      jats(
        `<contrib-group content-type="author">${person('Jane', 'Smith')}${person('John', 'Smith')}${person('Kim', 'Tanaka')}</contrib-group>`,
        '<sec><title>Author contributions</title><p>Conceptualization: J.S., K.T. Software: Jo.S.</p></sec>',
      ),
    );
    expect(r.credit).toEqual([
      { author: 'John Smith', roles: ['Software'] },
      { author: 'Kim Tanaka', roles: ['Conceptualization'] },
    ]);
    expect(r.warnings).toContain(
      'Contributions: "J.S." could be Jane Smith or John Smith; no roles were given to either.',
    );
  });
});
