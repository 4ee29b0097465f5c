import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import { createChatStore } from '../../src/store/createChatStore';
import { completion } from '../helpers/openaiFrames';
import { sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest, type TestServer } from '../helpers/startTestServer';

const serve = serveForEachTest();

const credentials = {
  authorization: 'Bearer sk-secret',
  'x-api-key': 'sk-ant-secret',
  'api-key': 'azure-secret',
  'x-goog-api-key': 'gemini-secret',
  cookie: 'session=abc',
};

/** A server that records each request's headers and streams one event. */
async function recordingServer(): Promise<{ server: TestServer; headers: IncomingHttpHeaders[] }> {
  const headers: IncomingHttpHeaders[] = [];
  const server = await serve((req, res) => {
    headers.push(req.headers);
    return writeSse(res, [sseFrame('from B')]);
  });
  return { server, headers };
}

/** The same server under another origin: 127.0.0.1 and localhost are different hosts to fetch. */
const viaLocalhost = (server: TestServer) => server.url.replace('127.0.0.1', 'localhost');

async function streamFrom(url: string, headers: Record<string, string>, method = 'POST'): Promise<string[]> {
  const seen: string[] = [];
  await fetchEventStream(url, { method, headers, body: method === 'GET' ? undefined : '{}' }, {
    retry: false,
    onEvent: (event) => seen.push(event.data),
  });
  return seen;
}

describe('fetchEventStream redirects and credential headers', () => {
  it.each([307, 308, 302])('drops credential headers on a cross-origin %i redirect; the target still answers', async (status) => {
    const b = await recordingServer();
    const aHeaders: IncomingHttpHeaders[] = [];
    const a = await serve((req, res) => {
      aHeaders.push(req.headers);
      res.writeHead(status, { location: `${viaLocalhost(b.server)}/v1/chat` });
      res.end();
    });

    const seen = await streamFrom(`${a.url}/v1/chat`, { ...credentials, 'x-trace': 'kept', 'content-type': 'application/json' });

    expect(seen).toEqual(['from B']);
    expect(aHeaders[0]).toMatchObject({ 'x-api-key': 'sk-ant-secret', authorization: 'Bearer sk-secret' });
    const received = b.headers[0]!;
    for (const name of Object.keys(credentials)) expect(received).not.toHaveProperty(name);
    expect(received['x-trace']).toBe('kept');
  });

  it('keeps credential headers on a same-origin redirect', async () => {
    const headers: IncomingHttpHeaders[] = [];
    const a = await serve((req, res) => {
      headers.push(req.headers);
      if (req.url === '/old') {
        res.writeHead(307, { location: '/new' });
        res.end();
        return;
      }
      return writeSse(res, [sseFrame('moved')]);
    });
    expect(await streamFrom(`${a.url}/old`, { 'x-api-key': 'k' })).toEqual(['moved']);
    expect(headers.map((h) => h['x-api-key'])).toEqual(['k', 'k']);
    expect(a.bodies).toEqual(['{}', '{}']);
  });

  it('the store sends its headers() to the first origin only', async () => {
    const seenByTarget: IncomingHttpHeaders[] = [];
    const target = await serve((req, res) => {
      seenByTarget.push(req.headers);
      return writeSse(res, completion(['Hello']));
    });
    const redirecting = await serve((_req, res) => {
      res.writeHead(307, { location: viaLocalhost(target) });
      res.end();
    });
    const store = createChatStore({ api: redirecting.url, throttle: 'sync', retry: false, headers: async () => ({ 'x-api-key': 'sk-ant-secret' }) });
    await store.send('Hi');
    expect(store.getState().messages.at(-1)).toMatchObject({ status: 'complete', parts: [{ type: 'text', text: 'Hello' }] });
    expect(seenByTarget).toHaveLength(1);
    expect(seenByTarget[0]).not.toHaveProperty('x-api-key');
    expect(JSON.parse(target.bodies[0]!)).toMatchObject({ messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('refuses, with a protocol error, a redirect it cannot inspect (a browser hides the target of a manual redirect)', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const fetch = vi.fn(async () => opaque);
    const error = await fetchEventStream('https://api.example/v1', { headers: { authorization: 'Bearer t' } }, {
      fetch,
      retry: false,
      onEvent: () => undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'protocol', retryable: false });
    expect((error as Error).message).toMatch(/redirect/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('leaves requests without credential headers to the fetch default', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response('data: x\n\n', { headers: { 'content-type': 'text/event-stream' } }));
    await fetchEventStream('https://api.example/v1', { headers: { 'content-type': 'application/json' } }, { fetch, onEvent: () => undefined });
    expect(fetch.mock.calls[0]![1]).not.toHaveProperty('redirect', 'manual');
  });
});
