import { describe, expect, it } from 'vitest';
import type { Terminal } from '../../../lib/cli/io';
import { chooseFormat, colourEnabled, summaryWidth } from '../../../lib/cli/output-format';

const term = (over: Partial<Terminal> = {}): Terminal => ({
  stdoutIsTTY: true,
  stderrIsTTY: true,
  columns: 80,
  env: {},
  ...over,
});
const pipe = term({ stdoutIsTTY: false, stderrIsTTY: false, columns: undefined });

describe('chooseFormat', () => {
  it.each([
    ['a terminal, no option', { json: false, format: null }, term(), 'text'],
    ['a pipe, no option', { json: false, format: null }, pipe, 'json'],
    ['no terminal known (tests, embedding)', { json: false, format: null }, undefined, 'json'],
    ['--json on a terminal', { json: true, format: null }, term(), 'json'],
    ['--format json on a terminal', { json: false, format: 'json' }, term(), 'json'],
    ['--json --format json', { json: true, format: 'json' }, term(), 'json'],
    ['--format text into a pipe', { json: false, format: 'text' }, pipe, 'text'],
    ['--format csv on a terminal', { json: false, format: 'csv' }, term(), 'csv'],
    ['--format csv into a pipe', { json: false, format: 'csv' }, pipe, 'csv'],
  ] as const)('%s → %s', (_name, options, terminal, expected) => {
    expect(chooseFormat(options, terminal)).toBe(expected);
  });

  it.each([
    [{ json: false, format: 'xml' }, /--format is json, text or csv \(not "xml"\)/],
    [{ json: true, format: 'csv' }, /--json and --format csv contradict/],
  ])('refuses %j as bad usage', (options, message) => {
    expect(() => chooseFormat(options, term())).toThrow(message);
  });
});

describe('colourEnabled', () => {
  it.each([
    ['a terminal', term(), 'stdout', true],
    ['a pipe', pipe, 'stdout', false],
    ['no terminal known', undefined, 'stdout', false],
    ['NO_COLOR=1 on a terminal', term({ env: { NO_COLOR: '1' } }), 'stdout', false],
    ['NO_COLOR set empty counts as unset', term({ env: { NO_COLOR: '' } }), 'stdout', true],
    ['NO_COLOR wins over FORCE_COLOR', term({ env: { NO_COLOR: '1', FORCE_COLOR: '1' } }), 'stdout', false],
    ['FORCE_COLOR=1 into a pipe', { ...pipe, env: { FORCE_COLOR: '1' } }, 'stdout', true],
    ['FORCE_COLOR= (empty) into a pipe', { ...pipe, env: { FORCE_COLOR: '' } }, 'stdout', true],
    ['FORCE_COLOR=0 on a terminal', term({ env: { FORCE_COLOR: '0' } }), 'stdout', false],
    ['FORCE_COLOR=false on a terminal', term({ env: { FORCE_COLOR: 'false' } }), 'stdout', false],
    ['TERM=dumb', term({ env: { TERM: 'dumb' } }), 'stdout', false],
    ['stderr a terminal, stdout a pipe: stderr', term({ stdoutIsTTY: false }), 'stderr', true],
    ['stderr a terminal, stdout a pipe: stdout', term({ stdoutIsTTY: false }), 'stdout', false],
  ] as const)('%s → %s', (_name, terminal, stream, expected) => {
    expect(colourEnabled(terminal, stream)).toBe(expected);
  });
});

describe('summaryWidth', () => {
  it.each([
    [term({ columns: 120 }), 100],
    [term({ columns: 72 }), 72],
    [term({ columns: 20 }), 40],
    [term({ columns: undefined }), 80],
    [term({ columns: 0 }), 80],
    [{ ...pipe, columns: 200 }, 80],
    [undefined, 80],
  ])('%j → %d columns', (terminal, width) => {
    expect(summaryWidth(terminal)).toBe(width);
  });
});
