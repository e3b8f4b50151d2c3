import { describe, expect, it, vi } from 'vitest';
import { emptyRecord } from '../../../lib/article';
import { requestOwn } from '../../../lib/message-reply';
import { dispatch, type Handlers, ProtocolError, request } from '../../../lib/messages';

const record = { ...emptyRecord('html'), title: 'A paper', doi: '10.1/x' };
const analysis = { state: 'not-article' as const, record };

describe('dispatch (receiving side)', () => {
  const analyzeTab = vi.fn(async () => analysis);
  const handlers: Handlers<null> = { analyzeTab };

  it('runs the handler of a valid message and wraps its reply', async () => {
    const reply = await dispatch(handlers, { type: 'analyzeTab', payload: { tabId: 7 } }, null);
    expect(reply).toEqual({ ok: true, value: analysis });
    expect(analyzeTab).toHaveBeenLastCalledWith({ tabId: 7 }, null);
  });

  it.each([
    ['a string', 'analyzeTab'],
    ['null', null],
    ['no type', { payload: {} }],
    ['a numeric type', { type: 3, payload: {} }],
  ])('rejects a malformed message (%s) without calling a handler', async (_label, message) => {
    analyzeTab.mockClear();
    expect(await dispatch(handlers, message, null)).toEqual({ ok: false, error: 'Malformed message.' });
    expect(analyzeTab).not.toHaveBeenCalled();
  });

  it('rejects an unknown message by name', async () => {
    const reply = await dispatch(handlers, { type: 'deleteEverything', payload: {} }, null);
    expect(reply).toEqual({ ok: false, error: 'Unknown message “deleteEverything”.' });
  });

  it.each([
    ['missing tabId', {}],
    ['tabId as a string', { tabId: '7' }],
    ['force not boolean', { tabId: 7, force: 'yes' }],
  ])('rejects an invalid payload (%s) and names the field', async (_label, payload) => {
    analyzeTab.mockClear();
    const reply = await dispatch(handlers, { type: 'analyzeTab', payload }, null);
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toMatch(/Invalid “analyzeTab” request:.*(tabId|force)/s);
    expect(analyzeTab).not.toHaveBeenCalled();
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    expect(await dispatch({}, { type: 'analyzeTab', payload: { tabId: 1 } }, null)).toBeUndefined();
  });

  it('turns a handler failure into an error reply', async () => {
    const failing: Handlers<null> = {
      analyzeTab: async () => {
        throw new Error('tab is gone');
      },
    };
    expect(await dispatch(failing, { type: 'analyzeTab', payload: { tabId: 1 } }, null)).toEqual({
      ok: false,
      error: 'tab is gone',
    });
  });
});

describe('request (sending side)', () => {
  it('returns the validated reply', async () => {
    const send = vi.fn(async () => ({ ok: true, value: analysis }));
    await expect(request(send, 'analyzeTab', { tabId: 3 })).resolves.toEqual(analysis);
    expect(send).toHaveBeenCalledWith({ type: 'analyzeTab', payload: { tabId: 3 } });
  });

  it('throws the error a handler reported', async () => {
    await expect(
      request(async () => ({ ok: false, error: 'nope' }), 'analyzeTab', { tabId: 3 }),
    ).rejects.toThrow(new ProtocolError('nope'));
  });

  it.each([
    ['no reply at all', undefined],
    ['a bare value', analysis],
  ])('throws on %s', async (_label, raw) => {
    await expect(request(async () => raw, 'analyzeTab', { tabId: 3 })).rejects.toThrow(/No valid reply/);
  });

  it('refuses a reply that does not match the reply schema', async () => {
    const forged = { ok: true, value: { state: 'article', record: { title: '<script>' } } };
    await expect(request(async () => forged, 'analyzeTab', { tabId: 3 })).rejects.toThrow(/Invalid reply/);
  });
});

describe('requestOwn (to the extension’s own background: envelope only, no zod in the popup)', () => {
  it('returns the reply’s value', async () => {
    const send = vi.fn(async () => ({ ok: true, value: analysis }));
    await expect(requestOwn(send, 'analyzeTab', { tabId: 3 })).resolves.toEqual(analysis);
    expect(send).toHaveBeenCalledWith({ type: 'analyzeTab', payload: { tabId: 3 } });
  });

  it('throws the error a handler reported', async () => {
    await expect(
      requestOwn(async () => ({ ok: false, error: 'nope' }), 'analyzeTab', { tabId: 3 }),
    ).rejects.toThrow(new ProtocolError('nope'));
  });

  it.each([
    ['no reply at all', undefined],
    ['a bare value', analysis],
    ['an error without its message', { ok: false }],
  ])('throws on %s', async (_label, raw) => {
    await expect(requestOwn(async () => raw, 'analyzeTab', { tabId: 3 })).rejects.toThrow(/No valid reply/);
  });
});
