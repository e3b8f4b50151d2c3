import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES, msg } from '../../../lib/cli/messages';
import { paint, unpaint } from '../../../lib/cli/paint';
import { wrapText } from '../../../lib/cli/wrap';

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'a short line', 20, '', '', ['a short line']],
    ['breaks between words', 'one two three four five', 12, '', '', ['one two', 'three four', 'five']],
    ['indents every line', 'one two three', 10, '  ', '  ', ['  one two', '  three']],
    ['a first line of its own', 'aaa bbb ccc', 10, '    ', 'X: ', ['X: aaa bbb', '    ccc']],
    [
      'a word longer than the line stands alone',
      'see https://example.org/a/very/long/path now',
      12,
      '',
      '',
      ['see', 'https://example.org/a/very/long/path', 'now'],
    ],
    ['keeps the text’s line breaks', 'one\ntwo', 80, '', '', ['one', 'two']],
    ['collapses runs of spaces', 'a   b', 80, '', '', ['a b']],
    ['counts accented letters as one column', 'Lévesque Lévesque', 17, '', '', ['Lévesque Lévesque']],
  ])('%s', (_name, text, width, indent, first, expected) => {
    expect(wrapText(text, width, indent, first)).toEqual(expected);
  });

  it('never makes a line wider than asked, except for one long word', () => {
    const text =
      'We thank the Cellular Imaging and Cytometry Core (Harbourview University; RRID:SCR_022415).';
    for (const width of [20, 40, 60]) {
      for (const line of wrapText(text, width, '      '))
        if (line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
    }
  });
});

describe('paint', () => {
  it.each([
    ['red', true, '\u001b[31mx\u001b[39m'],
    ['green', true, '\u001b[32mx\u001b[39m'],
    ['bold', true, '\u001b[1mx\u001b[22m'],
    ['red', false, 'x'],
    ['bold', false, 'x'],
  ] as const)('%s with colour %s', (style, colour, expected) => {
    expect(paint(style, 'x', colour)).toBe(expected);
  });

  it('leaves empty text empty, and unpaint takes the styles off again', () => {
    expect(paint('red', '', true)).toBe('');
    expect(unpaint(paint('bold', paint('cyan', 'Named', true), true))).toBe('Named');
  });
});

describe('msg', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(msg('progress', { command: 'corecredit check', done: 3, total: 60 })).toBe(
      'corecredit check: 3/60 files',
    );
    expect(msg('progress', { command: 'x' })).toBe('x: {done}/{total} files');
  });

  it('every message is a non-empty string whose placeholders are words', () => {
    for (const [key, text] of Object.entries(CLI_MESSAGES)) {
      expect(text.trim(), key).not.toBe('');
      expect(text.match(/\{[^}]*\}/g) ?? [], key).toEqual(
        (text.match(/\{[^}]*\}/g) ?? []).filter((p) => /^\{\w+\}$/.test(p)),
      );
    }
  });
});
