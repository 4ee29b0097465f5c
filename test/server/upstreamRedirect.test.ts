import { describe, expect, it } from 'vitest';
import type { ChatProxyErrorInfo, ChatProxyProvider } from '../../src/server';
import { serveForEachTest } from '../helpers/startTestServer';
import { failOnProcessErrors, JSON_HEADERS, proxyForEachTest, TEST_KEY } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
failOnProcessErrors();
const post = (url: string) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });

describe('an upstream that redirects', () => {
  it.each<[number, ChatProxyProvider]>([
    [307, 'openai'],
    [308, 'anthropic'],
    [302, 'gemini'],
    [301, 'openai-responses'],
  ])('%i from %s: answered 502 and reported; the key never reaches the Location', async (status, provider) => {
    const elsewhere = await serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const upstream = await serve((_req, res) => void res.writeHead(status, { location: `${elsewhere.url}/steal?key=${TEST_KEY}` }).end());
    const reported: ChatProxyErrorInfo[] = [];
    const proxy = await startProxy(upstream.url, { provider, baseURL: `${upstream.url}/v1`, onError: (_error, info) => reported.push(info) });

    const response = await post(proxy.url);
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toMatch(/redirect.*baseURL/);
    expect(upstream.requests).toBe(1);
    expect(elsewhere.requests).toBe(0);
    expect(reported).toEqual([{ kind: 'upstream-redirect', status: 502 }]);
  });

  it('relays a 300, which is not a redirect, as the upstream sent it', async () => {
    const upstream = await serve((_req, res) => void res.writeHead(300, { 'content-type': 'application/json' }).end('{"choices":[]}'));
    const proxy = await startProxy(upstream.url);
    const response = await post(proxy.url);
    expect(response.status).toBe(300);
    expect(await response.json()).toEqual({ choices: [] });
  });
});
