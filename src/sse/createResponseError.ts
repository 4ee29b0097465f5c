import { ChatStreamError } from './ChatStreamError';
import { parseErrorResponse, truncate } from './parseErrorResponse';
import { parseRetryAfter } from './parseRetryAfter';
import { startTimer } from './startTimer';

/** Bytes of an error body read at most: error JSON is small, and a misrouted download must not be read whole. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Characters of an unexpected 2xx body quoted in a `'protocol'` error message. */
const MAX_QUOTED_BODY_CHARS = 200;

/**
 * Whether a response can be read as an event stream. A missing content type is accepted (some minimal
 * servers and proxies omit it, and the bytes may still be SSE); any other type than `text/event-stream`
 * is not, parameters such as `charset` aside.
 */
export function isEventStreamResponse(response: Response): boolean {
  const type = response.headers.get('content-type');
  if (type === null) return true;
  const semicolon = type.indexOf(';');
  return (semicolon === -1 ? type : type.slice(0, semicolon)).trim().toLowerCase() === 'text/event-stream';
}

/**
 * The error for a response that cannot be streamed, after reading (a bounded part of) its body:
 * - non-2xx: code `'http'` with `status`, the server's message, `providerCode`, `body` and
 *   `retryAfterMs`, falling back to `HTTP 401 Unauthorized` when the body says nothing;
 * - 2xx that is not an event stream (an HTML login page, or JSON because the server ignored
 *   `stream: true`): code `'protocol'`, naming the content type and quoting the body, or the server's
 *   message when the JSON body is an error.
 *
 * `timeoutMs` bounds the time spent reading the body; whatever arrived by then is used.
 */
export async function createResponseError(response: Response, timeoutMs: number): Promise<ChatStreamError> {
  const contentType = response.headers.get('content-type');
  const text = await readBodyText(response, timeoutMs);
  const parsed = parseErrorResponse(text, contentType);
  const { status } = response;

  if (!response.ok) {
    const fallback = `HTTP ${status}${response.statusText === '' ? '' : ` ${response.statusText}`}`;
    return new ChatStreamError('http', parsed.message ?? fallback, {
      status,
      body: parsed.body,
      providerCode: parsed.providerCode,
      retryAfterMs: parseRetryAfter(response.headers),
    });
  }

  const snippet = truncate(text.trim().replace(/\s+/g, ' '), MAX_QUOTED_BODY_CHARS);
  const isJsonError = parsed.message !== undefined && typeof parsed.body === 'object';
  const detail = snippet === '' ? '(empty body)' : isJsonError ? parsed.message : snippet;
  return new ChatStreamError(
    'protocol',
    `Expected an event stream (text/event-stream) but the server sent ${contentType ?? 'no content type'} with status ${status}: ${detail}`,
    { status, body: parsed.body, providerCode: parsed.providerCode },
  );
}

/**
 * Reads up to {@link MAX_ERROR_BODY_BYTES} of the body as text, then cancels the rest. Never rejects: a
 * body that fails or stalls past `timeoutMs` yields what arrived, since the status alone is still worth
 * reporting.
 */
async function readBodyText(response: Response, timeoutMs: number): Promise<string> {
  const body = response.body;
  if (body === null) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // Cancelling resolves the pending read as done, which ends the loop below with the partial text.
  const cancelTimer = startTimer(timeoutMs, () => reader.cancel().catch(() => undefined));
  let text = '';
  let bytes = 0;
  try {
    while (bytes < MAX_ERROR_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
    reader.cancel().catch(() => undefined);
    return text + decoder.decode();
  } catch {
    return text;
  } finally {
    cancelTimer();
  }
}
