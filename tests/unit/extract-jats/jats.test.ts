import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../lib/extract/errors';
import { extractJats, isJats } from '../../../lib/extract/jats';
import { fixture } from './parse';

describe('extractJats on an eLife-style article', () => {
  const r = extractJats(fixture('elife-style.xml'));

  it('reads the bibliographic fields', () => {
    expect(r).toMatchObject({
      kind: 'jats',
      site: 'elife',
      doi: '10.7554/elife.99001',
      title: 'Light-sheet imaging of Danio rerio heart regeneration',
      journal: 'eLife',
      published: '2024-03-05',
    });
  });

  it('reads authors with ORCID and affiliations, not editors', () => {
    expect(r.authors).toEqual([
      {
        name: 'Adaeze N Okafor',
        given: 'Adaeze N',
        family: 'Okafor',
        orcid: '0000-0002-1825-0097',
        affiliations: ['Department of Cell Biology, Example University, Montreal, Canada'],
        kind: 'person',
      },
      {
        name: 'Hélène Lefèvre',
        given: 'Hélène',
        family: 'Lefèvre',
        orcid: null,
        affiliations: [
          'Department of Cell Biology, Example University, Montreal, Canada',
          'Advanced BioImaging Facility, Example University, Canada',
        ],
        kind: 'person',
      },
    ]);
  });

  it('reads the ack, the whole funding-group (eLife) without institution-id URLs, and the contributions', () => {
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank Claire M Brown and the Advanced BioImaging Facility (RRID:SCR_017697) for training.',
    });
    expect(r.sections.funding?.text).toBe(
      'Canadian Institutes of Health Research PJT-180000 Lefèvre Hélène The funders had no role in study design, ' +
        'data collection and interpretation, or the decision to submit the work for publication.',
    );
    expect(r.sections.contributions).toEqual({
      heading: 'Author contributions',
      text:
        'Conceptualization, Investigation, Writing - original draft Supervision, Funding acquisition, ' +
        'Writing - review and editing, Contributed unpublished reagents',
    });
  });

  it('links fn-type="con" footnotes to authors, keeping non-CRediT contributions', () => {
    expect(r.credit).toEqual([
      {
        author: 'Adaeze N Okafor',
        roles: ['Conceptualization', 'Investigation', 'Writing – original draft'],
      },
      {
        author: 'Hélène Lefèvre',
        roles: ['Supervision', 'Funding acquisition', 'Writing – review & editing'],
      },
    ]);
    expect(r.otherContributions).toEqual([
      { author: 'Hélène Lefèvre', contributions: ['Contributed unpublished reagents'] },
    ]);
  });

  it('finds the methods sentence that names the facility and instrument, not the others', () => {
    expect(r.methodsMentions).toEqual([
      {
        heading: 'Materials and methods',
        paragraph: 0,
        text:
          'Hearts were imaged on a Zeiss Lightsheet 7 at the Advanced BioImaging Facility (ABIF, RRID:SCR_017697) ' +
          'of Example University.',
      },
    ]);
  });
});

