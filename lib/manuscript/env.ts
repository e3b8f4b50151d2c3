/**
 * What the manuscript readers need from their environment, passed in (lib/ never reaches for a browser
 * or Node API itself): an HTML parser and, for PDFs only, pdfjs-dist with its worker already set up.
 */

/** The part of a pdfjs-dist text item the PDF reader uses. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e/f the baseline origin, d (or the length of (c, d)) the font size. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

interface PdfPageLike {
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup?(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  getMetadata?(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}

/** The part of pdfjs-dist's module the PDF reader uses (`getDocument`). */
export interface PdfjsLike {
  getDocument(source: Record<string, unknown>): {
    promise: Promise<PdfDocumentLike>;
    destroy?(): Promise<void>;
  };
}

export interface ManuscriptEnv {
  /** HTML → Document: linkedom's DOMParser in Node, the page's own DOMParser in the browser. */
  parseHtml(html: string): Document;
  /**
   * pdfjs-dist, loaded on demand (called for PDFs only). In Node: the legacy build
   * (`pdfjs-dist/legacy/build/pdf.mjs`, which runs its worker in-process). In an extension page: the
   * browser build, after setting `GlobalWorkerOptions.workerSrc` to the packaged worker's URL (or
   * `GlobalWorkerOptions.workerPort` to a Worker made from it).
   */
  loadPdfjs(): Promise<PdfjsLike>;
}
