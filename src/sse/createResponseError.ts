import { ChatStreamError } from './ChatStreamError';
import { httpStatusMessage, notEventStreamMessage } from './describeResponseStatus';
import { parseErrorResponse } from './parseErrorResponse';
import { truncate } from './truncate';
import { parseRetryAfter } from './parseRetryAfter';
import { startTimer } from './startTimer';

/** Bytes of an error body read at most: error JSON is small, and a misrouted download must not be read whole. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Characters of an unexpected 2xx body quoted in a `'protocol'` error message: a summary, not the body. */
const MAX_QUOTED_BODY_CHARS = 120;

/**
 * The error for a response that cannot be streamed, after reading (a bounded part of) its body:
 * - non-2xx: code `'http'` with `status`, the server's message, `providerCode`, `body` and
 *   `retryAfterMs`, falling back to `HTTP 401 Unauthorized` when the body says nothing;
 * - 2xx that is not an event stream (an HTML login page, or JSON because the server ignored
 *   `stream: true`): code `'protocol'`, naming the content type and summarizing the body in a short
 *   message (an HTML page by its title or text, other bodies by their first characters), or the
 *   server's message when the JSON body is an error. The body read is kept whole on `body`.
 *
 * `timeoutMs` bounds the time spent reading the body; whatever arrived by then is used.
 */
export async function createResponseError(response: Response, timeoutMs: number): Promise<ChatStreamError> {
  const contentType = response.headers.get('content-type');
  const text = await readBodyText(response, timeoutMs);
  const parsed = parseErrorResponse(text, contentType);
  const { status } = response;

  if (!response.ok) {
    return new ChatStreamError('http', parsed.message ?? httpStatusMessage(response), {
      status,
      body: parsed.body,
      providerCode: parsed.providerCode,
      retryAfterMs: parseRetryAfter(response.headers),
    });
  }

  const isJsonError = parsed.message !== undefined && typeof parsed.body === 'object';
  const detail = isJsonError ? parsed.message! : summarizeBody(text, contentType, parsed.message);
  return new ChatStreamError('protocol', `${notEventStreamMessage(response)}: ${detail}`, {
    status,
    body: parsed.body,
    providerCode: parsed.providerCode,
  });
}

/**
 * A few words that identify a body that is not an event stream: an HTML page by its title (a login or
 * maintenance page says what it is there), else by its text without markup; other bodies by their
 * start. The body itself stays on the error.
 */
function summarizeBody(text: string, contentType: string | null, plainText: string | undefined): string {
  const trimmed = text.trim();
  if (trimmed === '') return '(empty body)';
  if (contentType !== null && /html/i.test(contentType)) {
    const title = htmlTitle(trimmed);
    if (title) return `an HTML page titled "${truncate(title, MAX_QUOTED_BODY_CHARS)}"`;
    return `an HTML page: ${truncate(plainText ?? '', MAX_QUOTED_BODY_CHARS)}`;
  }
  return truncate(trimmed.replace(/\s+/g, ' '), MAX_QUOTED_BODY_CHARS);
}

/** The text of the page's `<title>`, found with `indexOf` so that no body can make the search slow. */
function htmlTitle(html: string): string | undefined {
  const lower = html.toLowerCase();
  const open = lower.indexOf('<title');
  const start = open === -1 ? -1 : lower.indexOf('>', open);
  const end = start === -1 ? -1 : lower.indexOf('</title', start);
  if (end === -1) return undefined;
  const title = html.slice(start + 1, end).replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
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
