/**
 * Open-access papers with full texts of a real paper's size, for the rate tests and bench/audit-rate.ts
 * (docs/PERFORMANCE.md): every seventh does not name the facility; each full text is padded with methods paragraphs
 * to ~150 kB (the bare fixture is 2 kB), so reading it costs what a real paper costs — the work that used
 * to hold up the audit's requests.
 */
import { type FakePaper, makePaper } from './fake-papers';

const PARAGRAPH =
  'Cells were seeded at {n} × 10^4 per well on glass-bottom dishes, fixed after {h} h in 4% ' +
  'paraformaldehyde, permeabilised with 0.1% Triton X-100 and stained with primary antibodies ' +
  'diluted 1:{d} in blocking buffer overnight at 4 °C. Z-stacks of {z} planes were acquired at ' +
  '0.{z} µm steps with a 63× oil objective (NA 1.4) and deconvolved before analysis; the mean ' +
  'intensity per cell was measured in {h} fields per condition by an observer blind to the condition.';

function padding(i: number, paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, k) => {
    const text = PARAGRAPH.replace(/\{n\}/g, String(((i + k) % 9) + 1))
      .replace(/\{h\}/g, String((k % 47) + 2))
      .replace(/\{d\}/g, String(100 + ((i * k) % 900)))
      .replace(/\{z\}/g, String((k % 8) + 2));
    return `<p>${text}</p>`;
  }).join('');
}

export function realSizePapers(n: number, paragraphs = 300): FakePaper[] {
  return Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const paper = makePaper(i, { unnamed: i % 7 === 0, year: 2022 + (i % 3) });
    const fullText = paper.fullText?.replace('</sec></body>', `${padding(i, paragraphs)}</sec></body>`);
    return { ...paper, fullText: fullText ?? null };
  });
}
