import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import type { FetchEventStreamOptions } from '../../src/sse/fetchEventStream';
import { createDeferred } from '../helpers/deferred';
import { openSse, sendJson, sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs a stream that is expected to fail and returns its error. Retries are on, but fast. */
async function failure(url: string, options: Partial<FetchEventStreamOptions> = {}): Promise<ChatStreamError> {
  const error = await fetchEventStream(url, { method: 'POST', body: '{}' }, {
    onEvent: () => undefined,
    retry: { baseDelayMs: 1 },
    ...options,
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChatStreamError);
  return error as ChatStreamError;
}

describe('fetchEventStream HTTP errors', () => {
  it('reports a 401 with the provider message and code, without retrying', async () => {
    const body = {
      error: { message: 'Incorrect API key provided: sk-abc.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
    };
    const s = await serve((_req, res) => sendJson(res, 401, body));
    const error = await failure(s.url);
    expect(error).toMatchObject({
      code: 'http',
      status: 401,
      message: 'Incorrect API key provided: sk-abc.',
      providerCode: 'invalid_api_key',
      retryable: false,
      body,
    });
    expect(s.requests).toBe(1);
  });

  it('reports a 429 as retryable with retryAfterMs from Retry-After', async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 429, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '2' }),
    );
    const error = await failure(s.url, { retry: false });
    expect(error).toMatchObject({ code: 'http', status: 429, retryable: true, retryAfterMs: 2000, providerCode: 'rate_limit_exceeded' });
    expect(error.message).toBe('Rate limit reached');
  });

  it('reads FastAPI/vLLM detail, plain text and HTML error pages', async () => {
    const answers: Array<[number, string, string]> = [
      [500, 'application/json', '{"detail":"Model is not loaded"}'],
      [503, 'text/plain', 'upstream connect error'],
      [502, 'text/html', '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center>nginx</center></body>\r\n</html>'],
    ];
    const s = await serve((_req, res, index) => {
      const [status, type, text] = answers[index] ?? [500, 'text/plain', 'unexpected request'];
      res.writeHead(status, { 'content-type': type });
      res.end(text);
    });
    const messages: string[] = [];
    for (const _ of answers) messages.push((await failure(s.url, { retry: false })).message);
    expect(messages).toEqual(['Model is not loaded', 'upstream connect error', '502 Bad Gateway nginx']);
  });

  it('falls back to the status line for an empty body, and truncates a long text body', async () => {
    const s = await serve((_req, res, index) => {
      res.writeHead(index === 0 ? 401 : 400, { 'content-type': 'text/plain' });
      res.end(index === 0 ? '' : 'x'.repeat(5000));
    });
    expect((await failure(s.url)).message).toBe('HTTP 401 Unauthorized');
    const long = await failure(s.url);
    expect(long.message.length).toBeLessThanOrEqual(500);
    expect(long.message.endsWith('…')).toBe(true);
  });
});

