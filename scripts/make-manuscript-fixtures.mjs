#!/usr/bin/env node
// Makes the two-column PDF the manuscript tests read (tests/fixtures/manuscripts/two-column.pdf): an HTML
// page written here, laid out in two CSS columns with a full-width title and abstract, hyphenated, with a
// running header and page numbers, printed to PDF by Debian's Chromium through playwright-core. The
// acknowledgements close the left column of the last page beside the references in the right one, so a
// reader that sorts lines by height alone would interleave them.
//
//   node scripts/make-manuscript-fixtures.mjs                 # writes the committed fixture
//   node scripts/make-manuscript-fixtures.mjs --pages 20 --out .tmp/long.pdf   # a longer one, for timing
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = option('--out', 'tests/fixtures/manuscripts/two-column.pdf');
/** Roughly how many pages of body text: each "chunk" of sections fills about one two-column page. */
const pages = Number(option('--pages', '2'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium has no hyphenation dictionary here: soft hyphens (&shy;) give the lines that end in a hyphen.
const sentence = (topic) =>
  `Lipid droplets in ${topic} cells are dy&shy;namic organ&shy;elles that store neutral lipids, buffer toxic fatty acids and take part in mem&shy;brane homeo&shy;stasis across the cell cycle. `;
const para = (topic, n) => `<p>${sentence(topic).repeat(n)}</p>`;

// One "chunk" is about a page of two-column text at this size.
const chunk = (i) => `
<h2>${i + 2}. Results ${i + 1}</h2>
${para('yeast', 3)}${para('hepatic', 4)}${para('adipose', 3)}
<p>Time-lapse series were segmented with a custom pipeline and quantified per cell.</p>
${para('neuronal', 4)}${para('muscle', 3)}`;

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lipid droplet dynamics</title><style>
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt; line-height: 1.3; margin: 0; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 6pt; }
.authors { text-align: center; margin: 0 0 3pt; }
.affiliations { text-align: center; font-size: 8.5pt; margin: 0 0 10pt; }
.abstract { margin: 0 0 12pt; text-align: justify; }
.cols { column-count: 2; column-gap: 7mm; text-align: justify; hyphens: manual; }
h2 { font-size: 11pt; margin: 9pt 0 3pt; break-after: avoid; }
p { margin: 0 0 5pt; }
.refs p { font-size: 8.5pt; text-align: left; hyphens: manual; }
.break { break-before: column; }
</style></head><body>
<h1>Lipid droplet dynamics in living cells imaged at high speed</h1>
<p class="authors">Jane Doe<sup>1</sup>, Rahul Mehta<sup>2</sup> and Maria Garcia<sup>1</sup></p>
<p class="affiliations"><sup>1</sup>Department of Cell Biology, University of Example; <sup>2</sup>Institute of Imaging, Example City</p>
<p class="abstract"><b>Abstract.</b> ${sentence('cultured').repeat(4)}</p>
<div class="cols">
<h2>1. Introduction</h2>
${para('cultured', 4)}${para('mammalian', 3)}
<h2>2. Methods</h2>
<p>Cells were imaged on a spinning-disk confocal microscope at the Advanced Light Microscopy Core Facility of the University of Example (RRID:SCR_012345), with help from its staff.</p>
${para('HeLa', 3)}
${Array.from({ length: Math.max(0, pages - 1) }, (_, i) => chunk(i)).join('')}
<h2>Discussion</h2>
${para('cultured', 3)}
<h2>Acknowledgements</h2>
<p>We thank the Advanced Light Microscopy Core Facility (RRID:SCR_012345) and es&shy;pe&shy;cially Maria Garcia for help with spinning-disk imaging and image anal&shy;ysis, and Rahul Mehta for many dis&shy;cus&shy;sions.</p>
<h2>Funding</h2>
<p>This work was supported by the National Institutes of Health (grant R01GM123456) and by NIH shared instrumentation grant S10OD012345.</p>
<div class="refs break">
<h2>Author contributions</h2>
<p>Conceptualization: J.D., R.M.; Investigation: J.D., M.G.; Writing – original draft: J.D.</p>
<h2>References</h2>
${Array.from({ length: 30 }, (_, i) => `<p>${i + 1}. Author A, Author B. A study of organelles number ${i + 1}. Journal of Examples ${2000 + i};${i + 1}:1–10.</p>`).join('')}
</div>
</div>
</body></html>`;

mkdirSync(dirname(out), { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.pdf({
    path: out,
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate:
      '<div style="font-size:7px;width:100%;text-align:center;font-family:serif">Preprint — Doe et al. — Lipid droplet dynamics</div>',
    footerTemplate:
      '<div style="font-size:7px;width:100%;text-align:center;font-family:serif"><span class="pageNumber"></span></div>',
    margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
  });
} finally {
  await browser.close();
}
console.log(`wrote ${out}`);
