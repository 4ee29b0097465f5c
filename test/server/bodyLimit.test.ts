import { describe, expect, it } from 'vitest';
import { serveForEachTest } from '../helpers/startTestServer';
import { exchangeRaw, failOnProcessErrors, JSON_HEADERS, proxyForEachTest, statusOf } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
failOnProcessErrors();
const answerOk = () => serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
/** A JSON chat body of exactly `bytes` bytes. */
const bodyOf = (bytes: number) => {
  const empty = JSON.stringify({ messages: [{ role: 'user', content: '' }] });
  return JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(bytes - empty.length) }] });
};

describe('maxBodyBytes', () => {
  it('answers 413 to a body over the limit, and forwards one at the limit', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url, { maxBodyBytes: 1000 });

    const over = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: bodyOf(1001) });
    expect(over.status).toBe(413);
    expect(upstream.requests).toBe(0);

    const at = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: bodyOf(1000) });
    expect(at.status).toBe(200);
    expect(upstream.requests).toBe(1);
  });

  it('defaults to 1 MiB', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const over = await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: bodyOf(1024 * 1024 + 1) });
    expect(over.status).toBe(413);
    expect((await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: bodyOf(1024 * 1024) })).status).toBe(200);
    expect(upstream.requests).toBe(1);
  });

  it('rejects a declared Content-Length over the limit before any body arrives', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    // 50 MB promised, 2 bytes sent: only an up-front check can answer without waiting for the rest.
    const raw = await exchangeRaw(proxy.port, 'POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{"');
    expect(statusOf(raw)).toBe(413);
    expect(upstream.requests).toBe(0);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url, { maxBodyBytes: 1000 });
    // No length declared and the body never ends: only counting while reading can answer.
    const chunk = 'x'.repeat(1500);
    const raw = await exchangeRaw(proxy.port, `POST /api/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expect(statusOf(raw)).toBe(413);
    expect(upstream.requests).toBe(0);
    // The server still takes requests.
    expect((await fetch(proxy.url, { method: 'POST', headers: JSON_HEADERS, body: bodyOf(100) })).status).toBe(200);
  });
});
