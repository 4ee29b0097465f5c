import { describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import type { ChatRequestContext } from '../../src/store/buildChatRequest';
import { createChatStore } from '../../src/store/createChatStore';
import { waitForState } from '../helpers/chatStoreHarness';
import { createDeferred } from '../helpers/deferred';
import { completion, done, finishChunk, textChunk } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** A request option that never settles, as an auth token fetch that hangs would. */
const never = () => new Promise<never>(() => undefined);

describe('createChatStore while the request is being prepared', () => {
  it.each([
    ['headers', { headers: never }],
    ['body', { body: never }],
    ['prepareRequest', { prepareRequest: never }],
  ])('stop() ends a turn whose async %s never settles: send resolves, the message is stopped', async (_name, hanging) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const onFinish = vi.fn();
    const store = createChatStore({ api: 'http://127.0.0.1:9/never', fetch, throttle: 'sync', onFinish, ...hanging });
    const sent = store.send('Hi');
    expect(store.getState().status).toBe('submitted');

    store.stop();
    await sent;

    expect(store.getState().status).toBe('idle');
    expect(store.getState().messages.map((message) => message.status)).toEqual(['complete', 'stopped']);
    expect(fetch).not.toHaveBeenCalled();
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('a second send while headers() hangs stops the first turn: never two streaming messages', async () => {
    const s = await serve((_req, res) => writeSse(res, completion(['Second answer'])));
    let calls = 0;
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      retry: false,
      headers: () => (calls++ === 0 ? never() : { 'x-turn': 'two' }),
    });
    const first = store.send('One');
    const second = store.send('Two');
    await Promise.all([first, second]);

    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(messages.map((message) => [message.role, message.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'stopped'],
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(getMessageText(messages.at(-1)!)).toBe('Second answer');
    expect(s.requests).toBe(1);
  });

  it('the idle timeout also bounds the wait for the request: a hanging prepareRequest ends as timeout', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const store = createChatStore({ api: 'http://127.0.0.1:9/never', fetch, throttle: 'sync', idleTimeoutMs: 50, prepareRequest: never });
    await store.send('Hi');

    const { status, error, messages } = store.getState();
    expect(status).toBe('error');
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error?.message).toMatch(/50 ms/);
    expect(messages.at(-1)).toMatchObject({ status: 'error', metadata: { error } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives request-time functions a signal that fires on stop, so they can cancel their own work', async () => {
    const seen = createDeferred<AbortSignal>();
    const store = createChatStore({
      api: 'http://127.0.0.1:9/never',
      throttle: 'sync',
      headers: (context: ChatRequestContext) => {
        seen.resolve(context.signal!);
        return never();
      },
    });
    const sent = store.send('Hi');
    const signal = await seen.promise;
    expect(signal.aborted).toBe(false);
    store.stop();
    expect(signal.aborted).toBe(true);
    await sent;
  });

  it('a slow but settling headers() still sends the request once it resolves', async () => {
    const s = await serve((_req, res) => writeSse(res, [textChunk('Hello'), finishChunk(), done()]));
    const token = createDeferred<Record<string, string>>();
    const store = createChatStore({ api: s.url, throttle: 'sync', headers: () => token.promise });
    const sent = store.send('Hi');
    await waitForState(store, (state) => state.status === 'submitted', 'submitted');
    token.resolve({ authorization: 'Bearer t' });
    await sent;
    expect(store.getState().messages.at(-1)).toMatchObject({ parts: [{ type: 'text', text: 'Hello' }], status: 'complete' });
  });
});
