/**
 * LaTeX source → plain text with headings on lines of their own, for the text reader. Not a TeX engine:
 * it knows how the journal templates write the parts that hold credit — \section*{Acknowledgements}, the
 * acknowledgments/acks/ack environments, \bmhead{…} after \backmatter (Springer Nature), \item[…] in
 * Nature's addendum, MDPI's \funding{…}/\authorcontributions{…}, Elsevier CAS's per-author \credit{…},
 * JMLR's \acks{…}, \thanks{…} (an author note) — unwraps formatting, drops citations, references,
 * labels and mathematics, and turns accents and escapes into characters. Unknown commands are dropped
 * and their braced arguments kept as text. Never throws; bad input gives less text, not an error.
 */
import type { WordedNote } from '../extract/reading-notes';
import { ACCENTS, accented, CONTROL_SYMBOLS, mathText, SYMBOLS } from './latex-chars';
import {
  AFFILIATION_COMMANDS,
  DEFINITIONS,
  DROPPED,
  ENVIRONMENT_ARGS,
  HEADINGS,
  INCLUDES,
  NOTE_COMMANDS,
  SECTION_COMMANDS,
  SECTION_ENVIRONMENTS,
  SKIPPED_ENVIRONMENTS,
} from './latex-commands';
import { type AuthorBlock, authorBlocks, type Front } from './latex-front';
import { expandMacro, type Macro, readDefinition } from './latex-macros';
import { Cursor, skipEnvironment, stripComments } from './latex-source';

/** Paragraph and line breaks in the text being built (private-use characters no source contains). */
const PARA = '\ue000';
const LINE = '\ue001';
/** \and between authors, in the author list's text. */
const AND = '\ue002';

export interface LatexText {
  text: string;
  title: string | null;
  authors: AuthorBlock[];
  /** `notes` in English. */
  warnings: string[];
  notes: WordedNote[];
}

/** Guards against macros that expand forever and nesting that would overflow the stack. */
const MAX_EXPANSIONS = 20_000;
const MAX_DEPTH = 60;

type Mode = 'text' | 'author';

/**
 * Where each "{" of `src` closes, in one pass, as Cursor.readBalanced would find it (a backslash escapes
 * the next character); braces that never close are left out.
 */
function closingBraces(src: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') {
      const start = open.pop();
      if (start !== undefined) closes.set(start, i);
    }
  }
  return closes;
}

class Converter {
  title: string | null = null;
  /** \author arguments, raw, in order. */
  authorArgs: string[] = [];
  affiliations: string[] = [];
  thanks: string[] = [];
  footnotes: string[] = [];
  /** Elsevier CAS: \credit{roles} after each \author. */
  credits: Array<{ authorIndex: number; roles: string }> = [];
  creditsPrinted = false;
  titlePrinted = false;
  macros = new Map<string, Macro>();
  /** By their English, so each is said once. */
  notes = new Map<string, WordedNote>();
  expansions = 0;
  /** The body has a \maketitle still to come: front matter set before it waits for it. */
  maketitleAhead = false;
  frontMatter = '';

