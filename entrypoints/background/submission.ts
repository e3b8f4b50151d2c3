/**
 * The submission-form assistant's background half: registers its content script only on the sites the
 * user switched it on for and granted (nothing runs anywhere else), and judges the forms' fields.
 */
import { type Browser, browser } from 'wxt/browser';
import { creditLabel } from '../../components/dashboard/words';
import { fixWhat } from '../../components/manuscript/fix-what';
import type { ReplyOf, RequestOf } from '../../lib/messages';
import { formFindings } from '../../lib/submission/form-check';
import {
  assistantOrigins,
  loadSubmissionSettings,
  STORED_CHOSEN,
  STORED_SUBMISSION,
} from '../../lib/submission/systems';
import { extensionStore, storedItem } from '../../platform/storage';
import { weighInFrame } from './authorship-in-frame';
import { storedProfile } from './judge';

// E2E builds serve the hosted systems' forms from the local test server (see wxt.config.ts).
declare const __CORECREDIT_TEST_SITES__: string[];

const SCRIPT_ID = 'corecredit-submission';
const SCRIPT_FILE = 'content-scripts/submission.js';

/** Registers, updates or removes the assistant's content script to match the settings and permissions. */
export async function syncSubmissionScript(): Promise<void> {
  const settings = await loadSubmissionSettings(extensionStore);
  const granted: string[] = [];
  for (const origin of assistantOrigins(settings, __CORECREDIT_TEST_SITES__))
    if (await browser.permissions.contains({ origins: [origin] })) granted.push(origin);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: granted,
    js: [SCRIPT_FILE],
    // Editorial Manager's wizard runs in a frame of its own.
    allFrames: true,
    runAt: 'document_idle' as const,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Keeps the registration in step with the settings and with permissions the user removes or grants. */
export function watchSubmissionSettings(): void {
  const sync = () =>
    void syncSubmissionScript().catch((e) => console.error('CoreCredit: submission assistant', e));
  storedItem(STORED_SUBMISSION).watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}

async function chosenFor(title: string | null): Promise<string[] | null> {
  if (!title) return null;
  const { value: all } = await storedItem(STORED_CHOSEN).get();
  return all[title] ?? null;
}

async function remember(title: string | null, chosen: string[]): Promise<void> {
  if (!title) return;
  const item = storedItem(STORED_CHOSEN);
  const { value: all } = await item.get();
  await item.set({ ...all, [title]: chosen });
}

export async function submissionContext({
  title,
}: RequestOf<'submissionContext'>): Promise<ReplyOf<'submissionContext'>> {
  const { profile } = await storedProfile();
  const facilities = profile.facilities.map((f) => ({ id: f.id, name: f.name }));
  // One facility: the author surely used it; several: the author says which.
  const fallback = facilities.length === 1 ? [facilities[0]?.id as string] : [];
  return { facilities, chosen: (await chosenFor(title)) ?? fallback };
}

export async function checkSubmission(
  { title, chosen, texts }: RequestOf<'checkSubmission'>,
  sender: Browser.runtime.MessageSender,
): Promise<ReplyOf<'checkSubmission'>> {
  await remember(title, chosen);
  // Checked again as the author types: the profile is not read and validated again each time.
  const { profile } = await storedProfile();
  // Worded here, in the browser's language, so the panel shows what it is sent.
  const tabId = sender.tab?.id;
  const findings = (
    await formFindings(texts, profile, chosen, {
      // In the form's frame, where the assistant runs (the worker does not load the analysis).
      later: (verdicts, record) =>
        tabId === undefined
          ? Promise.resolve()
          : weighInFrame({ tabId, frameId: sender.frameId }, verdicts, record),
    })
  ).map((f) => ({
    ...f,
    label: creditLabel(f.credit),
    fixes: f.fixes.map((fix) => ({
      kind: fix.kind,
      what: fixWhat({ kind: fix.kind, flags: fix.flags ?? [], grant: fix.grant, instrument: fix.instrument }),
      text: fix.text,
      target: fix.target,
    })),
  }));
  return { findings };
}
