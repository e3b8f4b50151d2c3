/**
 * The credit fields of a submission form, found by what their labels say — never by their names or ids,
 * which differ by system, by journal and by version (Editorial Manager's ASP.NET controls are named per
 * journal; OJS renders its fields with generated ids). A field is a label and the control the author
 * types into: an input, a textarea, or a rich-text editor (CKEditor or TinyMCE replace the textarea with
 * an editable body, in an iframe or inline, and keep the textarea hidden for the form's submission).
 */
import { classifyHeading } from '../extract/headings';

export type FieldKind = 'acknowledgements' | 'funding' | 'agencies' | 'award' | 'title';

export interface CreditField {
  kind: FieldKind;
  /** The label as the form shows it. */
  label: string;
  /** Where the author types: an input or textarea, or the editor's editable element. */
  control: HTMLElement;
  /** The element the field's panel is placed after: the field's own block in the form. */
  anchor: Element;
}

/** Required markers and hints that forms add to labels ("Funding Statement *", "(required)"). */
const DECORATION = /\s*(?:\*|\(required\)|\(optional\)|required|optional|\?)\s*$/iu;

const FORM_LABELS: Array<[FieldKind, RegExp]> = [
  [
    'agencies',
    /^(?:supporting agenc(?:y|ies)|sponsors?|funding agenc(?:y|ies)|funders?|funder name|funding (?:body|bodies|organi[sz]ations?))$/u,
  ],
  ['award', /^(?:award (?:number|no\.?|id)s?|grant (?:number|no\.?|id)s?|grant or award numbers?)$/u],
  [
    'funding',
    /^(?:add a funding source|funding sources?|funding (?:and support|disclosure)|financial disclosure|role of the funder)$/u,
  ],
  ['title', /^(?:(?:full |manuscript |article |submission )?title)$/u],
];

/** What a form label asks for, or null when it is not a field CoreCredit reads. */
export function classifyLabel(text: string): FieldKind | null {
  let label = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3 && DECORATION.test(label); i++) label = label.replace(DECORATION, '').trim();
  if (!label || label.length > 80) return null;
  const lower = label.toLowerCase().replace(/[:：]$/u, '');
  for (const [kind, re] of FORM_LABELS) if (re.test(lower)) return kind;
  const heading = classifyHeading(label);
  return heading === 'acknowledgements' || heading === 'funding' ? heading : null;
}

const CONTROL =
  'textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"]';

/** The control a label names: `for`, a control inside the label, `aria-labelledby`, or the field's block. */
function controlOf(label: Element): HTMLElement | null {
  const doc = label.ownerDocument;
  const id = label.getAttribute('for');
  if (id) return doc.getElementById(id) as HTMLElement | null;
  const inside = label.querySelector(CONTROL);
  if (inside) return inside as HTMLElement;
  if (label.id) {
    const by = doc.querySelector(`[aria-labelledby~="${cssEscape(label.id)}"]`);
    if (by?.matches(CONTROL)) return by as HTMLElement;
    const within = by?.querySelector(CONTROL);
    if (within) return within as HTMLElement;
  }
  return null;
}

/** A label's field block in the layouts forms use: a form-field wrapper, a table row, a definition. */
function blockOf(label: Element): Element {
  return (
    label.closest('.pkpFormField, .pkp_form .section, fieldset, tr, dd, li, .form-group, .field') ??
    label.parentElement ??
    label
  );
}

/**
 * In a table layout (Editorial Manager), the control sits in the cells after the label's; under a column
 * header (a row of headers over rows of inputs, as funding grids are), in the same column of the next row.
 */
function controlInRow(cell: Element): HTMLElement | null {
  const row = cell.closest('tr');
  if (row && cell.matches('th') && !row.querySelector(CONTROL)) {
    const column = [...row.children].indexOf(cell);
    const below = row.nextElementSibling?.children[column];
    const c = below?.matches(CONTROL) ? below : below?.querySelector(CONTROL);
    return (c as HTMLElement | null) ?? null;
  }
  for (let next = cell.nextElementSibling; next; next = next.nextElementSibling) {
    const c = next.matches(CONTROL) ? next : next.querySelector(CONTROL);
    if (c) return c as HTMLElement;
  }
  const below = row?.nextElementSibling?.querySelector(CONTROL);
  return (below as HTMLElement | null) ?? null;
}

function isHidden(el: HTMLElement): boolean {
  const style = el.getAttribute('style') ?? '';
  return (
    el.hidden ||
    el.getAttribute('type') === 'hidden' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/.test(style)
  );
}

/**
 * The editable element of a rich-text editor that replaced `textarea`: CKEditor 4 (`#cke_<id>`, an
 * iframe or an inline editable), TinyMCE (`#<id>_ifr`), or the editor block right after the textarea.
 */
