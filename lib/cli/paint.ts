/**
 * ANSI styles for the terminal summary. `paint` is the identity when colour is off, so the same code
 * writes the coloured and the plain summary.
 */
export type Style = 'red' | 'yellow' | 'green' | 'cyan' | 'bold' | 'dim';

const CODES: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  bold: [1, 22],
  dim: [2, 22],
};

export function paint(style: Style, text: string, colour: boolean): string {
  if (!colour || text === '') return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** The text without ANSI styles (what a test or a width count sees). */
export function unpaint(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is removed.
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
