import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { createChatProxy, toNodeHandler, type ChatProxyErrorInfo } from '../../src/server';
import { serveForEachTest } from '../helpers/startTestServer';
import { failOnProcessErrors, JSON_HEADERS, proxyForEachTest, sendRaw, statusOf, TEST_KEY } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
const answerOk = () => serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));

failOnProcessErrors();

async function stillAnswers(url: string) {
  const response = await fetch(url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
}

describe('toNodeHandler: no request may crash the host', () => {
  it.each([
    ['a Host with a space', 'POST /api/chat HTTP/1.1\r\nHost: a b\r\nContent-Type: application/json'],
    ['an unclosed IPv6 Host', 'POST /api/chat HTTP/1.1\r\nHost: [\r\nContent-Type: application/json'],
    ['a Host with an out-of-range port', 'POST /api/chat HTTP/1.1\r\nHost: x:99999\r\nContent-Type: application/json'],
    ['the TRACE method', 'TRACE /api/chat HTTP/1.1\r\nHost: localhost'],
  ])('answers %s with 400, reports it through onError, and keeps serving', async (_name, head) => {
    const upstream = await answerOk();
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(upstream.url, {}, { onError: (_error, info) => reported.push(info) });

    const raw = await sendRaw(proxy.port, head, head.startsWith('TRACE') ? '' : '{}');

    expect(statusOf(raw)).toBe(400);
    expect(reported).toEqual([expect.objectContaining({ kind: 'malformed-request', status: 400 })]);
    await stillAnswers(proxy.url);
    expect(upstream.requests).toBe(1);
  });

  it('answers 500 when transformBody throws, reports it, and keeps serving', async () => {
    const upstream = await answerOk();
    const reported: ChatProxyErrorInfo[] = [];
    let calls = 0;
    const proxy = await startProxy(upstream.url, {
      transformBody: (body) => {
        if (calls++ === 0) throw new Error('hook failed');
        return body;
      },
      onError: (_error, info) => reported.push(info),
    });

    const failed = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });

    expect(failed.status).toBe(500);
    expect(JSON.stringify(await failed.json())).not.toContain('hook failed');
    expect(reported).toEqual([expect.objectContaining({ kind: 'handler', status: 500 })]);
    await stillAnswers(proxy.url);
  });

  it('answers 500 when any handler it mounts throws or rejects', async () => {
    const reported: ChatProxyErrorInfo[] = [];
    let calls = 0;
    const handler = toNodeHandler(
      async () => {
        if (calls++ === 0) throw new Error('handler bug');
        return new Response('fine');
      },
      { onError: (_error, info) => reported.push(info) },
    );
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      expect((await fetch(url)).status).toBe(500);
      expect(await (await fetch(url)).text()).toBe('fine');
      expect(reported).toEqual([expect.objectContaining({ kind: 'handler', status: 500 })]);
      } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('logs to console.error by default, without the key', async () => {
    const upstream = await answerOk();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const proxy = await startProxy(upstream.url, {
        transformBody: () => {
          throw new Error(`config broke with ${TEST_KEY}`);
        },
      });
      const failed = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: '{}' });
      expect(failed.status).toBe(500);
      expect(log).toHaveBeenCalledTimes(1);
      const logged = log.mock.calls.flat().map(String).join(' ');
      expect(logged).toContain('config broke');
      expect(logged).not.toContain(TEST_KEY);
    } finally {
      log.mockRestore();
    }
  });

  it('keeps a standalone createChatProxy from rejecting when a hook throws', async () => {
    const handler = createChatProxy({
      apiKey: TEST_KEY,
      model: 'm',
      transformBody: () => {
        throw new Error('nope');
      },
      onError: () => {},
    });
    const response = await handler(new Request('http://localhost/api/chat', { method: 'POST', headers: JSON_HEADERS, body: '{}' }));
    expect(response.status).toBe(500);
  });
});
