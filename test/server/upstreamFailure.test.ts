import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ChatProxyErrorInfo } from '../../src/server';
import { openSse, sseFrame } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { failOnProcessErrors, JSON_HEADERS, proxyForEachTest, TEST_KEY } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
failOnProcessErrors();
const post = (url: string) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });

/** A URL nothing listens on: a server is started to reserve a port, then closed. */
async function deadURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('upstream failures', () => {
  it('answers 502 when the upstream cannot be reached, and reports it', async () => {
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(await deadURL(), { onError: (_error, info) => reported.push(info) });
    const response = await post(proxy.url);
    expect(response.status).toBe(502);
    expect(reported).toEqual([{ kind: 'upstream-unreachable', status: 502 }]);
  });

  it('cuts the browser connection when the upstream drops mid-answer, reports it, and keeps serving', async () => {
    const upstream = await serve((_req, res, index) => {
      if (index > 0) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      openSse(res);
      res.write(sseFrame({ choices: [{ index: 0, delta: { content: 'half' } }] }), () => res.destroy());
    });
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(upstream.url, { onError: (_error, info) => reported.push(info) });

    const response = await post(proxy.url);
    // A cut connection, not a clean end: the client must not mistake a dropped answer for a finished one.
    await expect(response.text()).rejects.toThrow();
    expect(reported).toEqual([{ kind: 'upstream-stream', status: 200 }]);
    expect((await post(proxy.url)).status).toBe(200);
  });

  it('sends its own Authorization whatever the letter case of options.headers', async () => {
    const upstream = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const seen: string[] = [];
    const proxy = await startProxy(upstream.url, {
      headers: { Authorization: 'Bearer wrong', 'OpenAI-Organization': 'org-1' },
      fetch: (url, init) => {
        seen.push(new Headers(init?.headers).get('authorization') ?? '', new Headers(init?.headers).get('openai-organization') ?? '');
        return fetch(url, init);
      },
    });
    expect((await post(proxy.url)).status).toBe(200);
    expect(seen).toEqual([`Bearer ${TEST_KEY}`, 'org-1']);
  });
});
