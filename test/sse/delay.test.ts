import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { delay } from '../../src/sse/delay';

afterEach(() => {
  vi.useRealTimers();
});

describe('delay', () => {
  it('resolves after the time has passed', async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = delay(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('rejects with aborted at once on abort, leaving no timer behind', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const waiting = delay(10_000, controller.signal).catch((e: unknown) => e);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    const error = await waiting;
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'aborted' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects without starting a timer when the signal already fired', async () => {
    vi.useFakeTimers();
    const reason = new ChatStreamError('timeout', 'deadline');
    await expect(delay(10, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});
