import { ChatStreamError, isChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { createEventStreamParser, type SseEvent } from './createEventStreamParser';
import { createNetworkError } from './createNetworkError';
import { resolveTimeoutMs, startTimer } from './startTimer';

export type { SseEvent } from './createEventStreamParser';

/** How long a stream may go without delivering a byte before it is considered stalled: one minute. */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** Options of {@link readEventStream}. */
export interface ReadEventStreamOptions {
  /**
   * Called synchronously for each event, as soon as its bytes have arrived. Throwing stops the stream:
   * a `ChatStreamError` is rethrown as is, anything else is wrapped as `'protocol'`.
   */
  onEvent(event: SseEvent): void;
  /** The most bytes one event may take; see `EventStreamParserOptions`. Default 8 MiB. */
  maxEventBytes?: number;
  /** Aborting cancels the body and rejects with code `'aborted'` (see `createAbortError`). */
  signal?: AbortSignal;
  /**
   * Longest wait for the next chunk before rejecting with `'timeout'`. 0 or `Infinity` disables it;
   * values above 2^31 − 1 ms (about 24.8 days) are clamped to it (see `startTimer`).
   */
  idleTimeoutMs?: number;
}

const ignore = (): void => undefined;

/**
 * Reads a `text/event-stream` body incrementally and calls `onEvent` for each event as bytes arrive;
 * the body is never buffered whole. Resolves when the body ends. Bytes become events through
 * {@link createEventStreamParser} (UTF-8, BOM, line endings, comments, multi-line `data`, and the end of
 * the body).
 *
 * Rejects with a `ChatStreamError`, after cancelling the body so the connection is released:
 * `'aborted'` when `signal` fires, `'timeout'` when no chunk arrives for `idleTimeoutMs`, `'network'`
 * (retryable, with `cause`) when the body errors mid-stream, or what `onEvent` threw.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  options: ReadEventStreamOptions,
): Promise<void> {
  const { onEvent, signal } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const timeoutMs = resolveTimeoutMs(idleTimeoutMs);
  const reader = body.getReader();
  let failure: ChatStreamError | undefined;
  let cancelTimer = (): void => undefined;
  let lastChunkAt = 0;

  // Cancelling settles a pending read() as done, so the read loop wakes up and throws `failure`.
  const fail = (error: ChatStreamError): void => {
    if (failure !== undefined) return;
    failure = error;
    reader.cancel(error).catch(ignore);
  };
  const onAbort = (): void => fail(createAbortError(signal?.reason));
  // One timer per idle period, not per chunk: each chunk only records the time, and an early wake-up
  // re-arms for the remainder. This keeps timer churn off the per-token path.
  const onIdle = (): void => {
    const remaining = lastChunkAt + timeoutMs! - performance.now();
    if (remaining > 0) {
      cancelTimer = startTimer(remaining, onIdle);
      return;
    }
    fail(new ChatStreamError('timeout', `No data arrived for ${idleTimeoutMs} ms; the stream stalled.`));
  };

  // After an abort from inside onEvent, the rest of the current chunk must not be delivered.
  const parser = createEventStreamParser(
    (event) => {
      if (failure === undefined) onEvent(event);
    },
    { maxEventBytes: options.maxEventBytes },
  );

  if (signal !== undefined) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  if (timeoutMs !== undefined) {
    lastChunkAt = performance.now();
    cancelTimer = startTimer(timeoutMs, onIdle);
  }

  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (failure !== undefined) throw failure;
        if (signal?.aborted) throw createAbortError(signal.reason);
        throw createNetworkError('The connection was lost while streaming', error);
      }
      if (failure !== undefined) throw failure;
      if (result.done) break;
      if (timeoutMs !== undefined) lastChunkAt = performance.now();
      parser.push(result.value);
    }
    parser.end();
  } catch (error) {
    const reported = isChatStreamError(error)
      ? error
      : new ChatStreamError('protocol', `Handling a stream event failed: ${messageOf(error)}`, { cause: error });
    fail(reported);
    throw reported;
  } finally {
    cancelTimer();
    signal?.removeEventListener('abort', onAbort);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
