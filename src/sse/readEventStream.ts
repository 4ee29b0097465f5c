import { createEventStreamParser, type SseEvent } from './createEventStreamParser';
import { readBodyChunks } from './readBodyChunks';

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
  // After an abort from inside onEvent, the rest of the current chunk must not be delivered: the
  // body reader only looks at the signal between chunks, and one chunk may hold many events.
  const parser = createEventStreamParser(
    (event) => {
      if (!signal?.aborted) onEvent(event);
    },
    { maxEventBytes: options.maxEventBytes },
  );
  await readBodyChunks(body, parser.push, {
    signal,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    what: 'the stream',
    onEnd: parser.end,
  });
}
