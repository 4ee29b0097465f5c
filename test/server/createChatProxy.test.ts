import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createChatProxy, toNodeHandler } from '../../src/server';
import { getMessageText } from '../../src/message';
import { createChatStore } from '../../src/store';
import { createDeferred } from '../helpers/deferred';
import { sseFrame, writeSse } from '../helpers/sse';
import { startTestServer, type TestServer } from '../helpers/startTestServer';

const chunk = (content: string) => ({ choices: [{ index: 0, delta: { content }, finish_reason: null }] });
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startProxy(upstream: TestServer, extra: Partial<Parameters<typeof createChatProxy>[0]> = {}) {
  const handler = toNodeHandler(createChatProxy({ apiKey: 'sk-secret', baseURL: `${upstream.url}/v1`, model: 'gpt-test', ...extra }));
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  servers.push({ close });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
}

describe('createChatProxy over real HTTP', () => {
  it('adds the key server-side, fills the model, drops the browser credentials, and streams the answer through', async () => {
    const seen: IncomingMessage['headers'][] = [];
    const upstream = await startTestServer(async (req, res) => {
      seen.push(req.headers);
      await writeSse(res, [sseFrame(chunk('Hello')), sseFrame(chunk(' proxy')), sseFrame({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }), sseFrame('[DONE]')]);
    });
    servers.push(upstream);
    const api = await startProxy(upstream);
    const store = createChatStore({ api, headers: { authorization: 'Bearer browser-token', cookie: 'session=1' }, throttle: 'sync' });
    await store.send('hi');

    expect(store.getState().messages.at(-1)).toMatchObject({ parts: [{ type: 'text', text: 'Hello proxy' }], status: 'complete' });
    expect(seen[0]?.authorization).toBe('Bearer sk-secret');
    expect(seen[0]?.cookie).toBeUndefined();
    const body = JSON.parse(upstream.bodies[0]!) as Record<string, unknown>;
    expect(body).toMatchObject({ model: 'gpt-test', stream: true, messages: [{ role: 'user', content: 'hi' }] });
  });

  it('passes upstream HTTP errors through with their status and JSON body', async () => {
    const upstream = await startTestServer((_req, res) => {
      res.writeHead(429, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'Slow down', type: 'rate_limit_exceeded' } }));
    });
    servers.push(upstream);
    const store = createChatStore({ api: await startProxy(upstream), retry: false, throttle: 'sync' });
    await store.send('hi');
    expect(store.getState().error).toMatchObject({ code: 'http', status: 429, message: 'Slow down' });
  });

  it('aborts the upstream request when the browser stops', async () => {
    const firstSent = createDeferred<void>();
    const upstream = await startTestServer(async (_req, res) => {
      await writeSse(res, [sseFrame(chunk('partial'))], { end: false });
      firstSent.resolve();
    });
    servers.push(upstream);
    const store = createChatStore({ api: await startProxy(upstream), throttle: 'sync' });
    const turn = store.send('hi');
    await firstSent.promise;
    await expect.poll(() => getMessageText(store.getState().messages.at(-1) ?? { parts: [] })).toBe('partial');
    store.stop();
    await turn;
    await upstream.closed[0];
    expect(store.getState().messages.at(-1)?.status).toBe('stopped');
  });

  it('rejects requests that are not a POST with a JSON object', async () => {
    const upstream = await startTestServer((_req, res) => void res.end());
    servers.push(upstream);
    const api = await startProxy(upstream);
    expect((await fetch(api)).status).toBe(405);
    const bad = await fetch(api, { method: 'POST', body: '[1]', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/JSON object/);
    expect(upstream.requests).toBe(0);
  });
});
