import { ChatStreamError, isChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { createNetworkError } from './createNetworkError';
import { resolveTimeoutMs, startTimer } from './startTimer';

/** Options of {@link readBodyChunks}. */
export interface ReadBodyChunksOptions {
  /** Aborting cancels the body and rejects with code `'aborted'`. */
  signal?: AbortSignal;
  /** Longest wait for the next chunk, read by `resolveTimeoutMs` (0 or `Infinity`: none). */
  idleTimeoutMs: number;
  /** What is being read, for the error messages: for example `'the stream'`. */
  what: string;
  /** Called once after the last chunk, inside the same guards. */
  onEnd?: () => void;
}

const ignore = (): void => undefined;

/**
 * Reads a response body chunk by chunk with the guards every body needs: the abort signal, the idle
 * timeout between chunks, and a typed error when the connection drops. `onChunk` runs synchronously
 * per chunk; a `ChatStreamError` it throws is rethrown as is, anything else becomes `'protocol'`. On any
 * failure the body is cancelled, so the connection is released.
 */
export async function readBodyChunks(
  body: ReadableStream<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void,
  options: ReadBodyChunksOptions,
): Promise<void> {
  const { signal, idleTimeoutMs, what } = options;
  const timeoutMs = resolveTimeoutMs(idleTimeoutMs);
  const reader = body.getReader();
  let failure: ChatStreamError | undefined;
  let cancelTimer = ignore;
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
    fail(new ChatStreamError('timeout', `No data arrived for ${idleTimeoutMs} ms while reading ${what}; it stalled.`));
  };

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
        throw createNetworkError(`The connection was lost while reading ${what}`, error);
      }
      if (failure !== undefined) throw failure;
      if (result.done) break;
      if (timeoutMs !== undefined) lastChunkAt = performance.now();
      onChunk(result.value);
      // onChunk may have aborted (a stop from inside an event handler): deliver nothing more.
      if (failure !== undefined) throw failure;
    }
    options.onEnd?.();
  } catch (error) {
    const reported = isChatStreamError(error)
      ? error
      : new ChatStreamError('protocol', `Handling ${what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    fail(reported);
    throw reported;
  } finally {
    cancelTimer();
    signal?.removeEventListener('abort', onAbort);
  }
}
