import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import { delay } from '../../src/sse/delay';
import { MAX_TIMER_MS, resolveTimeoutMs, startTimer } from '../../src/sse/startTimer';
import { sleep, sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

afterEach(() => {
  vi.useRealTimers();
});

describe('startTimer', () => {
  it('reads 0, negative, NaN and Infinity as no timeout and clamps the rest to 2^31 - 1', () => {
    expect([0, -5, Number.NaN, Infinity, undefined].map(resolveTimeoutMs)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(resolveTimeoutMs(250)).toBe(250);
    expect(resolveTimeoutMs(2 ** 31)).toBe(MAX_TIMER_MS);
    expect(resolveTimeoutMs(Number.MAX_VALUE)).toBe(MAX_TIMER_MS);
  });

  it('does not fire a 2^31 ms timer early (setTimeout alone would fire it after 1 ms)', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    startTimer(2 ** 31, fired);
    vi.advanceTimersByTime(60_000);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('starts no timer when disabled, and cancels', () => {
    vi.useFakeTimers();
    const fired = vi.fn();
    startTimer(Infinity, fired);
    startTimer(0, fired);
    expect(vi.getTimerCount()).toBe(0);
    const cancel = startTimer(10, fired);
    cancel();
    cancel();
    vi.advanceTimersByTime(20);
    expect(fired).not.toHaveBeenCalled();
  });

  it('keeps a retry delay of 2^31 ms pending instead of resolving at once', async () => {
    vi.useFakeTimers();
    let done = false;
    void delay(2 ** 31).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBe(false);
  });
});

describe('one clamp for every timeout of fetchEventStream', () => {
  it('idleTimeoutMs: 2 ** 31 lets a server that answers after a pause stream normally', async () => {
    const s = await serve(async (_req, res) => {
      await sleep(50);
      await writeSse(res, [sseFrame('a'), sseFrame('b')]);
    });
    const seen: string[] = [];
    await fetchEventStream(s.url, { method: 'POST', body: '{}' }, {
      idleTimeoutMs: 2 ** 31,
      retry: false,
      onEvent: (event) => seen.push(event.data),
    });
    expect(seen).toEqual(['a', 'b']);
  });
});
