// The highlight script's answer from the page reaches the popup's status line: its reason for refusing is
// shown, not replaced by a guess (it used to be dropped for "The page has changed since it was checked").
import { describe, expect, it } from 'vitest';
import { highlightFailure, readClearReply, readHighlightReply } from '../../../lib/highlight/reply';
import { dispatch, type Handlers, request } from '../../../lib/messages';

/** The popup's line when the page answered `pageAnswer`, through the real protocol code on both sides. */
async function popupLine(pageAnswer: unknown, type: 'highlightEvidence' | 'clearHighlights') {
  const handlers: Handlers<null> = {
    highlightEvidence: async () => readHighlightReply(pageAnswer),
    clearHighlights: async () => readClearReply(pageAnswer),
  };
  const send = (message: unknown) => dispatch(handlers, message, null);
  const payload = type === 'highlightEvidence' ? { tabId: 3, targets: [] } : { tabId: 3 };
  try {
    await request(send, type, payload as never);
    return 'no error';
  } catch (error) {
    return highlightFailure(error, 'Check the page again, then click the snippet to highlight it.');
  }
}

describe('a highlight the page refused', () => {
  it.each([
    [
      'highlightEvidence',
      { error: 'Invalid highlight request.' },
      'The page refused the highlight: Invalid highlight request. Check the page again, then click the snippet to highlight it.',
    ],
    [
      'clearHighlights',
      { error: "Cannot read properties of null (reading 'body')" },
      "The page refused the highlight: Cannot read properties of null (reading 'body'). Check the page again, then click the snippet to highlight it.",
    ],
    [
      'highlightEvidence',
      undefined,
      'The page did not answer (it may have been reloaded or closed). Check the page again, then click the snippet to highlight it.',
    ],
  ] as const)('%s answered %j: the popup says why', async (type, answer, line) => {
    expect(await popupLine(answer, type)).toBe(line);
  });

  it('a count is a success, zero included', async () => {
    expect(readHighlightReply({ found: 0 })).toEqual({ found: 0 });
    expect(readClearReply({ cleared: 2 })).toEqual({ cleared: 2 });
    expect(await popupLine({ found: 1 }, 'highlightEvidence')).toBe('no error');
  });
});
