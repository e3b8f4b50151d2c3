// JATS whose credit has no title or type: an acknowledgement kept as a footnote after the reference list,
// a funding section whose title became a paragraph, contributions in an untyped author-notes footnote.
// Written for these tests after the forms seen in PMC and Europe PMC full texts.
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJats } from '../../../lib/extract/jats';

const jats = (front: string, back: string) =>
  new DOMParser().parseFromString(
    `<?xml version="1.0"?><article article-type="research-article" xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>
      <article-id pub-id-type="doi">10.5555/jats.unheaded</article-id>
      <title-group><article-title>Untitled credit</article-title></title-group>
      <contrib-group><contrib contrib-type="author"><name><surname>Roe</surname><given-names>Jane</given-names></name></contrib>
      <contrib contrib-type="author"><name><surname>Doe</surname><given-names>John</given-names></name></contrib></contrib-group>
      ${front}</article-meta></front>
      <body><sec><title>Results</title><p>Spheroids kept their polarity. We thank the reviewers for this idea.</p></sec></body>
      <back>${back}</back></article>`,
    'text/xml',
  ) as unknown as Document;

const REFS =
  '<ref-list><title>References</title><ref id="r1"><mixed-citation>Smith J. Cell. 2020;1:1.</mixed-citation></ref></ref-list>';

describe('JATS credit without a title or a type', () => {
  it('reads an acknowledgement footnote after the reference list', () => {
    const r = extractJats(
      jats(
        '',
        `${REFS}<fn-group><fn><p>We thank the Light Microscopy Core Facility for imaging.</p></fn></fn-group>`,
      ),
    );
    expect(r.sections.acknowledgements).toEqual({
      heading: null,
      text: 'We thank the Light Microscopy Core Facility for imaging.',
    });
    expect(r.warnings.join(' ')).toMatch(/after the references/);
  });

  it('takes a title turned into a first paragraph for the heading', () => {
    const r = extractJats(
      jats(
        '',
        `<sec><p>Funding</p><p>This work was supported by the Wellcome Trust (grant 219876/Z/19/Z).</p></sec>${REFS}`,
      ),
    );
    expect(r.sections.funding).toEqual({
      heading: 'Funding',
      text: 'This work was supported by the Wellcome Trust (grant 219876/Z/19/Z).',
    });
  });

  it('reads contributions from an untyped author-notes footnote', () => {
    const r = extractJats(
      jats(
        '<author-notes><fn><p>J.R. and J.D. designed the study. J.R. performed the experiments and wrote the paper.</p></fn></author-notes>',
        REFS,
      ),
    );
    expect(r.sections.contributions?.text).toBe(
      'J.R. and J.D. designed the study. J.R. performed the experiments and wrote the paper.',
    );
    expect(r.otherContributions.map((o) => o.author)).toEqual(['Jane Roe', 'John Doe']);
  });

  it('does not read a "we thank" in the body as the acknowledgements', () => {
    expect(extractJats(jats('', REFS)).sections.acknowledgements).toBeNull();
  });
});
