/**
 * The submission-form assistant, registered by the background only on the sites the user switched it on
 * for (see entrypoints/background/submission.ts). It finds the form's credit fields by their labels,
 * shows the panel after the first of them, and re-checks as the author types. It reads the fields and,
 * on a click, adds text to one; it never submits, and sends nothing beyond the extension.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '../../components/submission/panel.css?inline';
import { SubmissionPanel } from '../../components/submission/SubmissionPanel';
import {
  type CreditField,
  fieldText,
  findContributorRoles,
  findCreditFields,
} from '../../lib/submission/fields';
import type { FixTarget, FormFinding } from '../../lib/submission/form-check';
import { insertAtEnd } from '../../lib/submission/insert';
import { type SubmissionSystem, SYSTEMS } from '../../lib/submission/systems';
import { t } from '../../platform/i18n';
import { sendToBackground } from '../../platform/send';

const byId = (id: SubmissionSystem['id']) => SYSTEMS.find((s) => s.id === id) as SubmissionSystem;

/** Which system this form belongs to: by its host where it is hosted, else by its markup. */
function systemOf(doc: Document): SubmissionSystem | null {
  const host = location.hostname;
  if (/(?:^|\.)manuscriptcentral\.com$/.test(host) || /ScholarOne/i.test(doc.title))
    return byId('scholarone');
  if (
    /(?:^|\.)editorialmanager\.com$/.test(host) ||
    window.name === 'content' ||
    doc.querySelector('form[action*=".aspx"]')
  )
    return byId('editorial-manager');
  if (
    doc.querySelector(
      // i18n-ignore: a CSS selector (OJS's generator tag), not text for the user
      '.pkpFormField, .pkp_structure_page, meta[name="generator"][content^="Open Journal Systems"]',
    )
  )
    return byId('ojs');
  return null;
}

export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const system = systemOf(document);
    // A site the user named, but a page that is not a form we know: offer copy buttons, write nothing.
    const name = system?.name ?? null;
    const writes = system?.writes ?? false;

    let fields: CreditField[] = [];
    let ui: ShadowRootContentScriptUi<void> | null = null;
    let facilities: Array<{ id: string; name: string }> = [];
    let chosen: string[] = [];
    let findings: FormFinding[] | null = null;
    let error: string | null = null;
    let title: string | null = null;
    let started = false;

    const textOf = (kind: CreditField['kind']) =>
      fields
        .filter((f) => f.kind === kind)
        .map((f) => fieldText(f.control))
        .join('\n');
    const targets = () => {
      const out: Partial<Record<FixTarget, string>> = {};
      for (const kind of ['acknowledgements', 'funding'] as const) {
        const f = fields.find((x) => x.kind === kind);
        if (f) out[kind] = f.label.replace(/\s*\*$/, '');
      }
      return out;
    };

    const paint = () => {
      if (!ui) return;
      render(
        <SubmissionPanel
          system={name}
          writes={writes}
          facilities={facilities}
          chosen={chosen}
          findings={findings}
          targets={targets()}
          error={error}
          onChoose={(next) => {
            chosen = next;
            void recheck();
          }}
          onInsert={async (target, text) => {
            const field = fields.find((f) => f.kind === target);
            const ok = field ? insertAtEnd(field.control, text) : false;
            await recheck();
            return ok;
          }}
        />,
        ui.uiContainer,
      );
    };

    const recheck = async () => {
      try {
        const reply = await sendToBackground('checkSubmission', {
          title,
          chosen,
          texts: {
            acknowledgements: textOf('acknowledgements'),
            funding: textOf('funding'),
            agencies: textOf('agencies'),
            awards: textOf('award'),
            contributors: findContributorRoles(document),
          },
        });
        findings = reply.findings;
        error = null;
      } catch (e) {
        error = t('submission.checkFailed', { error: e instanceof Error ? e.message : String(e) });
      }
      paint();
    };

    // Editors in frames of their own do not bubble their typing to this document: listen to each.
    const listened = new WeakSet<Document>();
    let timer: number | undefined;
    const onTyping = () => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => void recheck(), 500);
    };
    const listen = (doc: Document) => {
      if (listened.has(doc)) return;
      listened.add(doc);
      doc.addEventListener('input', onTyping, true);
      doc.addEventListener('change', onTyping, true);
    };

    let anchor: Element | null = null;
    const scan = async () => {
      const found = findCreditFields(document);
      const credit = found.filter((f) => f.kind !== 'title');
      const same =
        credit.length === fields.length && credit.every((f, i) => f.control === fields[i]?.control);
      if (same && ui) return;
      fields = credit;
      if (credit.length === 0) {
        ui?.remove();
        ui = null;
        return;
      }
      for (const f of fields) listen(f.control.ownerDocument);
      const titleField = found.find((f) => f.kind === 'title');
      title = titleField ? fieldText(titleField.control).trim() || null : null;
      // The panel follows the first credit field (a wizard's next step, an editor that replaced a textarea).
      const first = (credit[0] as CreditField).anchor;
      if (ui && anchor !== first) {
        ui.remove();
        ui = null;
      }
      if (!ui) {
        anchor = first;
        ui = await createShadowRootUi(ctx, {
          name: 'corecredit-submission',
          position: 'inline',
          anchor: first,
          append: 'after',
          css,
          onMount: () => undefined,
        });
        ui.mount();
      }
      if (!started) {
        started = true;
        const context = await sendToBackground('submissionContext', { title });
        facilities = context.facilities;
        chosen = context.chosen;
      }
      await recheck();
    };

    // Forms are built after load (OJS's Vue app, Editorial Manager's postbacks, editors that replace
    // textareas): look again, once things settle, whenever the page changes.
    let rescan: number | undefined;
    let scanning = Promise.resolve();
    const observer = new MutationObserver(() => {
      clearTimeout(rescan);
      rescan = ctx.setTimeout(() => {
        scanning = scanning.then(scan).catch(() => undefined);
      }, 300);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    await scan();
  },
});
