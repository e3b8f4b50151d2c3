/**
 * LaTeX source made plain before it is read: comments, commented-out blocks and the parts between
 * \iffalse and \fi removed; the arguments of commands read with their braces balanced. Never throws:
 * unbalanced input reads to the end.
 */

/** Removes % comments (not \%): a line that is only a comment goes whole, or it would end a paragraph. */
export function stripComments(src: string): string {
  const out: string[] = [];
  for (const line of src.split(/\r\n?|\n/)) {
    const at = commentAt(line);
    if (at < 0) out.push(line);
    else if (line.slice(0, at).trim()) out.push(line.slice(0, at));
    // A line that is only a comment is dropped, newline and all.
  }
  return out
    .join('\n')
    .replace(/\\begin\s*\{comment\}[\s\S]*?(?:\\end\s*\{comment\}|$)/g, '')
    .replace(/\\iffalse\b[\s\S]*?(?:\\fi\b|$)/g, '');
}

/** Index of the % that opens a comment: one preceded by an even number of backslashes (\\% is one). */
function commentAt(line: string): number {
  for (let i = line.indexOf('%'); i >= 0; i = line.indexOf('%', i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}

/** A cursor over LaTeX source: control sequences, balanced groups and optional arguments. */
export class Cursor {
  pos = 0;
  constructor(readonly src: string) {}

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  /** Skips spaces and single newlines (a blank line is a paragraph break, and stays). */
  skipSpace(): void {
    while (!this.done) {
      const c = this.peek();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\n' && !/^\n[ \t]*\n/.test(this.src.slice(this.pos, this.pos + 40))) this.pos++;
      else break;
    }
  }

  /** After a backslash: a control word (letters) or a control symbol (one character). */
  readName(): string {
    const start = this.pos;
    while (/[A-Za-z@]/.test(this.peek())) this.pos++;
    if (this.pos > start) return this.src.slice(start, this.pos);
    if (this.done) return '';
    this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** Text up to the brace or bracket matching the one just passed, braces balanced. */
  readBalanced(close: '}' | ']'): string {
    const start = this.pos;
    let depth = 0;
    while (!this.done) {
      const c = this.peek();
      if (c === '\\') {
        this.pos += 2;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0 && close === '}') break;
        depth--;
        // A stray closing brace inside [ ] ends nothing.
        if (depth < 0) depth = 0;
      } else if (c === ']' && close === ']' && depth === 0) break;
      this.pos++;
    }
    const text = this.src.slice(start, this.pos);
    if (!this.done) this.pos++;
    return text;
  }

  /** An optional [argument], or null (spaces before it skipped only when it is there). */
  readOptional(): string | null {
    const save = this.pos;
    this.skipSpace();
    if (this.peek() === '[') {
      this.pos++;
      return this.readBalanced(']');
    }
    this.pos = save;
    return null;
  }

  /** A mandatory argument: a {group}, a control sequence, or one character. */
  readArg(): string {
    this.skipSpace();
    const c = this.peek();
    if (c === '{') {
      this.pos++;
      return this.readBalanced('}');
    }
    if (c === '\\') {
      this.pos++;
      return `\\${this.readName()}`;
    }
    if (this.done || c === '}') return '';
    this.pos++;
    return c;
  }

  /** A star after a command name (\section*). */
  readStar(): boolean {
    if (this.peek() === '*') {
      this.pos++;
      return true;
    }
    return false;
  }
}

/** Skips to the \end{env} that closes the environment just opened (the same name nested is counted). */
export function skipEnvironment(cur: Cursor, env: string): void {
  const escaped = env.replace(/[*]/g, '\\*');
  const re = new RegExp(String.raw`\\(begin|end)\s*\{${escaped}\}`, 'g');
  re.lastIndex = cur.pos;
  let depth = 1;
  for (let m = re.exec(cur.src); m; m = re.exec(cur.src)) {
    depth += m[1] === 'begin' ? 1 : -1;
    if (depth === 0) {
      cur.pos = m.index + m[0].length;
      return;
    }
  }
  cur.pos = cur.src.length;
}
