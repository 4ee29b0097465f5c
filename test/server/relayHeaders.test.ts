import { describe, expect, it } from 'vitest';
import { sseFrame } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { JSON_HEADERS, proxyForEachTest } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();

/** What OpenAI and the CDN in front of it send along with an answer. */
const UPSTREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'set-cookie': ['__cf_bm=abc; path=/; HttpOnly', '_cfuvid=def; path=/'],
  'openai-organization': 'org-secret-name',
  'openai-project': 'proj_abc123',
  'openai-processing-ms': '42',
  'openai-version': '2020-10-01',
  'x-request-id': 'req_123',
  'retry-after': '3',
  'x-ratelimit-limit-tokens': '30000000',
  'x-ratelimit-remaining-tokens': '29999000',
  'strict-transport-security': 'max-age=31536000',
  'access-control-allow-origin': '*',
  'cf-ray': '8a1b2c3d4e5f-AMS',
  server: 'cloudflare',
};

async function relayedHeaders(options: Parameters<ReturnType<typeof proxyForEachTest>>[1] = {}) {
  const upstream = await serve((_req, res) => {
    res.writeHead(200, UPSTREAM_HEADERS);
    res.end(sseFrame('[DONE]'));
  });
  const proxy = await startProxy(upstream.url, options);
  const response = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });
  await response.text();
  const names: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) names[name] = value;
  });
  return { headers: names, cookies: response.headers.getSetCookie() };
}

describe('relayed response headers', () => {
  it('relays only content-type, x-request-id and retry-after, with cache-control of its own', async () => {
    const { headers, cookies } = await relayedHeaders();
    expect(headers).toEqual({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-request-id': 'req_123',
      'retry-after': '3',
    });
    expect(cookies).toEqual([]);
  });

  it('relays more through relayHeaders, with a trailing * as a prefix, never Set-Cookie', async () => {
    const { headers, cookies } = await relayedHeaders({ relayHeaders: ['x-ratelimit-*', 'OpenAI-Processing-Ms', 'set-cookie'] });
    expect(headers).toMatchObject({ 'x-ratelimit-limit-tokens': '30000000', 'x-ratelimit-remaining-tokens': '29999000', 'openai-processing-ms': '42' });
    expect(headers['openai-organization']).toBeUndefined();
    expect(cookies).toEqual([]);
  });
});
