import { computeRetryDelay, resolveRetryOptions } from './backoff';
import type { RetryOptions } from './backoff';
import { ChatStreamError, isChatStreamError } from './ChatStreamError';
import { DEFAULT_MAX_EVENT_BYTES } from './createEventStreamParser';
import { createNetworkError } from './createNetworkError';
import { delay } from './delay';
import { isJsonResponse } from './isEventStreamResponse';
import { openEventStream } from './openEventStream';
import { DEFAULT_IDLE_TIMEOUT_MS, readEventStream } from './readEventStream';
import type { ReadEventStreamOptions } from './readEventStream';

export type { RetryOptions } from './backoff';

/** Options of {@link fetchEventStream}. */
export interface FetchEventStreamOptions extends ReadEventStreamOptions {
  /** The fetch to use, for example one that adds auth or runs in a test. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Retries before any content arrived; `false` turns them off. Default: 3 tries in total. */
  retry?: RetryOptions | false;
  /**
   * Handles an answer the server sent whole: a 2xx JSON response (`application/json` or `…+json`) to a
   * streaming request, because the server ignored `stream: true`. The body is read (up to
   * `maxEventBytes`), parsed and passed here instead of any `onEvent` call; throwing works as in
   * `onEvent`. Without it, such a response is a `'protocol'` error.
   */
  onCompletion?(body: unknown, response: Response): void;
  /** Called once the response is accepted (an event stream, or a JSON answer for `onCompletion`), before it is read. */
  onOpen?(response: Response): void;
  /** Called before waiting `delayMs` to send the request again; `attempt` is 1 for the first retry. */
  onRetry?(error: ChatStreamError, attempt: number, delayMs: number): void;
}

/**
 * Sends a request and streams its `text/event-stream` answer into `onEvent` (see
 * {@link readEventStream}). Resolves when the stream ends; rejects with a `ChatStreamError`:
 * - `'http'` for a non-2xx status, with the server's message, `status`, `providerCode`, `body` and
 *   `retryAfterMs`;
 * - `'protocol'` for a 2xx answer that is not an event stream (a JSON answer goes to `onCompletion`
 *   when given);
 * - `'network'`, `'timeout'` or `'aborted'` as the connection fails, stalls or is aborted.
 *
 * A request that failed before any content arrived (fetch rejected, or status 408, 409, 429 or 5xx) is
 * sent again with exponential backoff, honouring `Retry-After`. Once the stream is open it is never
 * retried: part of the answer has been delivered, and sending again would repeat it.
 *
 * Headers that carry credentials (`authorization`, `x-api-key`, `api-key`, cookies, …) are never sent
 * to another origin when the server redirects (see `fetchWithSafeRedirects`).
 *
 * `signal` defaults to `init.signal`. The global `fetch` is looked up on each call, so that polyfills and
 * test doubles installed later are used.
 */
export async function fetchEventStream(
  url: string,
  init: RequestInit,
  options: FetchEventStreamOptions,
): Promise<void> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const signal = options.signal ?? init.signal ?? undefined;
  const request: RequestInit = signal === init.signal ? init : { ...init, signal };
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const retry = resolveRetryOptions(options.retry);

  let response: Response;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await openEventStream(fetchImpl, url, request, signal, idleTimeoutMs, options.onCompletion !== undefined);
      break;
    } catch (error) {
      const failure = error as ChatStreamError;
      const delayMs = signal?.aborted ? undefined : computeRetryDelay(failure, attempt, retry);
      if (delayMs === undefined) throw failure;
      options.onRetry?.(failure, attempt, delayMs);
      await delay(delayMs, signal);
    }
  }

  const body = response.body;
  if (body === null) {
    throw new ChatStreamError('protocol', `The server answered ${response.status} without a body.`, {
      status: response.status,
    });
  }
  try {
    options.onOpen?.(response);
  } catch (error) {
    body.cancel().catch(() => undefined);
    throw isChatStreamError(error)
      ? error
      : new ChatStreamError('protocol', 'The response was rejected by onOpen.', { cause: error });
  }
  const { onCompletion, maxEventBytes } = options;
  if (onCompletion !== undefined && isJsonResponse(response)) {
    // A whole JSON answer (a server that ignored `stream: true`) is rare: its reader loads when one comes.
    const { readJsonBody } = await import('./readJsonBody').catch((error: unknown) => {
      body.cancel().catch(() => undefined);
      throw createNetworkError('Could not load the reader for a JSON answer', error);
    });
    await readJsonBody(body, {
      signal,
      idleTimeoutMs,
      maxBytes: maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES,
      onValue: (value) => onCompletion(value, response),
    });
    return;
  }
  return readEventStream(body, { onEvent: options.onEvent, signal, idleTimeoutMs, maxEventBytes });
}
