/**
 * The submission assistant's authorship cues, weighed in the form's own frame: the service worker checks
 * the form without the analysis (compromise would be parsed at each of its cold starts), and when the
 * acknowledgements hold a mention to weigh, the analysis (the same script the extension's pages load,
 * entrypoints/authorship-page.ts) is injected there, once per page: its weigher stays in the isolated
 * world for the next checks as the author types.
 */
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../../lib/article';
import { authorshipOutcomesSchema } from '../../lib/schemas/authorship';
import { WEIGHER } from '../../lib/verdict/authorship-globals';
import {
  hasPendingAuthorship,
  type WeighRequest,
  weighRequest,
  weighWithOutcomes,
} from '../../lib/verdict/authorship-weighing';
import type { Verdict } from '../../lib/verdict/types';

const SCRIPT = '/authorship-page.js';

export interface FrameTarget {
  tabId: number;
  frameId?: number;
}

export async function weighInFrame(
  at: FrameTarget,
  verdicts: Verdict[],
  record: ArticleRecord,
): Promise<void> {
  if (!hasPendingAuthorship(verdicts)) return;
  const target = { tabId: at.tabId, ...(at.frameId !== undefined ? { frameIds: [at.frameId] } : {}) };
  const request = weighRequest(verdicts, record);
  // The weigher's answer, or null while the script is not in the frame yet.
  const ask = async () => {
    const [frame] = await browser.scripting.executeScript({
      target,
      // Runs in the isolated world: it cannot close over imports, so the key and request are passed in.
      func: (key: string, req: WeighRequest) => {
        const weigher = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
        return typeof weigher === 'function' ? (weigher(req) as unknown) : null;
      },
      args: [WEIGHER.description as string, request],
    });
    return frame?.result ?? null;
  };
  let result = await ask();
  if (result === null) {
    await browser.scripting.executeScript({ target, files: [SCRIPT] });
    result = await ask();
  }
  // What a page's world returned is validated, even from our own script.
  const outcomes = authorshipOutcomesSchema.safeParse(result);
  if (!outcomes.success) throw new Error('The authorship analysis gave no answer.');
  weighWithOutcomes(verdicts, record, outcomes.data);
}
