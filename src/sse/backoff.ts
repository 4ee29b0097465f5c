import type { ChatStreamError } from './ChatStreamError';

/** How {@link fetchEventStream} retries a request that failed before any content arrived. */
export interface RetryOptions {
  /** Total number of tries, the first one included. Default 3. */
  attempts?: number;
  /** Base of the exponential backoff, in milliseconds. Default 500. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay, in milliseconds. Default 10 000. */
  maxDelayMs?: number;
}

/**
 * The longest `Retry-After` that is waited for silently. A server asking for more (a rate limit that
 * resets in minutes) gets its error reported at once, with `retryAfterMs` set, so a UI can tell the user
 * instead of showing a spinner for that long.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** {@link RetryOptions} with every default filled in; `attempts: 1` means "never retry". */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Fills in the defaults; `false` turns retries off. */
export function resolveRetryOptions(retry: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
  return {
    attempts: retry?.attempts ?? 3,
    baseDelayMs: retry?.baseDelayMs ?? 500,
    maxDelayMs: retry?.maxDelayMs ?? 10_000,
  };
}

/**
 * How long to wait before trying again after `error` ended try number `attempt` (1-based), or
 * `undefined` when the error must be reported: it is not retryable, the tries are used up, or the server
 * asked for a longer wait than {@link MAX_RETRY_AFTER_MS}.
 *
 * Without `Retry-After` the delay is exponential backoff with full jitter (uniform in
 * `[0, min(maxDelayMs, baseDelayMs · 2^(attempt-1))]`), which spreads out the retries of many clients
 * that failed at the same moment, for example when a server restarts.
 */
export function computeRetryDelay(
  error: ChatStreamError,
  attempt: number,
  retry: ResolvedRetryOptions,
  random: () => number = Math.random,
): number | undefined {
  if (!error.retryable || attempt >= retry.attempts) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= MAX_RETRY_AFTER_MS ? error.retryAfterMs : undefined;
  }
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
