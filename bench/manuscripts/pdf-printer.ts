/**
 * Prints pages to PDF with Debian's Chromium driven by playwright-core: one browser for all documents
 * (a launch costs about a second).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function startPrinter(): Promise<PdfPrinter> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Pages in a PDF Chromium wrote (each page is one `/Type /Page` object; the tree's root is `/Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-z])/g) ?? []
  ).length;
}
