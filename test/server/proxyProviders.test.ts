import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import type { ChatProxyOptions, ChatProxyProvider } from '../../src/server';
import { getMessageText, getReasoningText, getToolCalls } from '../../src/message';
import { anthropicProtocol, openAIChatProtocol, openAIResponsesProtocol, type ChatProtocol } from '../../src/protocols';
import { geminiProtocol } from '../../src/protocols/gemini/index';
import { createChatStore } from '../../src/store';
import type { MockScenario, MockWireFormat } from '../../src/testing';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node';
import { failOnProcessErrors, JSON_HEADERS, proxyForEachTest, TEST_KEY } from './proxyHarness';

// Each provider end to end over real sockets: the store speaking the provider's protocol → the proxy →
// the testing kit's mock of that provider, which records what it was sent.
const startProxy = proxyForEachTest();
failOnProcessErrors();
const upstreams: MockChatServer[] = [];
afterEach(async () => {
  await Promise.all(upstreams.splice(0).map((server) => server.close()));
});

const SCENARIO: MockScenario = { reasoning: 'Short one.', text: 'Hello through the proxy.', toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }], tokensPerSecond: Infinity };

async function upstreamOf(format: MockWireFormat, scenario: MockScenario = SCENARIO): Promise<MockChatServer> {
  const server = await startMockChatServer({ scenario, format });
  upstreams.push(server);
  return server;
}

/** A proxy for `provider` in front of `upstream`, whose `baseURL` is the path the provider's default has. */
function proxyFor(provider: ChatProxyProvider, upstream: MockChatServer, options: Partial<ChatProxyOptions> = {}) {
  const base = provider === 'anthropic' ? upstream.origin : provider === 'gemini' ? `${upstream.origin}/v1beta` : upstream.url;
  // The harness appends /v1 to what it is given.
  return startProxy(base.replace(/\/v1$/, ''), { provider, baseURL: base, model: 'model-a', ...options });
}

const KEY_HEADERS = ['authorization', 'x-api-key', 'x-goog-api-key'];
function keyHeaders(headers: IncomingHttpHeaders | undefined): Record<string, unknown> {
  return Object.fromEntries(KEY_HEADERS.filter((name) => headers?.[name] !== undefined).map((name) => [name, headers?.[name]]));
}

describe.each<[ChatProxyProvider, MockWireFormat, ChatProtocol, Record<string, string>, RegExp]>([
  ['openai', 'openai-chat', openAIChatProtocol, { authorization: `Bearer ${TEST_KEY}` }, /^\/v1\/chat\/completions$/],
  ['openai-compatible', 'openai-chat', openAIChatProtocol, { authorization: `Bearer ${TEST_KEY}` }, /^\/v1\/chat\/completions$/],
  ['openai-responses', 'openai-responses', openAIResponsesProtocol, { authorization: `Bearer ${TEST_KEY}` }, /^\/v1\/responses$/],
  ['anthropic', 'anthropic', anthropicProtocol, { 'x-api-key': TEST_KEY }, /^\/v1\/messages$/],
])('provider %s', (provider, format, protocol, auth, path) => {
  it('sends the key the way the provider takes it, to its path, and the browser gets the answer but never the key', async () => {
    const upstream = await upstreamOf(format);
    const proxy = await proxyFor(provider, upstream);
    const store = createChatStore({ api: proxy.url, protocol, headers: { authorization: 'Bearer browser-token' }, throttle: 'sync' });
    await store.send('hi');

    const message = store.getState().messages.at(-1);
    expect(message?.status).toBe('complete');
    expect(getMessageText(message ?? { parts: [] })).toBe(SCENARIO.text);
    expect(getReasoningText(message ?? { parts: [] })).toBe(SCENARIO.reasoning);
    expect(getToolCalls(message ?? { parts: [] }).map((call) => [call.toolName, call.args])).toEqual([['lookup', { q: 'x' }]]);
    const seen = upstream.requests[0];
    expect(new URL(seen?.url ?? '').pathname).toMatch(path);
    expect(keyHeaders(seen?.headers)).toEqual(auth);
    expect(seen?.headers['anthropic-version']).toBe(provider === 'anthropic' ? '2023-06-01' : undefined);
    expect(seen?.body).toMatchObject({ model: 'model-a' });
    expect(seen?.lastUserText).toBe('hi');
    expect(JSON.stringify(store.getState())).not.toContain(TEST_KEY);
  });

  it('scrubs the key from an in-band error, split across chunks, and keeps the answer before it', async () => {
    const upstream = await upstreamOf(format, { ...SCENARIO, chunkSize: 5, fault: { type: 'error-frame', afterTokens: 4, message: `Key ${TEST_KEY} was revoked.` } });
    const proxy = await proxyFor(provider, upstream);
    const store = createChatStore({ api: proxy.url, protocol, throttle: 'sync' });
    await store.send('hi');
    const message = store.getState().messages.at(-1);
    expect(message?.status).toBe('error');
    expect(message?.metadata?.error?.code).toBe('server');
    expect(message?.metadata?.error?.message).toContain('Key [redacted] was revoked.');
    expect(getReasoningText(message ?? { parts: [] })).toBe(SCENARIO.reasoning);
    expect(JSON.stringify(store.getState())).not.toContain(TEST_KEY.slice(-12));
  });

  it("scrubs the key from the provider's error body", async () => {
    const upstream = await upstreamOf(format, { fault: { type: 'http', status: 401, message: `Incorrect API key provided: ${TEST_KEY}.` } });
    const proxy = await proxyFor(provider, upstream);
    const response = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }) });
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toContain('Incorrect API key provided: [redacted].');
    expect(text).not.toContain(TEST_KEY.slice(-12));
  });
});

