/**
 * A manuscript as the HTML page Chromium prints to a two-column PDF: a single-column title block, then
 * the blocks in two columns (CSS `columns: 2`), headings in bold larger type, justified paragraphs —
 * the look of a journal's two-column proof.
 */
import type { Manuscript } from './manuscript';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
@page { size: A4; margin: 18mm 15mm; }
body { font: 9.5pt/1.3 "Liberation Serif", "DejaVu Serif", serif; margin: 0; }
header { text-align: center; margin-bottom: 8mm; }
header h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 3mm; }
header p { font-size: 10.5pt; margin: 0; }
main { columns: 2; column-gap: 7mm; }
h2 { font-size: 11.5pt; font-weight: bold; margin: 4mm 0 1.5mm; break-after: avoid; }
h3 { font-size: 10pt; font-weight: bold; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.5mm; text-align: justify; hyphens: auto; }`;

export function printableHtml(m: Manuscript): string {
  const body = m.blocks.map((b) => {
    const tag = b.heading === 1 ? 'h2' : b.heading === 2 ? 'h3' : 'p';
    return `<${tag}>${escapeHtml(b.text)}</${tag}>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(m.title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(m.title)}</h1><p>${escapeHtml(m.authors.join(', '))}</p></header>
<main>
${body.join('\n')}
</main></body></html>
`;
}
