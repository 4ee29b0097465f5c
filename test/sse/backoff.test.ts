import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeRetryDelay, MAX_RETRY_AFTER_MS, resolveRetryOptions } from '../../src/sse/backoff';
import { ChatStreamError } from '../../src/sse/ChatStreamError';

const unavailable = new ChatStreamError('http', 'down', { status: 503 });

describe('computeRetryDelay', () => {
  it('stays within full-jitter exponential bounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, baseDelayMs, maxDelayMs, random) => {
          const retry = { attempts: 31, baseDelayMs, maxDelayMs };
          const delay = computeRetryDelay(unavailable, attempt, retry, () => random);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
        },
      ),
    );
  });

  it('grows with the attempt number', () => {
    const retry = resolveRetryOptions({ attempts: 10, baseDelayMs: 100, maxDelayMs: 1000 });
    const almostOne = (): number => 0.999;
    expect([1, 2, 3, 4, 5].map((attempt) => computeRetryDelay(unavailable, attempt, retry, almostOne))).toEqual([99, 199, 399, 799, 999]);
  });

  it('uses retryAfterMs as is, up to the limit', () => {
    const retry = resolveRetryOptions(undefined);
    const asked = (retryAfterMs: number): ChatStreamError => new ChatStreamError('http', 'slow', { status: 429, retryAfterMs });
    expect(computeRetryDelay(asked(2500), 1, retry)).toBe(2500);
    expect(computeRetryDelay(asked(MAX_RETRY_AFTER_MS), 1, retry)).toBe(MAX_RETRY_AFTER_MS);
    expect(computeRetryDelay(asked(MAX_RETRY_AFTER_MS + 1), 1, retry)).toBeUndefined();
  });

  it('gives up on errors that are not retryable and when the tries are used up', () => {
    const retry = resolveRetryOptions({});
    expect(retry).toEqual({ attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 });
    expect(computeRetryDelay(new ChatStreamError('http', 'bad', { status: 400 }), 1, retry)).toBeUndefined();
    expect(computeRetryDelay(new ChatStreamError('aborted', 'stop'), 1, retry)).toBeUndefined();
    expect(computeRetryDelay(unavailable, 2, retry)).toBeTypeOf('number');
    expect(computeRetryDelay(unavailable, 3, retry)).toBeUndefined();
    expect(computeRetryDelay(unavailable, 1, resolveRetryOptions(false))).toBeUndefined();
  });
});
