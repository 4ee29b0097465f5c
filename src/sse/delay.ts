import { createAbortError } from './createAbortError';
import { clampDelayMs } from './startTimer';

/**
 * Waits `ms` milliseconds, or rejects with the abort error (see {@link createAbortError}) as soon as
 * `signal` fires. Either way the timer and the listener are removed, so nothing is left pending that
 * could keep a process alive or fire after the turn is over.
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(createAbortError(signal.reason));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(createAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, clampDelayMs(ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
