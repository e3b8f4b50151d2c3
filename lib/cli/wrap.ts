/**
 * Word wrapping for the terminal summary: plain text in, lines out (colour is added after, so widths
 * are counted on what is seen). A word longer than the line (a URL) stands alone on its line, unbroken.
 * Widths count code points: East Asian wide characters are counted as one column (a line of Japanese
 * wraps late rather than never).
 */
const len = (s: string) => [...s].length;

export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let prefix = lines.length === 0 ? firstIndent : indent;
    const room = () => Math.max(10, width - len(prefix));
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && len(line) + 1 + len(word) > room()) {
        lines.push(prefix + line);
        prefix = indent;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(prefix + line);
  }
  return lines;
}
