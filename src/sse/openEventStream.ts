import { ChatStreamError } from './ChatStreamError';
import { createAbortError } from './createAbortError';
import { createNetworkError } from './createNetworkError';
import { httpStatusMessage, notEventStreamMessage } from './describeResponseStatus';
import { describeUrl } from './describeUrl';
import { fetchWithSafeRedirects } from './fetchWithSafeRedirects';
import { isEventStreamResponse, isJsonResponse } from './isEventStreamResponse';
import { resolveTimeoutMs, startTimer } from './startTimer';

/**
 * One try of `fetchEventStream`: the response when it is a 2xx event stream (or, with `acceptJson`, a
 * 2xx JSON answer); otherwise throws a `ChatStreamError`. The idle
 * timeout also bounds the wait for the response headers, so a server that accepts the connection and
 * never answers ends in a (retryable: nothing arrived yet) `'timeout'` instead of hanging.
 */
export async function openEventStream(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  request: RequestInit,
  signal: AbortSignal | undefined,
  idleTimeoutMs: number,
  acceptJson: boolean,
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
    response = await fetchWithSafeRedirects(fetchImpl, url, attempt ? { ...request, signal: attempt.signal } : request);
  } catch (error) {
    if (timedOut) throw new ChatStreamError('timeout', `The server sent no response within ${idleTimeoutMs} ms.`, { cause: error });
    throw signal?.aborted ? createAbortError(signal.reason) : toFetchError(error, url);
  } finally {
    cancelTimer();
  }
  if (response.ok && (isEventStreamResponse(response) || (acceptJson && isJsonResponse(response)))) return response;
  // Reading and explaining an error body is a rare path: its code loads only when a response fails.
  const error = await import('./createResponseError').then(
    ({ createResponseError }) => createResponseError(response, idleTimeoutMs),
    (cause: unknown) => statusError(response, cause),
  );
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

/** The error when the code that reads error bodies cannot load (the connection broke meanwhile): the status still says what happened. */
function statusError(response: Response, cause: unknown): ChatStreamError {
  response.body?.cancel().catch(() => undefined);
  const { ok, status } = response;
  return ok
    ? new ChatStreamError('protocol', `${notEventStreamMessage(response)}.`, { status, cause })
    : new ChatStreamError('http', httpStatusMessage(response), { status, cause });
}
