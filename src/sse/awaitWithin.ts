import { ChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { startTimer } from './startTimer';

/** Options of {@link awaitWithin}. */
export interface AwaitWithinOptions {
  /** Rejects with the abort error (see `createAbortError`) as soon as this fires. */
  signal: AbortSignal;
  /** Rejects with a `'timeout'` error after this long, read by `resolveTimeoutMs` (0 or `Infinity`: never). */
  timeoutMs: number | undefined;
  /** What is being waited for, for the timeout message, e.g. `'the request headers'`. */
  what: string;
}

/**
 * Waits for `promise`, but never longer than the turn allows: a stop or a stalled user callback must
 * end the wait even when the promise itself never settles (nothing can cancel a promise, so the
 * caller's work is abandoned, and the signal tells callbacks that accept it to cancel it themselves).
 */
export function awaitWithin<T>(promise: Promise<T>, { signal, timeoutMs, what }: AwaitWithinOptions): Promise<T> {
  if (signal.aborted) return Promise.reject(createAbortError(signal.reason));
  return new Promise<T>((resolve, reject) => {
    const settle = () => {
      cancelTimer();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(createAbortError(signal.reason));
    };
    const cancelTimer = startTimer(timeoutMs, () => {
      settle();
      reject(new ChatStreamError('timeout', `${what} did not settle within ${timeoutMs} ms.`));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
