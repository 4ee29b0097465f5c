import { describe, expect, it, vi } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import type { FetchEventStreamOptions } from '../../src/sse/fetchEventStream';
import { sendJson, sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import type { TestHandler } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** Streams with fast retries; returns the data of the events, or the error. */
async function run(url: string, options: Partial<FetchEventStreamOptions> = {}): Promise<string[] | ChatStreamError> {
  const seen: string[] = [];
  try {
    await fetchEventStream(url, { method: 'POST', body: '{}' }, {
      onEvent: (event) => seen.push(event.data),
      retry: { baseDelayMs: 1 },
      ...options,
    });
    return seen;
  } catch (error) {
    expect(error).toBeInstanceOf(ChatStreamError);
    return error as ChatStreamError;
  }
}

const ok: TestHandler = (_req, res) => writeSse(res, [sseFrame('hello'), sseFrame('[DONE]')]);

describe('fetchEventStream retries', () => {
  it('retries a 503 and succeeds on the second request', async () => {
    const s = await serve((req, res, index) => (index === 0 ? sendJson(res, 503, { error: { message: 'overloaded' } }) : ok(req, res, index)));
    const onRetry = vi.fn();
    expect(await run(s.url, { onRetry })).toEqual(['hello', '[DONE]']);
    expect(s.requests).toBe(2);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const [error, attempt, delayMs] = onRetry.mock.calls[0] ?? [];
    expect(error).toMatchObject({ code: 'http', status: 503, message: 'overloaded' });
    expect(attempt).toBe(1);
    expect(delayMs).toBeGreaterThanOrEqual(0);
    expect(delayMs).toBeLessThanOrEqual(1);
    expect(s.bodies).toEqual(['{}', '{}']);
  });

  it('honours Retry-After: 0 and retry-after-ms on a 429', async () => {
    const s = await serve((req, res, index) => {
      if (index === 0) return sendJson(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '0' });
      if (index === 1) return sendJson(res, 429, { error: { message: 'slow down' } }, { 'retry-after-ms': '3', 'retry-after': '1' });
      return ok(req, res, index);
    });
    const delays: number[] = [];
    const result = await run(s.url, { retry: { attempts: 3, baseDelayMs: 10_000 }, onRetry: (_e, _a, ms) => delays.push(ms) });
    expect(result).toEqual(['hello', '[DONE]']);
    expect(delays).toEqual([0, 3]);
  });

  it('retries 408 and 409 too, but not other 4xx', async () => {
    const statuses = [408, 409, 400];
    const s = await serve((_req, res, index) => sendJson(res, statuses[index] ?? 500, { error: { message: `status ${statuses[index]}` } }));
    const error = await run(s.url, { retry: { attempts: 5, baseDelayMs: 1 } });
    expect(error).toMatchObject({ status: 400, message: 'status 400' });
    expect(s.requests).toBe(3);
  });

  it('rejects with the last error once the tries are used up', async () => {
    const s = await serve((_req, res, index) => sendJson(res, 500, { error: { message: `failure ${index + 1}` } }));
    const onRetry = vi.fn();
    const error = await run(s.url, { onRetry });
    expect(error).toMatchObject({ code: 'http', status: 500, message: 'failure 3' });
    expect(s.requests).toBe(3);
    expect(onRetry.mock.calls.map((call) => call[1])).toEqual([1, 2]);
  });

  it('sends once when retries are off', async () => {
    const s = await serve((_req, res) => sendJson(res, 503, { error: { message: 'down' } }));
    expect(await run(s.url, { retry: false })).toMatchObject({ status: 503 });
    expect(s.requests).toBe(1);
  });

  it('reports a Retry-After beyond a minute at once instead of waiting', async () => {
    const s = await serve((_req, res) => sendJson(res, 429, { error: { message: 'quota' } }, { 'retry-after': '3600' }));
    expect(await run(s.url)).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(s.requests).toBe(1);
  });

  it('retries when the connection fails before any response', async () => {
    const s = await serve((req, res, index) => (index === 0 ? void req.socket.destroy() : ok(req, res, index)));
    const onRetry = vi.fn();
    expect(await run(s.url, { onRetry })).toEqual(['hello', '[DONE]']);
    expect(s.requests).toBe(2);
    expect(onRetry.mock.calls[0]?.[0]).toMatchObject({ code: 'network', retryable: true });
  });

  it('reports an unreachable server as network after every try', async () => {
    const s = await serve(ok);
    await s.close();
    const onRetry = vi.fn();
    const error = await run(s.url, { onRetry });
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect((error as ChatStreamError).message).toContain('ECONNREFUSED');
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('never retries once content has arrived', async () => {
    const s = await serve(async (_req, res) => {
      await writeSse(res, [sseFrame('partial')], { end: false });
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const onRetry = vi.fn();
    const seen: string[] = [];
    const error = await run(s.url, { onRetry, onEvent: (event) => seen.push(event.data) });
    expect(error).toMatchObject({ code: 'network' });
    expect(seen).toEqual(['partial']);
    expect(onRetry).not.toHaveBeenCalled();
    expect(s.requests).toBe(1);
  });

  it('rejects with aborted at once when aborted during the backoff wait', async () => {
    // Retry-After: 30 would outlast the test timeout if the wait ignored the signal.
    const s = await serve((_req, res) => sendJson(res, 503, { error: { message: 'down' } }, { 'retry-after': '30' }));
    const controller = new AbortController();
    const error = await run(s.url, { signal: controller.signal, onRetry: () => controller.abort() });
    expect(error).toMatchObject({ code: 'aborted' });
    expect(s.requests).toBe(1);
  });
});
