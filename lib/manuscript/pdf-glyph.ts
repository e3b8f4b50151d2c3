// The unit both PDF layout steps work on (pdf-lines.ts, pdf-columns.ts), in a file of its own so neither
// imports the other for it (that was an import cycle).

/** One horizontal text item, in PDF units (points, origin bottom left). */
export interface Glyph {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  w: number;
  size: number;
  font: string;
}