describe('extractJats on other publishers', () => {
  it('PLOS: CASRAI <role> markup, untitled ack, funding-statement only', () => {
    const r = extractJats(fixture('plos-style.xml'));
    expect(r.site).toBe('plos');
    expect(r.title).toBe('Flow cytometry of tick haemocytes');
    expect(r.published).toBe('2024-02-14');
    expect(r.authors.map((a) => [a.name, a.orcid])).toEqual([
      ['Thi Mai Nguyen', null],
      ['Jonas Müller', '0000-0001-5109-3700'],
    ]);
    expect(r.sections.acknowledgements).toEqual({
      heading: 'Acknowledgements',
      text: 'We thank the Cytometry Facility, University of Example, for cell sorting.',
    });
    expect(r.sections.funding?.text).toMatch(
      /^This work was supported by the Swiss .* preparation of the manuscript\.$/,
    );
    expect(r.sections.contributions).toBeNull();
    expect(r.credit).toEqual([
      { author: 'Thi Mai Nguyen', roles: ['Conceptualization', 'Writing – original draft'] },
      { author: 'Jonas Müller', roles: ['Formal analysis', 'Writing – review & editing'] },
    ]);
    expect(r.methodsMentions.map((m) => m.text)).toEqual([
      'Cells were sorted on a BD FACSAria III in the Cytometry Facility of the University of Example.',
    ]);
  });

  it('bioRxiv: run-in label left out, roles-first initials parsed, funding <sec>', () => {
    const r = extractJats(fixture('biorxiv-style.xml'));
    expect(r.site).toBe('biorxiv');
    expect(r.published).toBe('2024');
    expect(r.sections.contributions?.heading).toBe('Author contributions');
    expect(r.sections.contributions?.text.startsWith('Conceptualization, Z.G., E.M.A., and D.D.;')).toBe(
      true,
    );
    expect(r.sections.funding).toEqual({
      heading: 'Funding',
      text: 'Funding was provided in part by NIH (DP1AI000001 to Z.G.).',
    });
    expect(r.credit).toEqual([
      {
        author: 'Zawadi Gitau',
        roles: [
          'Conceptualization',
          'Methodology',
          'Writing – review & editing',
          'Supervision',
          'Funding acquisition',
        ],
      },
      { author: 'Ellen M. Acosta', roles: ['Conceptualization', 'Methodology', 'Writing – original draft'] },
      { author: 'Denis Duval', roles: ['Conceptualization', 'Writing – review & editing'] },
    ]);
    expect(r.methodsMentions).toHaveLength(2);
  });

  it('Europe PMC: vocab="credit" roles, collab author, aff inside contrib, financial-disclosure fn', () => {
    const r = extractJats(fixture('europepmc-style.xml'));
    expect(r.site).toBe('jats');
    expect(r.doi).toBe('10.1242/jcs.261001');
    expect(r.published).toBe('2023-06');
    expect(r.authors.map((a) => [a.name, a.affiliations])).toEqual([
      ['Jean-Pierre Smith', ['Institut Example, Paris, France']],
      ['The Example Imaging Consortium', []],
    ]);
    expect(r.credit).toEqual([
      { author: 'Jean-Pierre Smith', roles: ['Conceptualization', 'Writing – review & editing'] },
      { author: 'The Example Imaging Consortium', roles: ['Resources'] },
    ]);
    expect(r.sections.funding?.text).toBe(
      'This work was funded by the Agence Nationale de la Recherche (ANR-20-CE13-0001).',
    );
    expect(r.methodsMentions).toHaveLength(1);
  });
});

describe('extractJats on PMC-served publisher JATS', () => {
  const r = extractJats(fixture('springer-pmc-style.xml'));

  it('prefers the visible Funding section to a bare award list', () => {
    expect(r.sections.funding).toEqual({
      heading: 'Funding',
      text: 'Open Access funding enabled by Projekt DEAL. This work was funded by the DFG (SFB 1000).',
    });
  });

  it('finds untitled typed sections and keeps eastern name order', () => {
    expect(r.sections.acknowledgements?.text).toBe(
      'We thank the Cryo-EM Platform of Example University for microscope time.',
    );
    expect(r.sections.contributions?.heading).toBe('Author contributions');
    expect(r.authors.map((a) => [a.name, a.orcid])).toEqual([
      ['Wang Li', null],
      ['Anna Schmidt', '0000-0001-2345-678X'],
    ]);
    expect(r.credit).toEqual([
      { author: 'Wang Li', roles: ['Conceptualization', 'Investigation'] },
      { author: 'Anna Schmidt', roles: ['Supervision', 'Writing – review & editing'] },
    ]);
  });
});

describe('isJats / not JATS', () => {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;

  it.each([
    ['<rss version="2.0"><channel><title>x</title></channel></rss>', /not JATS \(root element <rss>\)/],
    ['<article><body><p>No front matter</p></body></article>', /without <front>/],
  ])('%s is refused with a one-line reason', (xml, reason) => {
    const doc = parse(xml);
    expect(isJats(doc)).toBe(false);
    expect(() => extractJats(doc)).toThrow(ExtractError);
    expect(() => extractJats(doc)).toThrow(reason);
  });

  it('reads an <article> wrapped in a PMC <pmc-articleset>', () => {
    const doc = parse(
      '<pmc-articleset><article article-type="research-article"><front><article-meta>' +
        '<article-id pub-id-type="doi">10.1234/X</article-id></article-meta></front></article></pmc-articleset>',
    );
    expect(isJats(doc)).toBe(true);
    expect(extractJats(doc).doi).toBe('10.1234/x');
  });

  it('accepts a JATS article', () => {
    expect(isJats(fixture('plos-style.xml'))).toBe(true);
  });
});
