/**
 * Minimal PDFs built by hand for the reader's tests: text in Helvetica (F1) or Helvetica-Bold (F2) at
 * given positions, drawn in the order given (so a test can write a page in an order no reader should
 * trust), optionally encrypted with a user password, or with no text at all (a "scan").
 */

export interface PdfRun {
  x: number;
  y: number;
  text: string;
  size?: number;
  bold?: boolean;
}

const escapePdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function contentOf(runs: PdfRun[]): string {
  return runs
    .map(
      (r) => `BT /${r.bold ? 'F2' : 'F1'} ${r.size ?? 10} Tf ${r.x} ${r.y} Td (${escapePdf(r.text)}) Tj ET`,
    )
    .join('\n');
}

/**
 * A PDF of pages (A4, 595 × 842 points). `graphics` replaces a page's text by a drawing (a scanned
 * page has no text layer); `encrypt` adds a Standard security handler whose user password is not empty.
 */
export function makePdf(
  pages: PdfRun[][],
  options: { encrypt?: boolean; graphicsOnly?: boolean } = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesId = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const runs of pages) {
    const stream = options.graphicsOnly
      ? '0 0 0 RG 50 50 m 500 700 l S 100 100 200 300 re f'
      : contentOf(runs);
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (options.encrypt) {
    // RC4 40-bit, with O and U values no empty password opens: pdfjs asks for the password.
    const id = add(
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -3904 >>`,
    );
    encrypt = ` /Encrypt ${id} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`;
  }
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
