/** Pieces both terminal summaries (check, extract) share: the file's heading and labelled lines. */
import type { LoadedArticle } from './load-article';
import { type CliMessageKey, msg } from './messages';
import { paint } from './paint';
import { wrapText } from './wrap';

export interface SummaryOptions {
  /** ANSI colours on (see colourEnabled). */
  colour: boolean;
  /** Columns to wrap at (see summaryWidth). */
  width: number;
}

/** "  Label: value", the value wrapped under itself. */
export function labelled(label: CliMessageKey, value: string, o: SummaryOptions, indent = '  '): string[] {
  const head = `${indent}${msg(label)}: `;
  const lines = wrapText(value, o.width, ' '.repeat(head.length), head);
  return [paint('bold', head, o.colour) + lines[0]?.slice(head.length), ...lines.slice(1)];
}

/** The file's path, then its title and DOI (always shown, "none" when unknown). */
export function fileHeading(a: LoadedArticle, o: SummaryOptions): string[] {
  return [
    paint('bold', a.file, o.colour),
    ...labelled('title', a.title ?? msg('noTitle'), o),
    ...labelled('doi', a.doi ?? msg('none'), o),
  ];
}

/** A bulleted list under a heading ("    Missing:" then "      - …"), wrapped. */
export function bulleted(heading: string, items: string[], o: SummaryOptions, indent = '    '): string[] {
  if (items.length === 0) return [];
  return [
    `${indent}${heading}:`,
    ...items.flatMap((item) => wrapText(item, o.width, `${indent}    `, `${indent}  - `)),
  ];
}
