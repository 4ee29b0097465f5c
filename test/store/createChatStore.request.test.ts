import type { IncomingHttpHeaders } from 'node:http';
import { getMessageText } from '../../src/message';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatRequestContext } from '../../src/store/buildChatRequest';
import { createChatStore } from '../../src/store/createChatStore';
import { requestBody } from '../helpers/chatStoreHarness';
import { completion } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { startTestServer } from '../helpers/startTestServer';
import type { TestServer } from '../helpers/startTestServer';

interface Seen {
  url: string;
  method: string;
  headers: IncomingHttpHeaders;
}

let server: TestServer | undefined;
let seen: Seen[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  seen = [];
});

/** A server that answers every request with a short completion and records its URL, method and headers. */
async function serve(): Promise<TestServer> {
  server = await startTestServer((req, res) => {
    seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
    return writeSse(res, completion(['ok']));
  });
  return server;
}

describe('createChatStore request', () => {
  it('sends the conversation in OpenAI form with stream and include_usage', async () => {
    const s = await serve();
    const store = createChatStore({
      api: `${s.url}/v1/chat/completions`,
      initialMessages: [
        { role: 'system', parts: [{ type: 'text', text: 'You are terse.' }] },
        { role: 'user', parts: [{ type: 'text', text: 'Hello' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Hi.' }] },
      ],
    });
    await store.send('How are you?');

    expect(seen[0]).toMatchObject({ url: '/v1/chat/completions', method: 'POST' });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
    expect(seen[0]?.headers.accept).toBe('text/event-stream');
    expect(requestBody(s, 0)).toEqual({
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Hello' },
        { role: 'assistant', content: 'Hi.' },
        { role: 'user', content: 'How are you?' },
      ],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('merges the body option and sends the headers option, both as values', async () => {
    const s = await serve();
    const store = createChatStore({
      api: s.url,
      body: { model: 'gpt-test', temperature: 0.2 },
      headers: { Authorization: 'Bearer sk-test', 'X-Trace': 'abc' },
    });
    await store.send('Hi');

    expect(requestBody(s, 0)).toMatchObject({ model: 'gpt-test', temperature: 0.2, stream: true, messages: [{ role: 'user', content: 'Hi' }] });
    expect(seen[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(seen[0]?.headers['x-trace']).toBe('abc');
  });

  it('computes body and headers per request from functions, the headers one async', async () => {
    const s = await serve();
    const body = vi.fn((context: ChatRequestContext) => ({ model: 'gpt-test', user: `turn-${context.messages.length}` }));
    const headers = vi.fn(async () => {
      await Promise.resolve();
      return { authorization: 'Bearer fresh-token' };
    });
    const store = createChatStore({ api: s.url, body, headers });
    await store.send('Hi');

    expect(body).toHaveBeenCalledTimes(1);
    expect(body.mock.calls[0]?.[0].messages.map((message) => getMessageText(message))).toEqual(['Hi']);
    expect(requestBody(s, 0)).toMatchObject({ model: 'gpt-test', user: 'turn-1' });
    expect(seen[0]?.headers.authorization).toBe('Bearer fresh-token');
  });

  it('lets the body option override the defaults', async () => {
    const s = await serve();
    const store = createChatStore({ api: s.url, body: { stream_options: { include_usage: false } } });
    await store.send('Hi');
    expect(requestBody(s, 0).stream_options).toEqual({ include_usage: false });
  });

  it('lets prepareRequest rewrite the url, headers and body', async () => {
    const s = await serve();
    const store = createChatStore({
      api: `${s.url}/original`,
      body: { model: 'gpt-test' },
      prepareRequest: (request, context) => ({
        ...request,
        url: `${s.url}/rewritten?turns=${context.messages.length}`,
        headers: { ...request.headers, 'x-prepared': 'yes' },
        body: { ...(request.body as Record<string, unknown>), model: 'other-model', extra: true },
      }),
    });
    await store.send('Hi');

    expect(seen[0]?.url).toBe('/rewritten?turns=1');
    expect(seen[0]?.headers['x-prepared']).toBe('yes');
    expect(requestBody(s, 0)).toMatchObject({ model: 'other-model', extra: true, stream: true });
  });

  it('applies options changed with setOptions from the next request on', async () => {
    const s = await serve();
    const store = createChatStore({ api: `${s.url}/a`, body: { model: 'first' }, headers: { 'x-version': '1' } });
    await store.send('One');
    store.setOptions({ api: `${s.url}/b`, body: { model: 'second' }, headers: { 'x-version': '2' } });
    await store.send('Two');

    expect(seen.map((request) => request.url)).toEqual(['/a', '/b']);
    expect(seen.map((request) => request.headers['x-version'])).toEqual(['1', '2']);
    expect([requestBody(s, 0).model, requestBody(s, 1).model]).toEqual(['first', 'second']);
    expect(store.getOptions()).toMatchObject({ api: `${s.url}/b`, body: { model: 'second' } });
    expect(store.getState().messages.map((message) => getMessageText(message))).toEqual(['One', 'ok', 'Two', 'ok']);
  });
});
