import { describe, expect, it, vi } from 'vitest';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import { createChatStore } from '../../src/store/createChatStore';
import { sendJson } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

// Code for rare paths loads behind import(); an app's chunk can fail to load (a deploy replaced it, the
// connection dropped). These stand in for that failure: each such import rejects.
vi.mock('../../src/store/runAgentTurn', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/sse/createResponseError', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const serve = serveForEachTest();

describe('when the code of a rare path cannot load', () => {
  it('a turn with tools ends as an error on its message, and send resolves instead of rejecting', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, {}));
    const onError = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { lookup: { execute: () => 'x' } }, onError });

    expect(await store.send('Look it up')).toBe('error');
    const state = store.getState();
    expect(state.status).toBe('error');
    expect(state.error).toMatchObject({ code: 'network', message: expect.stringMatching(/^Could not load the agent loop: .*Failed to fetch dynamically imported module/) });
    expect(state.messages.at(-1)).toMatchObject({ role: 'assistant', status: 'error' });
    expect(onError).toHaveBeenCalledTimes(1);
    // The request is never sent without the loop that would answer its tool calls.
    expect(s.requests).toBe(0);
  });

  it('a failed response is still reported by its status', async () => {
    const s = await serve((_req, res) => sendJson(res, 503, { error: { message: 'overloaded' } }));
    const error = await fetchEventStream(s.url, { method: 'POST', body: '{}' }, { onEvent: () => undefined, retry: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'http', status: 503, retryable: true, message: 'HTTP 503 Service Unavailable' });
  });
});
