// Headings that carry a "Top" navigation link, as older PLOS (Ambra) pages and many templates do.
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';

it('reads sections whose heading ends with a "Top" link, and reports the heading without it', () => {
  const html = `<html><body><div class="article">
    <h3>Results<a href="#top">Top</a></h3><p>Cells moved.</p>
    <div class="acknowledgments"><h3>Acknowledgments&nbsp;<a href="#top">Top</a></h3>
      <p>We thank the Imaging Core for help.</p></div>
    <div class="contributions"><h3>Author Contributions&nbsp;<a href="#top">Top</a></h3>
      <p>Conceived and designed the experiments: MK HO.</p></div>
    <h3>References<a href="#top">Top</a></h3><ol><li>A. B. (2001) Cells.</li></ol>
  </div></body></html>`;
  const r = extract(parseHTML(html).document as unknown as Document, null);
  expect(r.sections.acknowledgements).toEqual({
    heading: 'Acknowledgments',
    text: 'We thank the Imaging Core for help.',
  });
  expect(r.sections.contributions).toEqual({
    heading: 'Author Contributions',
    text: 'Conceived and designed the experiments: MK HO.',
  });
});

it('reads a label kept in its own span with the text in the next one (AIP Scitation "meta-key")', () => {
  const html = `<html><body><div class="abstract tabbedsection">
    <div class="item-acknowledgements"><span class="meta-key">Acknowledgments:</span>
      <span class="meta-value"><p>We thank the Imaging Core. Funded by the SNSF.</p></span></div>
    <div class="item-keywords"><span class="meta-key">Keywords:</span> <span class="meta-value">cells</span></div>
  </div></body></html>`;
  const r = extract(parseHTML(html).document as unknown as Document, null);
  expect(r.sections.acknowledgements).toEqual({
    heading: 'Acknowledgments',
    text: 'We thank the Imaging Core. Funded by the SNSF.',
  });
});
