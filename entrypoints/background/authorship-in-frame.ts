/**
 * The submission assistant's authorship cues, weighed in the form's own frame: the service worker checks
 * the form without the analysis (compromise would be parsed at each of its cold starts), and when the
 * acknowledgements hold a mention to weigh, the analysis is injected there, once per page (its weigher
 * stays in the isolated world for the next checks as the author types).
 */
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../../lib/article';
import { authorshipOutcomesSchema } from '../../lib/schemas/authorship';
import { WEIGH_REQUEST, WEIGHER } from '../../lib/verdict/authorship-globals';
import {
  hasPendingAuthorship,
  type WeighRequest,
  weighRequest,
  weighWithOutcomes,
} from '../../lib/verdict/authorship-weighing';
import type { Verdict } from '../../lib/verdict/types';

const SCRIPT = '/content-scripts/authorship.js';

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
  const [earlier] = await browser.scripting.executeScript({
    target,
    // Runs in the isolated world: it cannot close over imports, so the key is passed in.
    func: (key: string, req: WeighRequest) => {
      const weigher = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
      return typeof weigher === 'function' ? (weigher(req) as unknown) : null;
    },
    args: [WEIGHER.description as string, request],
  });
  let result = earlier?.result;
  if (result === null || result === undefined) {
    await browser.scripting.executeScript({
      target,
      func: (key: string, req: WeighRequest) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = req;
      },
      args: [WEIGH_REQUEST.description as string, request],
    });
    const [frame] = await browser.scripting.executeScript({ target, files: [SCRIPT] });
    result = frame?.result;
  }
  // What a page's world returned is validated, even from our own script.
  const outcomes = authorshipOutcomesSchema.safeParse(result);
  if (!outcomes.success) throw new Error('The authorship analysis gave no answer.');
  weighWithOutcomes(verdicts, record, outcomes.data);
}
