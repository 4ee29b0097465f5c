import { ChatStreamError } from './ChatStreamError';
import { truncate } from './truncate';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './exceedsJsonDepth';
import { readBodyChunks } from './readBodyChunks';

/** Options of {@link readJsonBody}. */
export interface ReadJsonBodyOptions {
  /** Aborting cancels the body and rejects with the abort error. */
  signal?: AbortSignal;
  /** Longest wait for the next chunk, read by `resolveTimeoutMs`. */
  idleTimeoutMs: number;
  /** The most bytes read; a longer body is a `'protocol'` error, checked as it arrives. */
  maxBytes: number;
  /**
   * Receives the parsed value. It runs inside the body reader's guards, so what it throws is reported
   * as the reader reports a failing chunk handler: a `ChatStreamError` as is, anything else as
   * `'protocol'` ("Handling the JSON answer failed: …").
   */
  onValue(value: unknown): void;
}

/** Characters of a body that is not JSON quoted in the error message. */
const MAX_QUOTED_CHARS = 120;

/**
 * Reads a whole JSON response body (a non-streamed answer), parses it and hands it to `onValue`, with
 * the same guards as a stream: the idle timeout between chunks, the abort signal, and a byte cap
 * enforced while reading, so a huge or endless body never sits in memory whole. Rejects with a
 * `ChatStreamError`.
 */
export async function readJsonBody(body: ReadableStream<Uint8Array>, options: ReadJsonBodyOptions): Promise<void> {
  const { signal, idleTimeoutMs, maxBytes, onValue } = options;
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  await readBodyChunks(
    body,
    (chunk) => {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) throw new ChatStreamError('protocol', `The JSON answer is larger than maxEventBytes (${maxBytes} bytes).`);
      text += decoder.decode(chunk, { stream: true });
    },
    {
      signal,
      idleTimeoutMs,
      what: 'the JSON answer',
      onEnd() {
        text += decoder.decode();
        // Checked before parsing: V8 parses any depth, but nothing downstream can walk it back.
        if (exceedsJsonDepth(text)) {
          throw new ChatStreamError('protocol', `The JSON answer is nested deeper than ${MAX_JSON_DEPTH} levels.`, { body: text });
        }
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (cause) {
          const snippet = JSON.stringify(truncate(text.trim(), MAX_QUOTED_CHARS));
          throw new ChatStreamError('protocol', `The server sent JSON that does not parse: ${snippet}`, { body: text, cause });
        }
        onValue(value);
      },
    },
  );
}
