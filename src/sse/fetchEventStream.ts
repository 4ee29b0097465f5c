import { computeRetryDelay, resolveRetryOptions } from './backoff';
import type { RetryOptions } from './backoff';
import { ChatStreamError, isChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { createNetworkError } from './createNetworkError';
import { createResponseError, isEventStreamResponse } from './createResponseError';
import { delay } from './delay';
import { describeUrl } from './describeUrl';
import { DEFAULT_IDLE_TIMEOUT_MS, readEventStream } from './readEventStream';
import { resolveTimeoutMs, startTimer } from './startTimer';
import type { ReadEventStreamOptions } from './readEventStream';

export type { RetryOptions } from './backoff';

/** Options of {@link fetchEventStream}. */
export interface FetchEventStreamOptions extends ReadEventStreamOptions {
  /** The fetch to use, for example one that adds auth or runs in a test. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Retries before any content arrived; `false` turns them off. Default: 3 tries in total. */
  retry?: RetryOptions | false;
  /** Called once the response is accepted as an event stream, before its first event. */
  onOpen?(response: Response): void;
  /** Called before waiting `delayMs` to send the request again; `attempt` is 1 for the first retry. */
  onRetry?(error: ChatStreamError, attempt: number, delayMs: number): void;
}

/**
 * Sends a request and streams its `text/event-stream` answer into `onEvent` (see
 * {@link readEventStream}). Resolves when the stream ends; rejects with a `ChatStreamError`:
 * - `'http'` for a non-2xx status, with the server's message, `status`, `providerCode`, `body` and
 *   `retryAfterMs`;
 * - `'protocol'` for a 2xx answer that is not an event stream;
 * - `'network'`, `'timeout'` or `'aborted'` as the connection fails, stalls or is aborted.
 *
 * A request that failed before any content arrived (fetch rejected, or status 408, 409, 429 or 5xx) is
 * sent again with exponential backoff, honouring `Retry-After`. Once the stream is open it is never
 * retried: part of the answer has been delivered, and sending again would repeat it.
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
      response = await openEventStream(fetchImpl, url, request, signal, idleTimeoutMs);
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
  return readEventStream(body, { onEvent: options.onEvent, signal, idleTimeoutMs, maxEventBytes: options.maxEventBytes });
}

/**
 * One try: the response when it is a 2xx event stream; otherwise throws a `ChatStreamError`. The idle
 * timeout also bounds the wait for the response headers, so a server that accepts the connection and
 * never answers ends in a (retryable: nothing arrived yet) `'timeout'` instead of hanging.
 */
async function openEventStream(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  request: RequestInit,
  signal: AbortSignal | undefined,
  idleTimeoutMs: number,
): Promise<Response> {
  const timed = resolveTimeoutMs(idleTimeoutMs) !== undefined;
  const attempt = timed ? new AbortController() : undefined;
  let timedOut = false;
  let cancelTimer = (): void => undefined;
  const forwardAbort = () => attempt?.abort(signal?.reason);
  if (attempt) {
    if (signal?.aborted) forwardAbort();
    else signal?.addEventListener('abort', forwardAbort, { once: true });
    cancelTimer = startTimer(idleTimeoutMs, () => {
      timedOut = true;
      attempt.abort();
    });
  }
  let response: Response;
  try {
    response = await fetchImpl(url, attempt ? { ...request, signal: attempt.signal } : request);
  } catch (error) {
    if (timedOut) throw new ChatStreamError('timeout', `The server sent no response within ${idleTimeoutMs} ms.`, { cause: error });
    throw signal?.aborted ? createAbortError(signal.reason) : toFetchError(error, url);
  } finally {
    cancelTimer();
  }
  if (response.ok && isEventStreamResponse(response)) return response;
  const error = await createResponseError(response, idleTimeoutMs);
  // Reading the error body stops early on abort; the abort is then what happened, not the status.
  if (signal?.aborted) throw createAbortError(signal.reason);
  throw error;
}

function toFetchError(error: unknown, url: string): ChatStreamError {
  // A custom fetch may abort on its own (its own timeout, say) without our signal firing.
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return createAbortError(error);
  }
  // Browsers say only "Failed to fetch" and hide why, so the message names the usual reasons.
  return createNetworkError(
    `Could not reach ${describeUrl(url)}`,
    error,
    'The server may be down or unreachable, the device may be offline, or the browser blocked a cross-origin request (CORS: the server must allow this origin).',
  );
}
