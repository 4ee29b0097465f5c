import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serveForEachTest } from '../helpers/startTestServer';
import { exchangeRaw, failOnProcessErrors, JSON_HEADERS, proxyForEachTest, sendRaw, statusOf } from '../server/proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
failOnProcessErrors();
const answerOk = () => serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: JSON_HEADERS, body });

// What test/server does not already cover: request bodies built to break the parser or the policy, and
// connections that misbehave below HTTP. Each answer must be a clean status, and the proxy keep serving.
describe('the proxy under hostile browser requests', () => {
  it('answers 400 to a body nested 100,000 levels deep, within the size limit, and sends nothing upstream', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const response = await post(proxy.url, `{"messages":[{"role":"user","content":"hi"}],"metadata":${deep}}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/nested/);
    expect(upstream.requests).toBe(0);
    expect((await post(proxy.url, '{"messages":[]}')).status).toBe(200);
  });

  it('keeps __proto__ and constructor keys of the body as data: the pinned model still goes upstream', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url, { allowModels: ['gpt-test'] });
    const response = await post(proxy.url, '{"__proto__":{"model":"gpt-evil","n":9},"constructor":{"prototype":{"model":"x"}},"messages":[]}');
    expect(response.status).toBe(200);
    const sent = JSON.parse(upstream.bodies[0]!) as Record<string, unknown>;
    expect(sent.model).toBe('gpt-test');
    expect(sent.n).toBeUndefined();
    expect(({} as Record<string, unknown>).model).toBeUndefined();
  });

  it.each([
    ['JSON that ends early', '{"messages":[{"role":"user","content":"hi"'],
    ['a lone surrogate escape and NUL', '{"messages":[{"role":"user","content":"\\ud800\\u0000"}]}'],
    ['bytes that are not UTF-8', '\u00ff\u00fe{"messages":[]}'],
    ['a number too large for a double', '{"messages":[],"max_tokens":1e400}'],
  ])('answers %s with a clean 4xx or a relayed answer, never a crash', async (_name, body) => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const status = (await post(proxy.url, body)).status;
    expect(status === 200 || (status >= 400 && status < 500)).toBe(true);
  });

  it('answers 400 to a request line or headers that are not HTTP, and keeps serving', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    expect(statusOf(await exchangeRaw(proxy.port, 'GARBAGE \u0000\u0001 NOT/HTTP\r\n\r\n'))).toBe(400);
    expect(statusOf(await exchangeRaw(proxy.port, 'POST /api/chat HTTP/1.1\r\nHost: x\r\nX-Injected: a\rSet-Cookie: b\r\n\r\n'))).toBe(400);
    expect(statusOf(await sendRaw(proxy.port, 'POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5', '{}'))).toBe(400);
    expect((await post(proxy.url, '{"messages":[]}')).status).toBe(200);
  });

  it('serves others while a client trickles a body that never ends, and survives it hanging up', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const socket = connect(proxy.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n');
    for (let i = 0; i < 5; i++) socket.write('1\r\n \r\n');
    expect((await post(proxy.url, '{"messages":[]}')).status).toBe(200);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.destroy();
    await closed;
    expect((await post(proxy.url, '{"messages":[]}')).status).toBe(200);
    expect(upstream.requests).toBe(2);
  });
});