function editorFor(textarea: HTMLElement): HTMLElement | null {
  const doc = textarea.ownerDocument;
  const id = textarea.id;
  const candidates = [
    id ? doc.getElementById(`cke_${id}`) : null,
    id ? doc.getElementById(`${id}_ifr`) : null,
    textarea.nextElementSibling,
  ];
  for (const c of candidates) {
    if (!c) continue;
    const frame = (c.matches('iframe') ? c : c.querySelector('iframe')) as HTMLIFrameElement | null;
    const body = frame ? frameBody(frame) : null;
    if (body?.isContentEditable || body?.getAttribute('contenteditable') === 'true') return body;
    const inline = c.matches('[contenteditable="true"]') ? c : c.querySelector('[contenteditable="true"]');
    if (inline) return inline as HTMLElement;
  }
  return null;
}

function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null; // another origin's frame: not the form's editor
  }
}

/** The control a field's author types into, editors resolved; null when there is nothing to type into. */
function usable(control: HTMLElement | null): HTMLElement | null {
  if (!control) return null;
  if (control.matches('textarea') && isHidden(control)) return editorFor(control);
  if (isHidden(control)) return null;
  return control;
}

/** Every credit field of the document, in document order, one per control. */
export function findCreditFields(doc: Document): CreditField[] {
  const fields: CreditField[] = [];
  const seen = new Set<Element>();
  const labels = doc.querySelectorAll('label, legend, th, td, .pkpFormFieldLabel, dt');
  for (const label of labels) {
    // Table cells and definition terms are labels only when short and holding no control of their own.
    if (
      label.matches('td, th, dt') &&
      (label.querySelector(CONTROL) || (label.textContent ?? '').length > 80)
    )
      continue;
    const text = (label.textContent ?? '').trim();
    const kind = classifyLabel(text);
    if (!kind) continue;
    const raw =
      controlOf(label) ?? (label.matches('td, th') ? controlInRow(label) : null) ?? fieldBlockControl(label);
    const control = usable(raw);
    if (!control || seen.has(control)) continue;
    seen.add(control);
    fields.push({ kind, label: text.replace(/\s+/g, ' '), control, anchor: blockOf(label) });
  }
  // Controls named only by their own aria-label (grid rows that repeat their column's label).
  for (const el of doc.querySelectorAll('[aria-label]')) {
    if (!el.matches(CONTROL)) continue;
    const text = el.getAttribute('aria-label') ?? '';
    const kind = classifyLabel(text);
    const control = kind ? usable(el as HTMLElement) : null;
    if (!kind || !control || seen.has(control)) continue;
    seen.add(control);
    fields.push({ kind, label: text, control, anchor: blockOf(el) });
  }
  return fields;
}

/** OJS's field blocks: the label heads a `.pkpFormField` whose control sits below it. */
function fieldBlockControl(label: Element): HTMLElement | null {
  const block = label.closest('.pkpFormField');
  return (block?.querySelector(CONTROL) as HTMLElement | null) ?? null;
}

/** The text the author has written in a field (an editor's text, or the input's value). */
export function fieldText(control: HTMLElement): string {
  if (control.matches('input, textarea')) return (control as HTMLInputElement).value;
  // biome-ignore lint/performance/useDomNodeTextContent: an editor's paragraphs need their line breaks.
  return (control.innerText ?? control.textContent ?? '').trim();
}

function cssEscape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

/** A contributor as a form states them, with the CRediT roles chosen for them. */
export interface FormContributor {
  name: string;
  roles: string[];
}

const GIVEN = /^(?:given names?|first name|forename)s?\s*\*?$/i;
const FAMILY = /^(?:family names?|last name|surname)\s*\*?$/i;

/** The value of the text field whose label matches `re` inside `scope`. */
function labelled(scope: ParentNode, re: RegExp): string {
  for (const label of scope.querySelectorAll('label')) {
    if (!re.test((label.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    const control = controlOf(label);
    if (control?.matches('input')) return (control as HTMLInputElement).value.trim();
  }
  return '';
}

/**
 * The contributors whose CRediT roles the form asks for (OJS 3.6's `pkpFormField--creditRoles`, in the
 * contributor's form beside the name fields): each role as the role select shows it.
 */
export function findContributorRoles(doc: Document): FormContributor[] {
  const out: FormContributor[] = [];
  for (const field of doc.querySelectorAll('.pkpFormField--creditRoles')) {
    const scope = field.closest('form') ?? doc;
    const name = [labelled(scope, GIVEN), labelled(scope, FAMILY)].filter(Boolean).join(' ');
    const roles = [...field.querySelectorAll('tbody tr')]
      .map((row) => {
        const select = row.querySelector('select') as HTMLSelectElement | null;
        const option =
          select?.querySelector('option:checked, option[selected]') ??
          select?.options?.[select.selectedIndex];
        return (option?.textContent ?? '').trim();
      })
      .filter(Boolean);
    if (name && roles.length) out.push({ name, roles });
  }
  return out;
}