describe('provider gemini', () => {
  const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  const contents = [{ role: 'user', parts: [{ text: 'hi' }] }];

  it('sends x-goog-api-key, moves the model from the body into the path, and relays the CRLF stream as sent', async () => {
    const upstream = await upstreamOf('gemini');
    const proxy = await proxyFor('gemini', upstream, { model: undefined, allowModels: ['gemini-a', 'gemini-b'], maxTokens: 300 });
    const response = await post(proxy.url, { model: 'gemini-b', contents, generationConfig: { maxOutputTokens: 9000, temperature: 0.2 } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"finishReason":"STOP"');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
    const seen = upstream.requests[0];
    expect(seen?.url).toMatch(/\/v1beta\/models\/gemini-b:streamGenerateContent\?alt=sse$/);
    expect(keyHeaders(seen?.headers)).toEqual({ 'x-goog-api-key': TEST_KEY });
    expect(seen?.body).toEqual({ contents, generationConfig: { maxOutputTokens: 300, temperature: 0.2 } });
  });

  it('serves a store speaking the Gemini protocol, the model named in its body option', async () => {
    const upstream = await upstreamOf('gemini');
    const proxy = await proxyFor('gemini', upstream, { model: undefined, allowModels: ['gemini-a'] });
    const store = createChatStore({ api: proxy.url, protocol: geminiProtocol, body: { model: 'gemini-a' }, throttle: 'sync' });
    await store.send('hi');
    const message = store.getState().messages.at(-1) ?? { parts: [] };
    expect(getMessageText(message)).toBe(SCENARIO.text);
    expect(getReasoningText(message)).toBe(SCENARIO.reasoning);
    expect(getToolCalls(message).map((call) => [call.toolName, call.args])).toEqual([['lookup', { q: 'x' }]]);
    expect(upstream.requests[0]?.url).toMatch(/\/models\/gemini-a:streamGenerateContent\?alt=sse$/);
    expect(upstream.requests[0]?.lastUserText).toBe('hi');
    expect(upstream.requests[0]?.body).not.toHaveProperty('model');
  });

  it('fills the default model, caps candidateCount, and refuses model names that would change the path', async () => {
    const upstream = await upstreamOf('gemini');
    const proxy = await proxyFor('gemini', upstream, { model: undefined, maxChoices: 1 });
    expect((await post(proxy.url, { contents })).status).toBe(400);
    for (const model of ['../../v1/files', 'a?alt=json', 'x:generateContent', '..', 'a/b']) {
      const refused = await post(proxy.url, { model, contents });
      expect(refused.status, model).toBe(400);
    }
    expect((await post(proxy.url, { model: 'models/gemini-a', contents, generationConfig: { candidateCount: 2 } })).status).toBe(400);
    expect((await post(proxy.url, { model: 'gemini-a', contents, generationConfig: 'fast' })).status).toBe(400);
    expect((await post(proxy.url, { model: 42, contents })).status).toBe(400);
    expect(upstream.requests).toHaveLength(0);

    const pinned = await proxyFor('gemini', upstream, { model: 'gemini-pinned', maxTokens: 50 });
    expect((await post(pinned.url, { contents })).status).toBe(200);
    expect(upstream.requests[0]?.url).toMatch(/\/models\/gemini-pinned:streamGenerateContent/);
    expect(upstream.requests[0]?.body).toEqual({ contents, generationConfig: { maxOutputTokens: 50 } });
  });
});

describe('cost limits per provider', () => {
  it("clamps each provider's own output token field, and sets it when the browser names none", async () => {
    const anthropic = await upstreamOf('anthropic');
    const toAnthropic = await proxyFor('anthropic', anthropic, { maxTokens: 100 });
    const responses = await upstreamOf('openai-responses');
    const toResponses = await proxyFor('openai-responses', responses, { maxTokens: 100 });
    const body = (extra: object) => ({ method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ messages: [], input: [], ...extra }) });
    await (await fetch(toAnthropic.url, body({ max_tokens: 4096 }))).text();
    await (await fetch(toResponses.url, body({}))).text();
    await (await fetch(toResponses.url, body({ max_output_tokens: 5000, store: true }))).text();
    expect(anthropic.requests[0]?.body).toMatchObject({ max_tokens: 100 });
    expect(anthropic.requests[0]?.body).not.toHaveProperty('max_completion_tokens');
    expect(responses.requests.map((request) => (request.body as { max_output_tokens?: number }).max_output_tokens)).toEqual([100, 100]);
    expect(responses.requests[1]?.body).toMatchObject({ store: false });
  });

  it('lets options.headers set a newer anthropic-version, never the key header', async () => {
    const upstream = await upstreamOf('anthropic');
    const proxy = await proxyFor('anthropic', upstream, { headers: { 'anthropic-version': '2099-01-01', 'X-Api-Key': 'sk-wrong', 'anthropic-beta': 'b1' } });
    await (await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' })).text();
    const seen = upstream.requests[0]?.headers;
    expect(seen?.['anthropic-version']).toBe('2099-01-01');
    expect(seen?.['anthropic-beta']).toBe('b1');
    expect(seen?.['x-api-key']).toBe(TEST_KEY);
    expect(seen?.authorization).toBeUndefined();
  });
});
