import { afterEach, describe, it, expect } from 'vitest';
import OpenAI from 'openai';
import { createMockChatRequest, createMockStreamFrames } from '../../src/testing';
import type { MockScenario } from '../../src/testing';
import { startMockChatServer } from '../../src/testing/node';
import type { MockChatServer, MockChatServerOptions } from '../../src/testing/node';
import { joinDeltas, readEventData, readUntilFailure } from './readMockEvents';

const TEXT = 'Streaming over **real** HTTP, with ünïcode 🚀 and\n\n```js\nconsole.log(1)\n```';
const FAST = { tokensPerSecond: Infinity } satisfies MockScenario;
const chatBody = { model: 'gpt-x', stream: true, messages: [{ role: 'user', content: 'Hello there' }] };

let server: MockChatServer | undefined;

async function start(options: MockChatServerOptions): Promise<MockChatServer> {
  server = await startMockChatServer(options);
  return server;
}

function post(url: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:6006' },
    body: JSON.stringify(chatBody),
    signal,
  });
}

function expectedBody(scenario: MockScenario, url: string): string {
  return createMockStreamFrames(scenario, createMockChatRequest(url, JSON.stringify(chatBody))).join('');
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startMockChatServer', () => {
  it('streams a scenario over real HTTP, with CORS, and records the request', async () => {
    const scenario: MockScenario = { ...FAST, text: TEXT, chunkSize: 16 };
    const { url, requests } = await start({ scenario });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await post(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    const text = await response.text();
    expect(text).toBe(expectedBody(scenario, url));
    expect(joinDeltas(text, 'content')).toBe(TEXT);
    expect(readEventData(text).at(-1)).toBe('[DONE]');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', body: chatBody, lastUserText: 'Hello there' });
    expect(await requests[0]?.closed).toBe('completed');
  });

  it('answers preflights, unknown routes and resolver scenarios', async () => {
    const { url } = await start({ resolve: ({ lastUserText }) => ({ text: `You said: ${lastUserText}` }), defaults: FAST });
    const preflight = await fetch(`${url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await fetch(`${url}/models`)).status).toBe(404);
    expect(joinDeltas(await (await post(url)).text(), 'content')).toBe('You said: Hello there');
  });

  it("'http' fault: status, headers and JSON error body", async () => {
    const { url } = await start({ scenario: { fault: { type: 'http', status: 503, headers: { 'retry-after': '1' } } } });
    const response = await post(url);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ error: { type: 'server_error', code: null } });
  });

  it("'drop' fault: the body read rejects after the bytes before the drop", async () => {
    const scenario: MockScenario = { ...FAST, text: TEXT, fault: { type: 'drop', afterTokens: 4 } };
    const { url, requests } = await start({ scenario });
    const response = await post(url);
    expect(response.status).toBe(200);
    const { text, error: failure } = await readUntilFailure(response.body as ReadableStream<Uint8Array>);
    expect(failure).toBeInstanceOf(TypeError);
    expect(text).toBe(expectedBody(scenario, url));
    expect(joinDeltas(text, 'content').length).toBeGreaterThan(0);
    expect(await requests[0]?.closed).toBe('dropped');
  });

  it('sees the close when the client aborts a stalled stream, and closes with stalled sockets open', async () => {
    const { url, requests } = await start({ scenario: { ...FAST, text: TEXT, fault: { type: 'stall', afterTokens: 2 } } });
    const controller = new AbortController();
    const response = await post(url, controller.signal);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(await requests[0]?.closed).toBe('client-closed');

    const held = await post(url);
    expect(held.status).toBe(200);
    const closing = requests[1]?.closed;
    await server?.close();
    server = undefined;
    expect(await closing).toBe('server-closed');
  });

  it('is understood by the official OpenAI SDK, tool calls included', async () => {
    const args = { city: 'Paris', days: 3 };
    const { url } = await start({
      scenario: { ...FAST, reasoning: 'Checking.', text: 'Let me look.', toolCalls: [{ name: 'forecast', arguments: args }] },
    });
    const client = new OpenAI({ baseURL: url, apiKey: 'test', maxRetries: 0 });
    const completion = await client.chat.completions
      .stream({ model: 'gpt-x', messages: [{ role: 'user', content: 'Weather?' }], stream_options: { include_usage: true } })
      .finalChatCompletion();
    const choice = completion.choices[0];
    expect(choice?.message.content).toBe('Let me look.');
    expect(choice?.finish_reason).toBe('tool_calls');
    const call = choice?.message.tool_calls?.[0];
    expect(call?.type === 'function' ? call.function : undefined).toEqual({ name: 'forecast', arguments: JSON.stringify(args) });
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
  });
});
