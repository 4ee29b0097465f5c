import { describe, expect, it } from 'vitest';
import type { ChatProxyErrorInfo } from '../../src/server';
import { openSse, sleep, sseFrame } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { failOnProcessErrors, JSON_HEADERS, proxyForEachTest } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
failOnProcessErrors();
const post = (url: string) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });
const frame = (content: string) => sseFrame({ choices: [{ index: 0, delta: { content } }] });

async function readAll(response: Response): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (let part = await reader.read(); !part.done; part = await reader.read()) text += part.value;
  return text;
}

describe('upstreamTimeoutMs', () => {
  it('answers 504 when the upstream sends no headers in time, and aborts the upstream request', async () => {
    const upstream = await serve(() => new Promise(() => {}));
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(upstream.url, { upstreamTimeoutMs: 300, onError: (_error, info) => reported.push(info) });

    const response = await post(proxy.url);

    expect(response.status).toBe(504);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/300 ms/);
    await upstream.closed[0];
    expect(reported).toEqual([{ kind: 'upstream-timeout', status: 504 }]);
  });

  it('closes the stream when the upstream goes silent mid-answer, keeping what arrived, and aborts the upstream', async () => {
    const upstream = await serve((_req, res) => {
      openSse(res);
      res.write(frame('partial'));
    });
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(upstream.url, { upstreamTimeoutMs: 300, onError: (_error, info) => reported.push(info) });

    const response = await post(proxy.url);

    expect(response.status).toBe(200);
    expect(await readAll(response)).toBe(frame('partial'));
    await upstream.closed[0];
    expect(reported).toEqual([{ kind: 'upstream-timeout', status: 200 }]);
  });

  it('times the gaps between chunks, not the whole answer', async () => {
    const upstream = await serve(async (_req, res) => {
      openSse(res);
      for (let i = 0; i < 8; i++) {
        res.write(frame(String(i)));
        await sleep(200);
      }
      res.end(sseFrame('[DONE]'));
    });
    // 1.6 s in all, 200 ms gaps, a 1 s limit: a total-duration timer would cut it, a gap timer must not.
    const proxy = await startProxy(upstream.url, { upstreamTimeoutMs: 1000 });
    const text = await readAll(await post(proxy.url));
    expect(text.endsWith(sseFrame('[DONE]'))).toBe(true);
  });

  it('rejects a timeout that is not a positive number at creation', async () => {
    const upstream = await serve((_req, res) => void res.end());
    await expect(startProxy(upstream.url, { upstreamTimeoutMs: -1 })).rejects.toThrow(/upstreamTimeoutMs/);
    await expect(startProxy(upstream.url, { upstreamTimeoutMs: Number.NaN })).rejects.toThrow(/upstreamTimeoutMs/);
  });
});
