import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { liveChatPlugin, LIVE_CHAT_PATH, LIVE_CHAT_PATHS, readLiveChatEnv, readLiveChatProviders, type LiveChatEnv, type LiveChatProvider } from '../../.storybook/liveChatPlugin';
import { anthropicProtocol } from '../../src/protocols/anthropic/index';
import { geminiProtocol } from '../../src/protocols/gemini/index';
import { getMessageText } from '../../src/message';
import { createMockStreamFrames } from '../../src/testing';
import { createChatStore } from '../../src/store';
import { sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { failOnProcessErrors, sendRaw, statusOf, TEST_KEY } from './proxyHarness';

const serve = serveForEachTest();
failOnProcessErrors();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Storybook's dev server as far as the plugin sees it: Vite's middlewares, on a real socket. */
async function startDevServer(upstreamURL: string, provider: LiveChatProvider = 'openai', env: LiveChatEnv | undefined = undefined) {
  const settings = env ?? readLiveChatEnv({ OPENAI_API_KEY: ` ${TEST_KEY} `, OPENAI_BASE_URL: `${upstreamURL}/v1` })!;
  const vite: ViteDevServer = await createViteServer({
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [liveChatPlugin(settings, provider)],
  });
  const http = createHttpServer(vite.middlewares);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await vite.close();
  });
  return (http.address() as AddressInfo).port;
}

describe('the Storybook live proxy', () => {
  it('streams an answer through the dev server with the key and default model added', async () => {
    const seen: IncomingMessage['headers'][] = [];
    const upstream = await serve(async (req, res) => {
      seen.push(req.headers);
      await writeSse(res, [sseFrame({ choices: [{ index: 0, delta: { content: 'Live' }, finish_reason: 'stop' }] }), sseFrame('[DONE]')]);
    });
    const port = await startDevServer(upstream.url);
    const store = createChatStore({ api: `http://127.0.0.1:${port}${LIVE_CHAT_PATH}`, throttle: 'sync' });

    await store.send('hi');

    expect(store.getState().messages.at(-1)).toMatchObject({ parts: [{ type: 'text', text: 'Live' }], status: 'complete' });
    expect(seen[0]?.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(JSON.parse(upstream.bodies[0]!)).toMatchObject({ model: 'gpt-4o-mini' });
  });

  it('keeps the dev server up through a malformed request, and refuses a form post', async () => {
    const upstream = await serve((_req, res) => void res.end());
    const port = await startDevServer(upstream.url);
    // Vite answers a bad Host itself (403, its DNS-rebinding check); a method fetch forbids reaches the proxy.
    expect(statusOf(await sendRaw(port, `TRACE ${LIVE_CHAT_PATH} HTTP/1.1\r\nHost: localhost`))).toBe(400);
    expect(statusOf(await sendRaw(port, `POST ${LIVE_CHAT_PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain`, '{}'))).toBe(415);
    expect(upstream.requests).toBe(0);
  });

  it('reads each provider whose key is set, with its base URL and model or a small default model', () => {
    expect(readLiveChatProviders({})).toEqual({});
    expect(readLiveChatProviders({ ANTHROPIC_API_KEY: ' a ', GOOGLE_API_KEY: 'g', GEMINI_MODEL: 'gemini-x', OPENAI_API_KEY: ' ' })).toEqual({
      anthropic: { apiKey: 'a', baseURL: undefined, model: 'claude-haiku-4-5' },
      gemini: { apiKey: 'g', baseURL: undefined, model: 'gemini-x' },
    });
    // GEMINI_API_KEY wins over GOOGLE_API_KEY, as in Google's own clients.
    expect(readLiveChatProviders({ GEMINI_API_KEY: 'first', GOOGLE_API_KEY: 'second' }).gemini?.apiKey).toBe('first');
  });

  it('serves Anthropic on its own route with x-api-key, the Messages path and the pinned model', async () => {
    const seen: { url?: string; headers: IncomingMessage['headers'] }[] = [];
    const upstream = await serve(async (req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      await writeSse(res, createMockStreamFrames({ text: 'Live from Claude', tokensPerSecond: Infinity }, undefined, 'anthropic'));
    });
    const env = readLiveChatProviders({ ANTHROPIC_API_KEY: TEST_KEY, ANTHROPIC_BASE_URL: upstream.url }).anthropic!;
    const port = await startDevServer(upstream.url, 'anthropic', env);
    const store = createChatStore({ api: `http://127.0.0.1:${port}${LIVE_CHAT_PATHS.anthropic}`, protocol: anthropicProtocol, throttle: 'sync' });

    await store.send('hi');

    const answer = store.getState().messages.at(-1)!;
    expect([answer.status, getMessageText(answer)]).toEqual(['complete', 'Live from Claude']);
    expect(seen[0]?.url).toBe('/v1/messages');
    expect(seen[0]?.headers['x-api-key']).toBe(TEST_KEY);
    expect(seen[0]?.headers.authorization).toBeUndefined();
    expect(JSON.parse(upstream.bodies[0]!)).toMatchObject({ model: 'claude-haiku-4-5', stream: true });
  });

  it('serves Gemini on its own route with x-goog-api-key and the pinned model in the path', async () => {
    const seen: { url?: string; headers: IncomingMessage['headers'] }[] = [];
    const upstream = await serve(async (req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      await writeSse(res, createMockStreamFrames({ text: 'Live from Gemini', tokensPerSecond: Infinity }, undefined, 'gemini'));
    });
    const env = readLiveChatProviders({ GEMINI_API_KEY: TEST_KEY, GEMINI_BASE_URL: upstream.url }).gemini!;
    const port = await startDevServer(upstream.url, 'gemini', env);
    const store = createChatStore({ api: `http://127.0.0.1:${port}${LIVE_CHAT_PATHS.gemini}`, protocol: geminiProtocol, throttle: 'sync' });

    await store.send('hi');

    const answer = store.getState().messages.at(-1)!;
    expect([answer.status, getMessageText(answer)]).toEqual(['complete', 'Live from Gemini']);
    expect(seen[0]?.url).toBe('/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(seen[0]?.headers['x-goog-api-key']).toBe(TEST_KEY);
    expect(JSON.parse(upstream.bodies[0]!)).not.toHaveProperty('model');
  });
});
