// A LaTeX source with braces that never close (a damaged file; the fuzzer's junk): each such brace used
// to open a group reaching to the end of the document, so past 60 of them the rest of the text was
// dropped (the converter's depth guard) and each was read to the end again (9.8 MB took 7 s).
import { describe, expect, it } from 'vitest';
import { readLatexSource } from '../../../lib/manuscript/latex';

describe('unclosed braces in LaTeX', () => {
  it('are skipped: the text after a hundred of them is still read', () => {
    const junk = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} has a stray {brace.`).join('\n\n');
    const tex = `\\documentclass{article}\n\\begin{document}\n\\section{Results}\n${junk}\n\n\\section*{Acknowledgements}\nWe thank the Cellular Imaging and Cytometry Core.\n\\end{document}\n`;
    const record = readLatexSource(tex, []);
    expect(record.sections.acknowledgements?.text).toContain('Cellular Imaging and Cytometry Core');
  });

  it('groups that close are still groups', () => {
    const tex = `\\documentclass{article}\n\\begin{document}\n\\section*{Acknowledgements}\nWe thank {the {\\em Cellular Imaging} Core}.\n\\end{document}\n`;
    expect(readLatexSource(tex, []).sections.acknowledgements?.text).toBe(
      'We thank the Cellular Imaging Core.',
    );
  });
});