  convert(src: string, mode: Mode = 'text', depth = 0): string {
    if (depth > MAX_DEPTH) return '';
    const cur = new Cursor(src);
    const closing = closingBraces(src);
    let out = '';
    while (!cur.done) {
      const c = cur.peek();
      if (c === '\\') {
        cur.pos++;
        out += this.command(cur, mode, depth);
      } else if (c === '{') {
        const end = closing.get(cur.pos);
        cur.pos++;
        // A brace never closed (a damaged source) is skipped: reading "to its end" read the rest of the
        // document once per such brace (9.8 MB of junk from the fuzzer: 7 s).
        if (end !== undefined) {
          out += this.convert(src.slice(cur.pos, end), mode, depth + 1);
          cur.pos = end + 1;
        }
      } else if (c === '}') cur.pos++;
      else if (c === '$') {
        const math = this.inlineMath(cur);
        // In an author list, mathematics is affiliation marks ("Doe$^{1,2}$").
        out += mode === 'author' ? ' ' : math;
      } else if (c === '~') {
        cur.pos++;
        out += ' ';
      } else if (c === '&') {
        cur.pos++;
        out += ' ';
      } else if (c === '-' && cur.peek(1) === '-') {
        const em = cur.peek(2) === '-';
        cur.pos += em ? 3 : 2;
        out += em ? '—' : '–';
      } else if ((c === '`' || c === "'") && cur.peek(1) === c) {
        cur.pos += 2;
        out += c === '`' ? '“' : '”';
      } else if (c === '\n') {
        const blank = /^\n[ \t]*\n\s*/.exec(cur.src.slice(cur.pos, cur.pos + 200));
        cur.pos += blank ? blank[0].length : 1;
        out += blank ? PARA : ' ';
      } else {
        // A run of ordinary characters at once.
        const run = /^[^\\{}$~&\-`'\n]+/.exec(cur.src.slice(cur.pos, cur.pos + 4000));
        const text = run ? run[0] : c;
        cur.pos += text.length;
        out += text;
      }
    }
    return out;
  }

  private inlineMath(cur: Cursor): string {
    const display = cur.peek(1) === '$';
    cur.pos += display ? 2 : 1;
    const end = cur.src.indexOf(display ? '$$' : '$', cur.pos);
    const body = cur.src.slice(cur.pos, end < 0 ? cur.src.length : end);
    cur.pos = end < 0 ? cur.src.length : end + (display ? 2 : 1);
    return display ? ' ' : mathText(body);
  }

  private heading(text: string): string {
    const h = clean(text);
    return h ? `${PARA}${h}${PARA}` : PARA;
  }

  /** The text of an argument in text mode, one line (for headings and labels). */
  private inline(src: string, depth: number): string {
    return this.convert(src, 'text', depth + 1).replace(/[\ue000\ue001]/g, ' ');
  }

  private command(cur: Cursor, mode: Mode, depth: number): string {
    const name = cur.readName();
    if (!name) return '';
    if (name in CONTROL_SYMBOLS) return CONTROL_SYMBOLS[name] as string;
    if (name === '\\') {
      cur.readStar();
      cur.readOptional();
      return LINE;
    }
    if (name in ACCENTS && (name.length === 1 || /[{\s]/.test(cur.peek()))) {
      const arg = cur.readArg();
      return accented(ACCENTS[name] as string, this.convert(arg, mode, depth + 1));
    }
    if (name === '(' || name === '[') {
      const close = name === '(' ? '\\)' : '\\]';
      const end = cur.src.indexOf(close, cur.pos);
      const body = cur.src.slice(cur.pos, end < 0 ? cur.src.length : end);
      cur.pos = end < 0 ? cur.src.length : end + 2;
      return name === '(' ? mathText(body) : ' ';
    }
    if (/^[A-Za-z@]+$/.test(name)) cur.skipSpace();
    return this.word(name, cur, mode, depth);
  }

  private word(name: string, cur: Cursor, mode: Mode, depth: number): string {
    if (HEADINGS.has(name)) {
      cur.readStar();
      cur.readOptional();
      return this.heading(this.inline(cur.readArg(), depth));
    }
    if (name === 'begin') return this.begin(cur);
    if (name === 'end') {
      cur.readArg();
      return PARA;
    }
    if (name === 'item') {
      const label = cur.readOptional();
      if (label === null) return PARA;
      const text = this.inline(label, depth);
      // A short label is a heading (Nature's \item[Acknowledgements]); a long one opens the item's text.
      return clean(text).length <= 60 ? this.heading(text) : `${PARA}${text} `;
    }
    if (name in SECTION_COMMANDS && cur.peek() === '{') {
      const section =
        this.heading(SECTION_COMMANDS[name] as string) + this.convert(cur.readArg(), mode, depth + 1) + PARA;
      // Springer Nature's \abstract{…} and \keywords{…} come before \maketitle, which prints them.
      if (name === 'abstract' && this.maketitleAhead && !this.titlePrinted) {
        this.frontMatter += section;
        return '';
      }
      return section;
    }
    if (name === 'title') {
      cur.readOptional();
      this.title = clean(this.inline(cur.readArg(), depth)) || this.title;
      return '';
    }
    if (name === 'author') {
      cur.readStar();
      cur.readOptional();
      this.authorArgs.push(cur.readArg());
      // Elsevier CAS puts options after the name: \author[1]{Name}[orcid=…].
      cur.readOptional();
      return '';
    }
    if (AFFILIATION_COMMANDS.has(name)) {
      cur.readStar();
      cur.readOptional();
      const text = clean(this.inline(cur.readArg(), depth).replace(/\b[a-z]+=/g, ' '));
      if (text) this.affiliations.push(text);
      return '';
    }
    if (mode === 'author' && /^(?:textsuperscript|IEEEauthorrefmark|footnotemark)$/.test(name)) {
      cur.readOptional();
      cur.readArg();
      return ' ';
    }
    if (NOTE_COMMANDS.has(name)) {
      cur.readOptional();
      const text = clean(this.convert(cur.readArg(), 'text', depth + 1).replace(/[\ue000\ue001]/g, ' '));
      if (text) (name === 'footnote' || name === 'footnotetext' ? this.footnotes : this.thanks).push(text);
      return mode === 'author' ? '' : ' ';
    }
    if (name === 'credit') {
      const roles = clean(this.inline(cur.readArg(), depth));
      if (this.authorArgs.length && !this.creditsPrinted) {
        this.credits.push({ authorIndex: this.authorArgs.length - 1, roles });
        return '';
      }
      return this.heading('Author contributions') + roles + PARA;
    }
    if (name === 'printcredits') return this.printCredits();
    if (name === 'maketitle') return this.titleBlock();
    if (name === 'keywords' || name === 'keyword') {
      cur.readOptional();
      const line = `${PARA}Keywords: ${this.inline(cur.readArg(), depth)}${PARA}`;
      if (this.maketitleAhead && !this.titlePrinted) {
        this.frontMatter += line;
        return '';
      }
      return line;
    }
    if (name === 'printbibliography' || (name === 'bibliography' && cur.peek() === '{')) {
      if (name === 'bibliography') cur.readArg();
      else cur.readOptional();
      return this.heading('References');
    }
    if (name === 'bibitem') {
      cur.readOptional();
      cur.readArg();
      return PARA;
    }
    if (name === 'caption' || name === 'subcaption') {
      cur.readStar();
      cur.readOptional();
      return `${PARA}${this.convert(cur.readArg(), mode, depth + 1)}${PARA}`;
    }
    if (name === 'href') {
      cur.readArg();
      return this.convert(cur.readArg(), mode, depth + 1);
    }
    if (name === 'url' || name === 'nolinkurl' || name === 'path') return cur.readArg();
    if (name === 'verb') {
      const delim = cur.peek();
      const end = cur.src.indexOf(delim, cur.pos + 1);
      const body = cur.src.slice(cur.pos + 1, end < 0 ? cur.src.length : end);
      cur.pos = end < 0 ? cur.src.length : end + 1;
      return body;
    }
    if (name === 'par' || name === 'newpage' || name === 'clearpage') return PARA;
    if (name === 'newline' || name === 'linebreak') {
      cur.readOptional();
      return LINE;
    }
    if (name === 'and' || name === 'AND' || name === 'And') return AND;
    if (DEFINITIONS.has(name)) {
      readDefinition(name, cur, this.macros);
      return '';
    }
    if (INCLUDES.has(name)) {
      const args =
        name === 'import' || name === 'subimport' ? [cur.readArg(), cur.readArg()] : [cur.readArg()];
      const english = `\\${name}{${args.join('')}} could not be followed (a single .tex file): give a .zip of the project to read it.`;
      this.notes.set(english, {
        note: { code: 'LATEX_NOT_FOLLOWED', values: { command: `\\${name}{${args.join('')}}` } },
        english,
      });
      return '';
    }
    if (name in DROPPED) {
      const [mandatory, optional] = DROPPED[name] as [number, number];
      cur.readStar();
      for (let i = 0; i < optional; i++) cur.readOptional();
      for (let i = 0; i < mandatory; i++) cur.readArg();
      return '';
    }
    if (name in SYMBOLS) {
      // "\ss{}" and "\LaTeX{}": the empty group only ends the name.
      if (cur.peek() === '{' && cur.peek(1) === '}') cur.pos += 2;
      return SYMBOLS[name] as string;
    }
    const macro = this.macros.get(name);
    if (macro && this.expansions++ < MAX_EXPANSIONS) return this.expand(macro, cur, mode, depth);
    if (name === 'fnm' || name === 'sur') return `${this.convert(cur.readArg(), mode, depth + 1)} `;
    // Anything else: the name goes, its arguments stay as text (\textbf{…}, \emph{…}, \species{…}).
    return '';
  }

  private begin(cur: Cursor): string {
    const env = cur.readArg().trim();
    if (env === 'document') return PARA;
    if (SKIPPED_ENVIRONMENTS.test(env)) {
      skipEnvironment(cur, env);
      return ' ';
    }
    const heading = SECTION_ENVIRONMENTS[env];
    // Placement and options ("\begin{figure}[t]") are never text.
    cur.readOptional();
    for (let i = 0; i < (ENVIRONMENT_ARGS[env] ?? 0); i++) {
      cur.readOptional();
      cur.readArg();
    }
    return heading ? this.heading(heading) : PARA;
  }

  private expand(macro: Macro, cur: Cursor, mode: Mode, depth: number): string {
    return this.convert(expandMacro(macro, cur), mode, depth + 1);
  }

  /** Title, authors, affiliations and author notes, where \maketitle prints them. */
  titleBlock(): string {
    if (this.titlePrinted) return '';
    this.titlePrinted = true;
    const parts: string[] = [];
    if (this.title) parts.push(this.title);
    const front = this.front();
    if (front.authors.length) parts.push(front.authors.map((a) => a.name).join(', '));
    parts.push(...front.affiliations, ...this.affiliations);
    let out = parts.join(PARA);
    if (this.thanks.length) out += this.heading('Author notes') + this.thanks.join(PARA);
    this.thanks = [];
    return `${PARA}${out}${PARA}${this.frontMatter}`;
  }

  printCredits(): string {
    if (this.creditsPrinted || this.credits.length === 0) return '';
    this.creditsPrinted = true;
    const blocks = this.front().authors;
    const lines = this.credits
      .map((c) => {
        const who = blocks.find((b) => b.argIndex === c.authorIndex);
        return who ? `${who.name}: ${c.roles}` : c.roles;
      })
      .join(LINE);
    return this.heading('CRediT authorship contribution statement') + lines + PARA;
  }

  private frontCache: Front | null = null;
  /** The authors (read once: notes inside \author join the author notes then). */
  front(): Front {
    this.frontCache ??= authorBlocks(this.authorArgs, (src) => this.convert(src, 'author', 1));
    return this.frontCache;
  }
}

/** Collapses spaces, keeping the paragraph and line marks. */
function clean(s: string): string {
  return s.replace(/[ \t\n\u00a0]+/g, ' ').trim();
}

/** The converted text as lines: paragraphs separated by a blank line, headings on their own. */
function assemble(raw: string): string {
  return raw
    .split(PARA)
    .map((p) =>
      p
        .split(/[\ue001\ue002]/)
        // A dropped citation leaves its space behind: "organelles~\cite{a}." → "organelles ."
        .map((l) => clean(l).replace(/ +(?=[.,;:!?)\]])/g, ''))
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

export function latexToText(source: string): LatexText {
  const conv = new Converter();
  const src = stripComments(source);
  const begin = /\\begin\s*\{document\}/.exec(src);
  let body: string;
  if (begin) {
    // The preamble defines macros and may set the title and authors; it prints nothing.
    conv.convert(src.slice(0, begin.index));
    body = src.slice(begin.index + begin[0].length);
  } else body = src;
  // What follows \end{document} is never printed (notes to self, old drafts).
  const end = /\\end\s*\{document\}/.exec(body);
  if (end) body = body.slice(0, end.index);
  conv.maketitleAhead = /\\maketitle\b/.test(body);
  let text = conv.convert(body);
  if (!conv.titlePrinted && (conv.title || conv.authorArgs.length)) text = conv.titleBlock() + text;
  if (conv.thanks.length) text += `${PARA}Author notes${PARA}${conv.thanks.join(PARA)}${PARA}`;
  text += conv.printCredits();
  if (conv.footnotes.length) text += `${PARA}Footnotes${PARA}${conv.footnotes.join(PARA)}${PARA}`;
  return {
    text: assemble(text),
    title: conv.title,
    authors: conv.front().authors,
    warnings: [...conv.notes.keys()],
    notes: [...conv.notes.values()],
  };
}