describe('fetchEventStream responses that are not event streams', () => {
  it('rejects a 200 HTML page as protocol with a short summary, keeping the whole page as body', async () => {
    const page = `<!doctype html><html><head><title>Sign in · Example</title><style>body{color:red}</style></head><body>${'<p>Please log in to continue.</p>'.repeat(300)}</body></html>`;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    });
    const error = await failure(s.url);
    expect(error).toMatchObject({ code: 'protocol', status: 200, retryable: false, body: page });
    expect(error.message).toContain('text/html');
    expect(error.message).toContain('Sign in · Example');
    expect(error.message).not.toContain('<');
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(s.requests).toBe(1);
  });

  it('summarises a 200 HTML page without a title by its text, cut short', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><script>var x = "<b>";</script><h1>Maintenance</h1>${'<p>Back soon.</p>'.repeat(500)}</body></html>`);
    });
    const error = await failure(s.url);
    expect(error.message).toContain('Maintenance Back soon.');
    expect(error.message).not.toMatch(/<|var x/);
    expect(error.message.length).toBeLessThanOrEqual(300);
  });

  it('rejects JSON sent instead of a stream, with the server message when it is an error', async () => {
    const s = await serve((_req, res, index) =>
      index === 0
        ? sendJson(res, 200, { error: { message: 'Streaming is not supported for this model', code: 'unsupported' } })
        : sendJson(res, 200, { object: 'chat.completion', choices: [] }),
    );
    const error = await failure(s.url);
    expect(error).toMatchObject({ code: 'protocol', providerCode: 'unsupported' });
    expect(error.message).toContain('Streaming is not supported for this model');
    const completion = await failure(s.url);
    expect(completion.message).toContain('application/json');
    expect(completion.message).toContain('"object":"chat.completion"');
  });
});

describe('fetchEventStream connection failures', () => {
  it('names the URL (without its query) and the likely causes when the server cannot be reached', async () => {
    const s = await serve(() => undefined);
    const url = `${s.url}/v1/chat/completions?key=secret`;
    await s.close();
    const error = await failure(url, { retry: false });
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toContain(`${s.url}/v1/chat/completions`);
    expect(error.message).not.toContain('secret');
    expect(error.message).toMatch(/unreachable/);
    expect(error.message).toMatch(/offline/);
    expect(error.message).toMatch(/CORS/);
  });

  it('reports a socket dropped mid-stream as network, after delivering what arrived, without retrying', async () => {
    const s = await serve(async (_req, res) => {
      await writeSse(res, [sseFrame('partial')], { end: false });
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const seen: string[] = [];
    const error = await failure(s.url, { onEvent: (event) => seen.push(event.data) });
    expect(seen).toEqual(['partial']);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.cause).toBeDefined();
    expect(s.requests).toBe(1);
  });

  it('times out a stalled stream and closes the connection', async () => {
    const s = await serve((_req, res) => writeSse(res, [sseFrame('first')], { end: false }));
    const error = await failure(s.url, { idleTimeoutMs: 100 });
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    await s.closed[0];
    expect(s.requests).toBe(1);
  });

  it('times out a server that never sends its response headers, retrying it as nothing arrived yet', async () => {
    // The handler never answers: only the idle timeout can end the wait.
    const s = await serve(() => undefined);
    const error = await failure(s.url, { idleTimeoutMs: 100, retry: { attempts: 2, baseDelayMs: 1 } });
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
    expect(error.message).toMatch(/no response within 100 ms/);
    expect(s.requests).toBe(2);
    await Promise.all(s.closed);
  });

  it('aborts mid-stream: rejects with aborted and the server sees the connection close', async () => {
    const s = await serve((_req, res) => writeSse(res, [sseFrame('first')], { end: false }));
    const controller = new AbortController();
    const error = await failure(s.url, { signal: controller.signal, onEvent: () => controller.abort() });
    expect(error).toMatchObject({ code: 'aborted', retryable: false });
    await s.closed[0];
  });

  it('aborts while waiting for the response headers, through init.signal', async () => {
    const arrived = createDeferred();
    const s = await serve(() => arrived.resolve());
    const controller = new AbortController();
    const error = fetchEventStream(s.url, { signal: controller.signal }, { onEvent: () => undefined }).catch((e: unknown) => e);
    await arrived.promise;
    controller.abort();
    expect(await error).toMatchObject({ code: 'aborted' });
    await s.closed[0];
  });
});

describe('fetchEventStream options', () => {
  it('looks up the global fetch at call time and calls onOpen with the response', async () => {
    const s = await serve((_req, res) => writeSse(res, [sseFrame('x')]));
    const realFetch = globalThis.fetch;
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => realFetch(input, init));
    vi.stubGlobal('fetch', spy);
    const statuses: number[] = [];
    await fetchEventStream(s.url, {}, { onEvent: () => undefined, onOpen: (response) => statuses.push(response.status) });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual([200]);
  });

  it('uses options.fetch and sends the request body as given', async () => {
    const s = await serve((req, res) => {
      openSse(res);
      res.end(sseFrame(req.headers['x-test'] ?? 'missing'));
    });
    const withHeader: typeof fetch = (input, init) => fetch(input, { ...init, headers: { 'x-test': 'custom' } });
    const seen: string[] = [];
    await fetchEventStream(s.url, { method: 'POST', body: '{"a":1}' }, { fetch: withHeader, onEvent: (event) => seen.push(event.data) });
    expect(seen).toEqual(['custom']);
    expect(s.bodies).toEqual(['{"a":1}']);
  });

  it('rejects with what onOpen throws and closes the connection', async () => {
    const s = await serve((_req, res) => writeSse(res, [sseFrame('x')], { end: false }));
    const thrown = new ChatStreamError('protocol', 'missing header');
    const onEvent = vi.fn();
    const error = await failure(s.url, {
      onEvent,
      onOpen: () => {
        throw thrown;
      },
    });
    expect(error).toBe(thrown);
    expect(onEvent).not.toHaveBeenCalled();
    await s.closed[0];
  });
});
