import { describe, expect, it } from 'vitest';
import { createDeferred } from '../helpers/deferred';
import { openSse, sseFrame } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { JSON_HEADERS, proxyForEachTest, TEST_KEY } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
const masked = `sk-proj-${'*'.repeat(44)}${TEST_KEY.slice(-4)}`;
const post = (url: string) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body: '{"messages":[]}' });

describe('the proxy never relays its key', () => {
  it("scrubs OpenAI's 401 body (masked key) and a header that echoes the full key", async () => {
    const upstream = await serve((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': `req_1 ${TEST_KEY}` });
      res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
    const proxy = await startProxy(upstream.url);

    const response = await post(proxy.url);
    const text = await response.text();

    expect(response.status).toBe(401);
    expect(text).toContain('Incorrect API key provided: [redacted].');
    expect(text).not.toContain(TEST_KEY.slice(-4));
    expect(response.headers.get('x-request-id')).toBe('req_1 [redacted]');
  });

  it('scrubs a key split across upstream chunks in an in-stream error frame, without holding back earlier frames', async () => {
    const firstSeen = createDeferred<void>();
    const frame = sseFrame({ error: { message: `The key ${TEST_KEY} was revoked`, type: 'server_error' } });
    const split = frame.indexOf(TEST_KEY) + 30;
    const upstream = await serve(async (_req, res) => {
      openSse(res);
      res.write(sseFrame({ choices: [{ index: 0, delta: { content: 'Hi' } }] }) + frame.slice(0, split));
      await firstSeen.promise;
      res.end(frame.slice(split));
    });
    const proxy = await startProxy(upstream.url);

    const response = await post(proxy.url);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('\n\n')) text += (await reader.read()).value ?? '';
    // The first frame arrived while the upstream still waits: the partial key was held, the frame was not.
    expect(text.startsWith(sseFrame({ choices: [{ index: 0, delta: { content: 'Hi' } }] }))).toBe(true);
    expect(text).not.toContain('sk-');
    firstSeen.resolve();
    for (let part = await reader.read(); !part.done; part = await reader.read()) text += part.value;

    expect(text).toContain('The key [redacted] was revoked');
    expect(text).not.toContain(TEST_KEY.slice(0, 12));
  });
});
