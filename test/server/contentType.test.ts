import { describe, expect, it } from 'vitest';
import { serveForEachTest } from '../helpers/startTestServer';
import { proxyForEachTest, sendRaw, statusOf } from './proxyHarness';

const serve = serveForEachTest();
const startProxy = proxyForEachTest();
const answerOk = () => serve((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
const body = '{"messages":[{"role":"user","content":"hi"}],"pad":"="}';

describe('content-type', () => {
  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'answers 415 to %s, the kinds a cross-site form can post with the user’s cookies',
    async (contentType) => {
      const upstream = await answerOk();
      // An app with cookie auth: the forged request carries a valid session and passes authorize.
      const proxy = await startProxy(upstream.url, { authorize: (request) => request.headers.get('cookie') === 'session=valid' });
      const response = await fetch(proxy.url, { method: 'POST', headers: { 'content-type': contentType, cookie: 'session=valid' }, body });
      expect(response.status).toBe(415);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
      expect(upstream.requests).toBe(0);
    },
  );

  it('answers 415 to a body without a content type', async () => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const raw = await sendRaw(proxy.port, 'POST /api/chat HTTP/1.1\r\nHost: localhost', body);
    expect(statusOf(raw)).toBe(415);
    expect(upstream.requests).toBe(0);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('accepts %s', async (contentType) => {
    const upstream = await answerOk();
    const proxy = await startProxy(upstream.url);
    const response = await fetch(proxy.url, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(200);
    expect(upstream.requests).toBe(1);
  });
});
