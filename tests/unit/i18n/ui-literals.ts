/**
 * Finds text a user would read that is written in a .tsx file instead of coming from the catalogue
 * (docs/I18N.md). Three kinds: JSX text ("<p>Hello</p>"), text attributes (title, aria-label,
 * placeholder, alt, label) given a string, and prose-like string or template literals anywhere else
 * (two words and a capital or sentence punctuation: class names and keys do not look like that).
 * A line after a comment containing `i18n-ignore` is skipped (say why in the comment).
 */
import ts from 'typescript';

const TEXT_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);

const HAS_LETTER = /\p{L}/u;

/** Two words, and either a capital or sentence punctuation: prose, not a class name or a key. */
function looksLikeProse(text: string): boolean {
  if (!/\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u.test(text)) return false;
  return /\p{Lu}/u.test(text) || /[.:?!…’“”]/.test(text);
}

export interface Literal {
  line: number;
  text: string;
}

export function findUiLiterals(source: string, fileName = 'file.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split('\n');
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (line > 0 && lines[line - 1]?.includes('i18n-ignore')) return;
    found.push({ line: line + 1, text: text.trim() });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) {
        if (TEXT_ATTRIBUTES.has(name) && HAS_LETTER.test(init.text)) report(init, init.text);
        return; // class, id, href, data-*…: not text
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeProse(node.text)) report(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
      if (looksLikeProse(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
