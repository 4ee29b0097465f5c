import { ChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { createNetworkError } from './createNetworkError';
import { truncate } from './parseErrorResponse';
import { startTimer } from './startTimer';

/** Options of {@link readJsonBody}. */
export interface ReadJsonBodyOptions {
  /** Aborting cancels the body and rejects with the abort error. */
  signal?: AbortSignal;
  /** Longest wait for the next chunk, read by `resolveTimeoutMs`. */
  idleTimeoutMs: number;
  /** The most bytes read; a longer body is a `'protocol'` error, checked as it arrives. */
  maxBytes: number;
}

/** Characters of a body that is not JSON quoted in the error message. */
const MAX_QUOTED_CHARS = 120;

/**
 * Reads a whole JSON response body (a non-streamed answer) and parses it, with the same guards as a
 * stream: the idle timeout between chunks, the abort signal, and a byte cap enforced while reading,
 * so a huge or endless body never sits in memory whole. Rejects with a `ChatStreamError`.
 */
export async function readJsonBody(body: ReadableStream<Uint8Array>, options: ReadJsonBodyOptions): Promise<unknown> {
  const { signal, idleTimeoutMs, maxBytes } = options;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let failure: ChatStreamError | undefined;
  const fail = (error: ChatStreamError) => {
    failure ??= error;
    reader.cancel(error).catch(() => undefined);
  };
  const onAbort = () => fail(createAbortError(signal?.reason));
  const onIdle = () => fail(new ChatStreamError('timeout', `No data arrived for ${idleTimeoutMs} ms while reading the JSON answer.`));
  let cancelTimer = startTimer(idleTimeoutMs, onIdle);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw failure ?? createNetworkError('The connection was lost while reading the answer', error);
      }
      if (failure !== undefined) throw failure;
      if (result.done) break;
      cancelTimer();
      cancelTimer = startTimer(idleTimeoutMs, onIdle);
      bytes += result.value.byteLength;
      if (bytes > maxBytes) {
        const error = new ChatStreamError('protocol', `The JSON answer is larger than maxEventBytes (${maxBytes} bytes).`);
        fail(error);
        throw error;
      }
      text += decoder.decode(result.value, { stream: true });
    }
  } finally {
    cancelTimer();
    signal?.removeEventListener('abort', onAbort);
  }
  text += decoder.decode();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const snippet = JSON.stringify(truncate(text.trim(), MAX_QUOTED_CHARS));
    throw new ChatStreamError('protocol', `The server sent JSON that does not parse: ${snippet}`, { body: text, cause });
  }
}
