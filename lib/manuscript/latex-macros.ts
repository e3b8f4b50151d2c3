/**
 * Macros a manuscript defines (\newcommand, \def, …), kept so that "\core{}" reads as the facility's name
 * it stands for. Definitions of environments and operators are read and dropped.
 */
import { HEADINGS } from './latex-commands';
import type { Cursor } from './latex-source';

export interface Macro {
  args: number;
  /** The default of the first argument, which is then optional. */
  optional: string | null;
  body: string;
}

/** Reads the definition that follows \`name` (one of DEFINITIONS) and keeps the macros it defines. */
export function readDefinition(name: string, cur: Cursor, macros: Map<string, Macro>): void {
  if (name === 'let') {
    cur.readArg();
    cur.skipSpace();
    if (cur.peek() === '=') cur.pos++;
    cur.readArg();
    return;
  }
  if (name === 'newenvironment' || name === 'renewenvironment') {
    cur.readStar();
    cur.readArg();
    cur.readOptional();
    cur.readOptional();
    cur.readArg();
    cur.readArg();
    return;
  }
  if (name === 'DeclareMathOperator') {
    cur.readStar();
    cur.readArg();
    cur.readArg();
    return;
  }
  if (name.endsWith('def')) {
    // \def\name#1#2{body}
    cur.skipSpace();
    if (cur.peek() !== '\\') return;
    cur.pos++;
    const macro = cur.readName();
    const params = /^[^{]*/.exec(cur.src.slice(cur.pos, cur.pos + 100))?.[0] ?? '';
    cur.pos += params.length;
    const body = cur.readArg();
    macros.set(macro, { args: (params.match(/#\d/g) ?? []).length, optional: null, body });
    return;
  }
  cur.readStar();
  const target = cur.readArg().replace(/^\\/, '').trim();
  const args = Number(cur.readOptional() ?? 0);
  const optional = cur.readOptional();
  const body = cur.readArg();
  // The class's own structure commands keep their meaning (a preamble may restyle \section).
  if (!target || HEADINGS.has(target) || !/^[A-Za-z@]+$/.test(target)) return;
  if (name === 'providecommand' && macros.has(target)) return;
  macros.set(target, { args: Number.isFinite(args) ? Math.min(args, 9) : 0, optional, body });
}

/** The body of a macro with its arguments (read from the cursor) put in place of #1…#9. */
export function expandMacro(macro: Macro, cur: Cursor): string {
  const values: string[] = [];
  for (let i = 0; i < macro.args; i++) {
    if (i === 0 && macro.optional !== null) values.push(cur.readOptional() ?? macro.optional);
    else values.push(cur.readArg());
  }
  return macro.body.replace(/#(\d)/g, (_, n) => values[Number(n) - 1] ?? '');
}
