import { ChatStreamError } from '../sse/ChatStreamError';

/** Used when the server reports an error without saying what it was. */
const FALLBACK_MESSAGE = 'The server reported an error in the stream';

/**
 * Builds the `'server'` {@link ChatStreamError} for an error the server sent inside the stream, such as
 * the `{"error": …}` frame of OpenAI-compatible servers.
 *
 * `error` may be a string (some proxies send `{"error":"…"}`) or an object with `message` and a
 * `code` and/or `type`; `providerCode` is `code`, else `type`, so UIs can tell a rate limit from an
 * overload. `frame` is the whole parsed frame, kept as `body` for diagnosis.
 */
export function createInBandError(error: unknown, frame: unknown): ChatStreamError {
  if (typeof error === 'string') {
    return new ChatStreamError('server', error === '' ? FALLBACK_MESSAGE : error, { body: frame });
  }
  let message = FALLBACK_MESSAGE;
  let providerCode: string | undefined;
  if (typeof error === 'object' && error !== null) {
    const fields = error as { message?: unknown; code?: unknown; type?: unknown };
    if (typeof fields.message === 'string' && fields.message !== '') message = fields.message;
    const code = fields.code ?? fields.type;
    // Some servers send numeric codes (`"code": 429`); a string keeps `providerCode` one type.
    if (typeof code === 'string') providerCode = code;
    else if (typeof code === 'number') providerCode = String(code);
  }
  return new ChatStreamError('server', message, { providerCode, body: frame });
}
