import { describe, it, expect, vi, afterEach } from 'vitest';
import { createMockChatFetch, createMockChatRequest, createMockStreamFrames } from '../../src/testing';
import type { MockScenario } from '../../src/testing';
import { fetchEventStream } from '../../src/sse';
import { isChatStreamError } from '../../src/sse/ChatStreamError';
import { joinDeltas, readAllText, readChunks, readEventData, readUntilFailure } from './readMockEvents';

const URL_ = 'https://api.example.test/v1/chat/completions';
const FAST = { tokensPerSecond: Infinity } satisfies MockScenario;
const TEXT = 'The quick brown fox jumps over the lazy dog, twice.';

function post(body: object, signal?: AbortSignal): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal };
}

const chatBody = { model: 'gpt-x', stream: true, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Say hi' }] };

/** What the mock should send for `chatBody`, from the pure frame builder. */
function expectedBody(scenario: MockScenario): string {
  return createMockStreamFrames(scenario, createMockChatRequest(URL_, JSON.stringify(chatBody))).join('');
}

/** Whether `promise` is still pending after the timers and I/O already due have run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return !settled;
}

describe('createMockChatFetch', () => {
  it('streams the frames as an event stream and records the call', async () => {
    const fetch = createMockChatFetch({ ...FAST, text: TEXT, chunkSize: 10 });
    const response = await fetch(URL_, post(chatBody));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await readAllText(response.body as ReadableStream<Uint8Array>);
    expect(joinDeltas(text, 'content')).toBe(TEXT);
    expect(readEventData(text).at(-1)).toBe('[DONE]');
    expect(readChunks(text)[0]?.model).toBe('gpt-x');
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]).toMatchObject({ url: URL_, method: 'POST', body: chatBody, lastUserText: 'Say hi' });
    expect(fetch.calls[0]?.messages).toHaveLength(2);
    expect(fetch.calls[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('answers from a resolver, with defaults under the scenario, and accepts a Request', async () => {
    const fetch = createMockChatFetch(({ lastUserText }) => ({ text: `Echo: ${lastUserText}` }), { defaults: FAST });
    const response = await fetch(new Request(URL_, post({ messages: [{ role: 'user', content: [{ type: 'text', text: 'ping' }] }] })));
    expect(joinDeltas(await response.text(), 'content')).toBe('Echo: ping');
    expect(fetch.calls[0]?.scenario.tokensPerSecond).toBe(Infinity);
  });

  it('answers a throwing resolver and other methods with JSON errors', async () => {
    const broken = createMockChatFetch(() => {
      throw new Error('no scenario for this');
    });
    const failed = await broken(URL_, post(chatBody));
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: { message: string } }).error.message).toContain('no scenario for this');
    const get = await createMockChatFetch({ text: 'x' })(URL_);
    expect(get.status).toBe(405);
  });

  it("'http' fault: the status, OpenAI's JSON error body and the extra headers", async () => {
    const fetch = createMockChatFetch({ fault: { type: 'http', status: 429, headers: { 'retry-after': '2' } } });
    const response = await fetch(URL_, post(chatBody));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      error: { message: 'Rate limit reached. Please try again later.', type: 'requests', param: null, code: 'rate_limit_exceeded' },
    });
    const html = await createMockChatFetch({ fault: { type: 'http', status: 502, body: '<h1>Bad gateway</h1>' } })(URL_, post(chatBody));
    expect(await html.text()).toBe('<h1>Bad gateway</h1>');
  });

  it("'error-frame' fault: the tokens, an in-band error frame, then [DONE]", async () => {
    const scenario: MockScenario = { ...FAST, text: TEXT, fault: { type: 'error-frame', afterTokens: 2, message: 'boom', code: 'oops' } };
    const text = await (await createMockChatFetch(scenario)(URL_, post(chatBody))).text();
    expect(text).toBe(expectedBody(scenario));
    expect(joinDeltas(text, 'content')).toBe('The quick');
    expect(readChunks(text).at(-1)?.error).toEqual({ message: 'boom', type: 'server_error', param: null, code: 'oops' });
    expect(readEventData(text).at(-1)).toBe('[DONE]');
    expect(text).not.toContain('finish_reason":"stop');
  });

  it("'drop' fault: the body errors with a TypeError after the bytes before it", async () => {
    const scenario: MockScenario = { ...FAST, text: TEXT, chunkSize: 50, fault: { type: 'drop', afterTokens: 3 } };
    const response = await createMockChatFetch(scenario)(URL_, post(chatBody));
    const { text, error } = await readUntilFailure(response.body as ReadableStream<Uint8Array>);
    expect(error).toBeInstanceOf(TypeError);
    expect(text).toBe(expectedBody(scenario));
    expect(joinDeltas(text, 'content')).toBe('The quick brown');
  });

  it("'drop' fault surfaces as a retryable 'network' error through fetchEventStream", async () => {
    const fetch = createMockChatFetch({ ...FAST, text: TEXT, fault: { type: 'drop', afterTokens: 1 } });
    const events: string[] = [];
    const run = fetchEventStream(URL_, post(chatBody), { fetch, onEvent: (event) => events.push(event.data), retry: false });
    await expect(run).rejects.toSatisfy((error) => isChatStreamError(error) && error.code === 'network' && error.retryable);
    expect(events).toHaveLength(2);
  });

  it("'stall' fault: no byte until abort, then the read rejects with an AbortError", async () => {
    const controller = new AbortController();
    const fetch = createMockChatFetch({ ...FAST, text: TEXT, fault: { type: 'stall', afterTokens: 0 } });
    const response = await fetch(URL_, post(chatBody, controller.signal));
    expect(response.status).toBe(200);
    const read = (response.body as ReadableStream<Uint8Array>).getReader().read();
    expect(await isPending(read)).toBe(true);
    controller.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("'stall' fault after tokens holds the stream open, and an idle timeout ends it", async () => {
    const fetch = createMockChatFetch({ ...FAST, text: TEXT, fault: { type: 'stall', afterTokens: 2 } });
    const events: string[] = [];
    const run = fetchEventStream(URL_, post(chatBody), { fetch, onEvent: (event) => events.push(event.data), idleTimeoutMs: 30 });
    await expect(run).rejects.toMatchObject({ code: 'timeout' });
    expect(events).toHaveLength(3);
  });

  it("'no-done' fault: the body ends cleanly without finish_reason or [DONE]", async () => {
    const scenario: MockScenario = { ...FAST, text: TEXT, fault: { type: 'no-done' } };
    const text = await (await createMockChatFetch(scenario)(URL_, post(chatBody))).text();
    expect(joinDeltas(text, 'content')).toBe(TEXT);
    expect(readEventData(text)).not.toContain('[DONE]');
    expect(readChunks(text).every((c) => c.choices?.[0]?.finish_reason === null && c.usage === undefined)).toBe(true);
  });

  it('aborting mid-stream errors the body with the abort reason; an aborted signal rejects the call', async () => {
    const controller = new AbortController();
    const fetch = createMockChatFetch({ text: TEXT, tokensPerSecond: 1000 });
    const response = await fetch(URL_, post(chatBody, controller.signal));
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    controller.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
    await expect(fetch(URL_, post(chatBody, controller.signal))).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('aborting clears the pending timer, so a slow mock keeps nothing alive', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const fetch = createMockChatFetch({ text: TEXT, tokensPerSecond: 1 });
    const reader = ((await fetch(URL_, post(chatBody, controller.signal))).body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.read();
    const third = reader.read();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    await expect(third).rejects.toMatchObject({ name: 'AbortError' });
  });
});

afterEach(() => {
  vi.useRealTimers();
});
